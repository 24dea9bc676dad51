#!/usr/bin/env bash
# The README's first command: on a fresh Debian 12 machine, install what is missing, build
# (Release), create a demo caseload once, and start the desktop app on it.
# Extra arguments are passed to victimshub. Environment:
#   HUB_DEMO_DB             demo database (default: ~/.local/share/victimshub/demo.db);
#                           delete it to generate a fresh caseload
#   HUB_RELEASE_BUILD_DIR   build directory (default: build-release)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${HUB_RELEASE_BUILD_DIR:-build-release}
DB=${HUB_DEMO_DB:-$HOME/.local/share/victimshub/demo.db}

echo "==== Dependencies ===="
bash "$ROOT/scripts/install-deps.sh"

echo "==== Build ($BUILD_DIR, Release) ===="
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUB_BUILD_TESTS=OFF
cmake --build "$BUILD_DIR" -j "$(nproc)" --target victimshub hubctl
HUBCTL="$BUILD_DIR/app/hubctl/hubctl"
VICTIMSHUB="$BUILD_DIR/app/victimshub/victimshub"

if [[ -f "$DB" ]]; then
    echo "==== Demo caseload: using $DB (delete it for a fresh one) ===="
else
    echo "==== Demo caseload: creating $DB (6000 people, 12 months) ===="
    mkdir -p "$(dirname "$DB")"
    # Build it under a temporary name so an interrupted run never leaves a half-filled
    # database that later runs would take for a finished one.
    tmp="$DB.partial.$$"
    cleanup() { rm -f "$tmp" "$tmp-wal" "$tmp-shm" "$tmp-journal"; }
    trap cleanup EXIT
    "$HUBCTL" --db "$tmp" init
    "$HUBCTL" --db "$tmp" demo --people 6000 --months 12 --seed 1 --until today
    for ext in -wal -shm; do
        # A clean close checkpoints and removes these; move any leftovers with the file.
        if [[ -e "$tmp$ext" ]]; then
            mv "$tmp$ext" "$DB$ext"
        fi
    done
    mv "$tmp" "$DB"
    trap - EXIT
fi

echo "==== Starting victimshub --db $DB $* ===="
echo "Sign in as any demo user with the password demo-<username>, e.g. cw.peterborough.1"
echo "with demo-cw.peterborough.1 (README, Demo users)."
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): running under xvfb-run -a."
    echo "The window is on a virtual screen you cannot see; it just starts. To look at it,"
    echo "pass --screenshot FILE.png (e.g. scripts/run-demo.sh --screenshot /tmp/hub.png for the"
    echo "sign-in dialog, or HUB_PASSWORD=demo-cw.peterborough.1 scripts/run-demo.sh"
    echo "--user cw.peterborough.1 --screenshot /tmp/hub.png for a caseworker's window)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VICTIMSHUB" --db "$DB" "$@"
fi
exec "$VICTIMSHUB" --db "$DB" "$@"
