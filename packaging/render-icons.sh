#!/usr/bin/env bash
# Renders the application icon's PNG sizes from resources/icons/hiernet-studio.svg (librsvg2-bin's
# rsvg-convert). The PNGs are committed: run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" hiernet-studio.svg -o "hiernet-studio-$size.png"
done
echo "render-icons: $(ls hiernet-studio-*.png | wc -l) PNG sizes in resources/icons"
