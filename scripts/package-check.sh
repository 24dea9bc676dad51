#!/usr/bin/env bash
# The Debian package, checked as a user would meet it (issue 15; README "Install the package"):
#   1. build victimshub_<version>_amd64.deb from an already built tree (the `package`
#      target: cpack), and check its name, version, Depends and contents;
#   2. desktop-file-validate, appstreamcli validate, the manual pages (groff warnings, and
#      every command of `hubctl --help` described in hubctl(1)), versions of the metadata;
#   3. lintian: no errors (every tag it reports is printed);
#   4. a clean Debian 12 root (debootstrap --variant=minbase): `apt-get install
#      ./victimshub_<version>_amd64.deb` inside it (Depends only, no Recommends), then, as an
#      ordinary user and from the installed paths: hubctl --version, victimshub --version
#      and --help without a display, the Polish translation found in
#      /usr/share/victimshub/translations, hubctl init and demo, a PDF report, and
#      victimshub --screenshot of the sign-in dialog and of a caseworker's caseload (each a
#      1366x768 PNG with something on it, copied to BUILD_DIR/package-check/).
# Fails loudly on anything missing; never skips. Needs root (debootstrap, chroot) and the
# Debian mirror. Usage:
#   bash scripts/package-check.sh [BUILD_DIR [--root DIR]]   BUILD_DIR (default: build-ci)
#        must be configured and built; without --root it makes the clean root itself, in
#        the background while steps 1-3 run
#   bash scripts/package-check.sh --bootstrap DIR    only make the clean root in the empty
#        folder DIR (DIR.status gets debootstrap's exit code): scripts/test.sh starts this
#        beside the build, and passes --root DIR to the check later
#   bash scripts/package-check.sh --cleanup DIR      unmount and remove such a root
# The check always removes the root it used (HUB_PACKAGE_CHECK_KEEP=1 keeps it and prints
# where). HUB_DEBIAN_MIRROR: the mirror (default: the one this machine's apt uses).
set -euo pipefail

SELF=$(realpath "${BASH_SOURCE[0]}")
cd "$(dirname "$SELF")/.." # BUILD_DIR is relative to the repository
START=$(date +%s)

step() { printf '\n---- package-check: %s  [%ss]\n' "$1" $(($(date +%s) - START)); }
die() {
    printf 'package-check: FAILED: %s\n' "$*" >&2
    exit 1
}
[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap and chroot); CI runs as root"

# The mirror the machine's apt already uses (deb822 .sources or one-line sources.list).
mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ {u=$2} /^Suites:/ && / bookworm( |$)/ {print u; exit}')
    if [[ -z "$uri" ]]; then
        uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1=="deb" && $3=="bookworm" {print $2; exit}')
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

# Package files this machine's apt already downloaded (scripts/install-deps.sh's), linked
# into DIR: debootstrap and apt check each against the mirror's signed index before using
# it (a file that does not match is removed and downloaded again), so the root is the same
# as one made from the mirror alone, in less time.
link_apt_cache() { # dir
    find /var/cache/apt/archives -maxdepth 1 -name '*.deb' -exec ln -f -t "$1" {} + \
        2>/dev/null || true
}

# debootstrap --variant=minbase bookworm into the empty folder $1; DIR.status gets its exit
# code; its log is DIR.log; DIR.debs holds the package files meanwhile.
bootstrap() { # dir
    local dir=$1 cache=$1.debs code=0 # (--cleanup removes it too, if this is stopped)
    mkdir -p "$cache"
    link_apt_cache "$cache"
    debootstrap --variant=minbase --cache-dir="$cache" bookworm "$dir" \
        "${HUB_DEBIAN_MIRROR:-$(mirror)}" >"$dir.log" 2>&1 || code=$?
    rm -rf "$cache"
    echo "$code" >"$dir.status"
    return "$code"
}

# Unmount whatever is mounted under the root, deepest first (several times over if need be).
unmount_root() { # dir
    local m
    for m in $(awk -v root="$1/" 'index($2, root) == 1 {print $2}' /proc/mounts | sort -r); do
        umount "$m" || umount -l "$m" || echo "package-check: could not unmount $m" >&2
    done
}
# ... then remove it (never across a mount point that would not go).
remove_root() { # dir
    unmount_root "$1"
    rm -rf --one-file-system "$1" "$1.debs" "$1.status" "$1.log"
}

case "${1:-}" in
--bootstrap)
    [[ -d "${2:-}" ]] || die "--bootstrap needs an existing empty folder"
    bootstrap "$(realpath "$2")"
    exit
    ;;
--cleanup)
    [[ -n "${2:-}" ]] || die "--cleanup needs the root's folder"
    remove_root "$(realpath -m "$2")"
    exit
    ;;
esac

for tool in cpack lintian desktop-file-validate appstreamcli debootstrap dpkg-deb man python3; do
    command -v "$tool" >/dev/null || die "$tool is missing: run scripts/install-deps.sh"
done
BUILD_DIR=$(realpath "${1:-build-ci}")
OUT="$BUILD_DIR/package-check"
[[ -f "$BUILD_DIR/CMakeCache.txt" ]] || die "$BUILD_DIR is not a configured build tree"
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[[ -n "$VERSION" ]] || die "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt"
DEB_NAME="victimshub_${VERSION}_amd64.deb"
rm -rf "$OUT"
mkdir -p "$OUT"

BOOTSTRAP_PID=""
if [[ "${2:-}" == --root ]]; then
    [[ -d "${3:-}" ]] || die "--root needs the folder given to --bootstrap"
    CHROOT=$(realpath "$3")
else
    CHROOT=$(mktemp -d /var/tmp/victimshub-package-check.XXXXXX)
fi
cleanup() {
    local code=$?
    if [[ -n "$BOOTSTRAP_PID" ]]; then
        kill -- -"$BOOTSTRAP_PID" 2>/dev/null || true
        wait "$BOOTSTRAP_PID" 2>/dev/null || true
    fi
    if [[ "${HUB_PACKAGE_CHECK_KEEP:-0}" == 1 ]]; then
        unmount_root "$CHROOT"
        echo "package-check: root kept at $CHROOT (remove it with: $SELF --cleanup $CHROOT)"
    else
        remove_root "$CHROOT"
    fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "${3:-}" ]]; then
    # The clean root takes longest (downloads, then dpkg): made beside steps 1-3.
    step "debootstrap --variant=minbase bookworm $CHROOT (in the background)"
    # its own process group (setsid), so that a failure stops debootstrap and its dpkg too
    setsid bash "$SELF" --bootstrap "$CHROOT" &
    BOOTSTRAP_PID=$!
fi

step "1. cmake --build $BUILD_DIR --target package"
rm -f "$BUILD_DIR"/victimshub_*.deb
cmake --build "$BUILD_DIR" --target package >"$OUT/cpack.log" 2>&1 || {
    cat "$OUT/cpack.log"
    die "cpack failed"
}
DEB="$BUILD_DIR/$DEB_NAME"
[[ -f "$DEB" ]] || die "cpack did not write $DEB_NAME: $(ls "$BUILD_DIR"/*.deb 2>/dev/null)"
cp "$DEB" "$OUT/"
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p'
[[ $(dpkg-deb -f "$DEB" Version) == "$VERSION" ]] || die "package version is not $VERSION"
[[ $(dpkg-deb -f "$DEB" Architecture) == amd64 ]] || die "package is not amd64"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
# From dpkg-shlibdeps (the libraries linked) and the plugins added by hand.
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libsodium23 libpq5 \
    libqt6sql6-sqlite libqt6sql6-psql; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$DEPENDS" || die "Depends lacks $dep: $DEPENDS"
done
dpkg-deb --contents "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$OUT/contents.txt"
APP_ID=org.victimshub.VictimsHub
EXPECTED=(
    /usr/bin/victimshub /usr/bin/hubctl
    "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/man/man1/victimshub.1.gz /usr/share/man/man1/hubctl.1.gz
    /usr/share/doc/victimshub/copyright /usr/share/doc/victimshub/changelog.gz
    /usr/share/victimshub/translations/victimshub_pl.qm
)
for size in 16 22 24 32 48 64 128 256 512; do
    EXPECTED+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for path in "${EXPECTED[@]}"; do
    grep -qx "$path" "$OUT/contents.txt" || die "the package lacks $path"
done
echo "contents: all ${#EXPECTED[@]} expected files present ($(wc -l <"$OUT/contents.txt") entries)"

step "2. desktop-file-validate, appstreamcli validate, manual pages, versions"
EXTRACT="$OUT/extracted"
dpkg-deb --extract "$DEB" "$EXTRACT"
desktop-file-validate "$EXTRACT/usr/share/applications/$APP_ID.desktop" ||
    die "desktop-file-validate failed"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$EXTRACT/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    die "appstreamcli validate failed"
NEWEST=$(grep -o '<release version="[^"]*"' "$EXTRACT/usr/share/metainfo/$APP_ID.metainfo.xml" |
    head -1 | cut -d'"' -f2)
[[ "$NEWEST" == "$VERSION" ]] ||
    die "the metainfo's newest <release> is $NEWEST, not $VERSION: add a release to resources/desktop/$APP_ID.metainfo.xml"
CHANGELOG=$(zcat "$EXTRACT/usr/share/doc/victimshub/changelog.gz" | head -1)
[[ "$CHANGELOG" == "victimshub ($VERSION) "* ]] ||
    die "resources/debian/changelog starts with '$CHANGELOG', not version $VERSION"
for page in victimshub hubctl; do
    # groff's own warnings, as lintian's manpage checks see them
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$EXTRACT/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || die "man $page: $warnings"
    grep -q "\"$page $VERSION\"" <(zcat "$EXTRACT/usr/share/man/man1/$page.1.gz") ||
        die "docs/man/$page.1: its .TH line does not say $page $VERSION"
done
# Every command of `hubctl --help` has its entry in hubctl(1).
HUBCTL_HELP=$("$EXTRACT/usr/bin/hubctl" --help)
mapfile -t COMMANDS < <(sed -n '/^commands:/,/^$/p' <<<"$HUBCTL_HELP" |
    grep -E '^  [a-z]' | awk '{print $1}' | sort -u)
((${#COMMANDS[@]} > 10)) || die "could not read the commands from hubctl --help"
MAN_HUBCTL=$(zcat "$EXTRACT/usr/share/man/man1/hubctl.1.gz")
for cmd in "${COMMANDS[@]}"; do
    grep -Eq "^\.B $cmd( |\\\\|\$)" <<<"$MAN_HUBCTL" ||
        die "hubctl --help has the command '$cmd' that docs/man/hubctl.1 does not describe"
done
echo "manual pages: no groff warnings; hubctl(1) describes all ${#COMMANDS[@]} commands of --help"

step "3. lintian"
# --fail-on error: warnings are printed and counted but do not fail the check.
set +e
lintian --fail-on error --display-info "$DEB" 2>&1 | grep -v 'running with root privileges' \
    >"$OUT/lintian.txt"
LINTIAN=${PIPESTATUS[0]}
set -e
cat "$OUT/lintian.txt"
printf 'lintian: %s errors, %s warnings, %s infos (exit %s)\n' \
    "$(grep -c '^E:' "$OUT/lintian.txt" || true)" "$(grep -c '^W:' "$OUT/lintian.txt" || true)" \
    "$(grep -c '^I:' "$OUT/lintian.txt" || true)" "$LINTIAN"
((LINTIAN == 0)) || die "lintian reports errors (above)"

step "4. clean Debian 12 root: waiting for debootstrap"
if [[ -n "$BOOTSTRAP_PID" ]]; then
    wait "$BOOTSTRAP_PID" || true
    BOOTSTRAP_PID=""
fi
for ((i = 0; i < 900; ++i)); do # --root: made by a --bootstrap started earlier
    [[ -f "$CHROOT.status" ]] && break
    sleep 1
done
cp "$CHROOT.log" "$OUT/debootstrap.log" 2>/dev/null || true
[[ -f "$CHROOT.status" ]] || die "no debootstrap finished in $CHROOT within 15 minutes"
if [[ $(cat "$CHROOT.status") != 0 ]]; then
    tail -30 "$OUT/debootstrap.log"
    die "debootstrap failed with exit code $(cat "$CHROOT.status") (log above)"
fi
echo "debootstrap: done ($(du -sh --one-file-system "$CHROOT" | cut -f1)); log: $OUT/debootstrap.log"
chmod 0755 "$CHROOT" # mktemp made it 0700: the ordinary user below must reach /usr
mount -t proc proc "$CHROOT/proc"
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
cp "$DEB" "$CHROOT/tmp/"
link_apt_cache "$CHROOT/var/cache/apt/archives"

step "4. apt-get install ./$DEB_NAME in the clean root (Depends only)"
if ! in_root DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-unsafe-io "/tmp/$DEB_NAME" >"$OUT/apt-install.log" 2>&1; then
    tail -40 "$OUT/apt-install.log"
    die "apt-get install of the package failed in the clean root"
fi
grep -E '^(Need to get|After this operation)' "$OUT/apt-install.log" || true
in_root dpkg-query -W -f='${Status} ${Version}\n' victimshub | grep -qx "install ok installed $VERSION" ||
    die "victimshub $VERSION is not installed in the clean root"
for path in "${EXPECTED[@]}"; do
    [[ -e "$CHROOT$path" ]] || die "$path is not there after the install"
done
# The plugins Qt loads at run time, which no linker sees, are there with all their libraries:
# the desktop's platform (xcb; Wayland through qt6-wayland, a Recommends), offscreen, and the
# SQLite and PostgreSQL drivers.
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so \
    sqldrivers/libqsqlpsql.so; do
    path=/usr/lib/x86_64-linux-gnu/qt6/plugins/$plugin
    [[ -f "$CHROOT$path" ]] || die "the clean root lacks the Qt plugin $path"
    missing=$(in_root ldd "$path" | grep 'not found' || true)
    [[ -z "$missing" ]] || die "$path lacks libraries in the clean root: $missing"
done
echo "installed: every file of the package, and Qt's xcb, offscreen, SQLite and PostgreSQL plugins"

# As an ordinary user with nothing but the installed programs: no build tree, no display.
in_root id hubuser >/dev/null 2>&1 || in_root useradd --create-home --shell /bin/sh hubuser
as_user() {
    chroot --userspec=hubuser:hubuser "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin \
        HOME=/home/hubuser TZ=Europe/London LC_ALL=C.UTF-8 "$@"
}
expect_line() { # expected, command...
    local expected=$1 got
    shift
    # standard output only: offscreen Qt warns on stderr that XDG_RUNTIME_DIR is not set
    got=$(as_user "$@" 2>"$OUT/stderr.txt") || die "'$*' failed: $got $(cat "$OUT/stderr.txt")"
    [[ "$got" == "$expected" ]] || die "'$*' printed '$got', not '$expected'"
    echo "$* -> $got"
}

step "4. the installed programs"
expect_line "hubctl $VERSION" /usr/bin/hubctl --version
expect_line "victimshub $VERSION" /usr/bin/victimshub --version
as_user /usr/bin/victimshub --help 2>/dev/null | grep -q -- '--screenshot <FILE>' ||
    die "victimshub --help does not list --screenshot"
# The translations where the installed app looks for them.
I18N=$(as_user LC_ALL=pl_PL.UTF-8 QT_LOGGING_RULES='hub.i18n.info=true' /usr/bin/victimshub --version 2>&1)
grep -q 'translation: /usr/share/victimshub/translations/victimshub_pl.qm' <<<"$I18N" ||
    die "the installed victimshub did not load /usr/share/victimshub/translations/victimshub_pl.qm: $I18N"
echo "victimshub in Polish -> /usr/share/victimshub/translations/victimshub_pl.qm"
as_user /usr/bin/hubctl --db /home/hubuser/empty.db init >"$OUT/hubctl-init.log" 2>&1 ||
    die "hubctl init failed: $(cat "$OUT/hubctl-init.log")"
as_user /usr/bin/hubctl --db /home/hubuser/demo.db demo --people 400 --months 3 --seed 15 \
    --until 2026-10-31 >"$OUT/hubctl-demo.log" 2>&1 ||
    die "hubctl demo failed: $(tail -5 "$OUT/hubctl-demo.log")"
echo "hubctl init, hubctl demo: ok ($(tail -1 "$OUT/hubctl-demo.log"))"
as_user HUB_PASSWORD=demo-auditor /usr/bin/hubctl --db /home/hubuser/demo.db report monthly \
    --month 2026-10 --format pdf --out /home/hubuser/report.pdf --user auditor \
    >"$OUT/hubctl-report.log" 2>&1 || die "hubctl report --format pdf failed: $(cat "$OUT/hubctl-report.log")"
head -c 5 "$CHROOT/home/hubuser/report.pdf" | grep -q '%PDF-' || die "the report is not a PDF"
echo "hubctl report monthly --format pdf: $(stat -c %s "$CHROOT/home/hubuser/report.pdf") bytes"

step "4. victimshub --screenshot from /usr/bin (offscreen)"
shot() { # name, then the app's arguments; HUB_PASSWORD from the caller's SHOT_PASSWORD
    local name=$1 out
    shift
    out=$(as_user QT_QPA_PLATFORM=offscreen HUB_PASSWORD="${SHOT_PASSWORD:-}" /usr/bin/victimshub \
        --db /home/hubuser/demo.db --screenshot "/home/hubuser/$name.png" "$@" 2>&1) ||
        die "victimshub --screenshot $* failed: $out"
    grep -q '^first_paint_ms=' <<<"$out" || die "victimshub --screenshot $* printed: $out"
    cp "$CHROOT/home/hubuser/$name.png" "$OUT/$name.png"
    # A 1366x768 PNG with something drawn on it: of its rows (as stored, after PNG's per-row
    # filter), at least 50 differ from one another (the sign-in dialog: about 100); a blank or one-colour window has 1-2.
    python3 - "$OUT/$name.png" <<'PY' || die "$name.png is not a 1366x768 picture with something on it"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
idat, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
stride = len(raw) // height
rows = {raw[r * stride:(r + 1) * stride] for r in range(height)}
print(f"  {sys.argv[1]}: {width}x{height}, {len(data)} bytes, {len(rows)} different rows")
assert (width, height) == (1366, 768), "not 1366x768"
assert len(rows) >= 50, "next to nothing drawn"
PY
    echo "  $name: $(grep '^first_paint_ms=' <<<"$out")"
}
shot sign-in
SHOT_PASSWORD=demo-cw.peterborough.1 shot caseload --user cw.peterborough.1

step "passed: $DEB_NAME installs in a clean Debian 12 root and runs ($(($(date +%s) - START)) s)"
