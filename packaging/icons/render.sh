#!/usr/bin/env bash
# Renders the icon in every size the installers and the window need from gizmo-studio.svg. The outputs are
# committed; run this only after editing the SVG. Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and
# png2icns (icnsutils) — all Debian packages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" gizmo-studio.svg -o "gizmo-studio-$s.png"
done
convert gizmo-studio-16.png gizmo-studio-24.png gizmo-studio-32.png gizmo-studio-48.png gizmo-studio-64.png \
  gizmo-studio-128.png gizmo-studio-256.png gizmo-studio.ico
png2icns gizmo-studio.icns gizmo-studio-16.png gizmo-studio-32.png gizmo-studio-48.png gizmo-studio-128.png \
  gizmo-studio-256.png gizmo-studio-512.png >/dev/null
