#!/usr/bin/env bash
# Install the Debian 12 packages needed to build, test and run Victims' Hub.
# Idempotent: when every package is already installed it does nothing (no apt-get update),
# so repeat runs cost well under a second. Uses sudo only when not root.
# Only Debian packages; nothing is downloaded from anywhere else.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build g++ git ca-certificates
    # Qt 6.4: widgets, SQL drivers, linguist tools, OpenGL and charts
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libqt6opengl6-dev qt6-charts-dev libgl-dev
    # crypto (found through pkg-config)
    libsodium-dev pkg-config
    # libpq, under Qt's PostgreSQL driver: the sync bench's COPY baseline reads through it
    libpq-dev
    # tests: headless display, fonts, formatting, PDF text, hub database, SQLite shell.
    # PostgreSQL is installed but not started here: tests start their own server.
    xvfb xauth fonts-dejavu-core clang-format poppler-utils postgresql sqlite3
    # times are shown in Europe/London; a minimal image may lack the zone database
    tzdata
    # hub passwords in the OS keychain: QtKeychain (it loads libsecret at run time); the
    # tests start their own D-Bus session bus and GNOME Keyring as the Secret Service
    qtkeychain-qt6-dev libsecret-1-0 dbus-daemon gnome-keyring
    # phone numbers normalised to E.164 (core/domain/PhoneNumber)
    libphonenumber-dev
    # police referral CSV files (core/import): RFC 4180 parsing and encoding detection
    libcsv-dev libuchardet-dev
    # the monthly report as an Excel workbook (ui/reports/ReportXlsx); the tests read the
    # workbook's sheets back with unzip
    libxlsxwriter-dev unzip
    # the accessibility test (tests/a11y): a D-Bus session (dbus-run-session), the AT-SPI
    # bus and registry that Qt's accessibility bridge talks to, and Python's AT-SPI client
    dbus-bin at-spi2-core python3-pyatspi
    # fuzzing (scripts/fuzz.sh): clang and its libFuzzer
    clang-14 libfuzzer-14-dev
    # the Debian package (cmake --build build --target package: cpack runs dpkg-shlibdeps and
    # file) and its check, scripts/package-check.sh: lintian, desktop-file-validate,
    # appstreamcli, man (the manual pages' groff warnings), debootstrap for a clean root
    dpkg-dev file lintian desktop-file-utils appstream man-db debootstrap
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != ii* ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: not root and sudo is not available; as root run:" >&2
        echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"

# A mirror hiccup should not fail a 90-minute CI run on its first minute.
retry() {
    local attempt
    for attempt in 1 2 3; do
        if "$@"; then
            return 0
        fi
        echo "install-deps: '$*' failed (attempt $attempt of 3)" >&2
        sleep $((attempt * 10))
    done
    return 1
}

retry "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
retry "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
echo "install-deps: done"
