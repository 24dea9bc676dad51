#!/usr/bin/env bash
# Draws again the pictures of docs/USER_GUIDE.md named docs/images/h13-help-*.png: the screens
# changed for everyday use at 1366x768 (dialogs that grow with their errors, triage's Accept,
# typed dates and the calendar, the focus frame and the quiet sync state, Sign out and the
# lock page, the help window and Help > Keyboard shortcuts). They come from the Qt Test
# tst_guidepictures, which builds a synthetic demo caseload, shows each screen offscreen on a
# 1366x768 screen and checks it (nothing squeezed or cut off) before saving it.
# Look at every picture before committing it. Environment:
#   HUB_BUILD_DIR   build directory (default: build)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${HUB_BUILD_DIR:-build}

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUB_BUILD_TESTS=ON
fi
cmake --build "$BUILD_DIR" --target tst_guidepictures
HUB_GUIDE_PICTURES="$ROOT/docs/images" TZ=Europe/London LC_ALL=C.UTF-8 \
    "$BUILD_DIR/tests/tst_guidepictures"
ls -l "$ROOT"/docs/images/h13-help-*.png
