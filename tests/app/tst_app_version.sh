#!/bin/sh
# The two programs as a terminal user meets them, from the build tree and installed with
# `cmake --install` into a temporary prefix (cmake/Packaging.cmake):
#   - `victimshub --version` and `--help` answer without a display (no DISPLAY,
#     WAYLAND_DISPLAY or QT_QPA_PLATFORM), and `hubctl --version` prints the same version;
#   - in Polish, the app loads the translation lrelease wrote next to the executable, and once
#     installed the one in PREFIX/share/victimshub/translations.
# usage: tst_app_version.sh VICTIMSHUB HUBCTL BUILD_DIR VERSION
set -eu
VICTIMSHUB=$1 HUBCTL=$2 BUILD_DIR=$3 VERSION=$4
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
PREFIX=$(mktemp -d)
trap 'rm -rf "$PREFIX"' EXIT
mkdir -m 0700 "$PREFIX/runtime"
bare() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_RUNTIME_DIR="$PREFIX/runtime" "$@"; }
expect() { # expected, command...
    expected=$1
    shift
    # stdout only: offscreen Qt may warn on stderr (XDG_RUNTIME_DIR not set, as under ctest)
    got=$(bare "$@") || fail "'$*' exited with $?: $got"
    [ "$got" = "$expected" ] || fail "'$*' printed '$got', not '$expected'"
    echo "PASS: $* -> $got"
}
translation() { # program: the .qm file it loads in Polish
    bare LC_ALL=pl_PL.UTF-8 QT_LOGGING_RULES=hub.i18n.info=true "$1" --version 2>&1 >/dev/null |
        sed -n 's/.*translation: //p'
}

expect "victimshub $VERSION" "$VICTIMSHUB" --version
expect "hubctl $VERSION" "$HUBCTL" --version
bare "$VICTIMSHUB" --help | grep -q -- '--screenshot <FILE>' || fail "victimshub --help without a display"
echo "PASS: victimshub --help without a display"
got=$(translation "$VICTIMSHUB")
[ "$got" = "$(cd "$(dirname "$VICTIMSHUB")" && pwd)/victimshub_pl.qm" ] || fail "build tree: Polish translation '$got'"
echo "PASS: build tree -> $got"

cmake --install "$BUILD_DIR" --prefix "$PREFIX/usr" >/dev/null || fail "cmake --install $BUILD_DIR"
expect "victimshub $VERSION" "$PREFIX/usr/bin/victimshub" --version
got=$(translation "$PREFIX/usr/bin/victimshub")
[ "$got" = "$PREFIX/usr/share/victimshub/translations/victimshub_pl.qm" ] ||
    fail "installed: Polish translation '$got'"
echo "PASS: installed -> $got"
echo "6 passed, 0 failed"
