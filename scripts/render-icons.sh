#!/usr/bin/env bash
# Render the app's icon (resources/icons/org.victimshub.VictimsHub.svg) as the PNG sizes of
# the hicolor theme, resources/icons/NxN/org.victimshub.VictimsHub.png, and the picture in
# docs/images. Run it after changing the SVG and commit the PNGs: the build installs them as
# they are, so building needs no SVG renderer. Debian: librsvg2-bin (rsvg-convert).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ICON=resources/icons/org.victimshub.VictimsHub.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "resources/icons/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$ICON" \
        --output "resources/icons/${size}x${size}/org.victimshub.VictimsHub.png"
done
rsvg-convert --width 256 --height 256 "$ICON" --output docs/images/h15-package-icon.png
echo "render-icons: $(ls -d resources/icons/*x* | wc -l) sizes written"
