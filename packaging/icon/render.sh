#!/usr/bin/env bash
# Renders the app icon from night-cramp-guide.svg; the results are committed, so a build needs
# none of these tools. Needs rsvg-convert (librsvg2-bin), ImageMagick and python3.
#   window icons:   src/main/resources/org/nightcramp/app/icon/icon-<size>.png
#   jpackage icons: packaging/icon/night-cramp-guide.{png,ico,icns} (Linux, Windows, macOS)
set -euo pipefail
cd "$(dirname "$0")"
svg=night-cramp-guide.svg
out=../../src/main/resources/org/nightcramp/app/icon
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for s in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w $s -h $s "$svg" -o "$tmp/$s.png"
done
# JavaFX gives the window system one of the stage's icons: 32 px on Windows, 128 px elsewhere.
for s in 32 128; do
    cp "$tmp/$s.png" "$out/icon-$s.png"
done
cp "$tmp/512.png" night-cramp-guide.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
    "$tmp/256.png" night-cramp-guide.ico
# ICNS is a header and PNG chunks, each tagged with its size's type code.
python3 - "$tmp" night-cramp-guide.icns <<'PY'
import struct, sys
tmp, dest = sys.argv[1], sys.argv[2]
chunks = b""
for code, size in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
                   (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]:
    data = open(f"{tmp}/{size}.png", "rb").read()
    chunks += code + struct.pack(">I", len(data) + 8) + data
open(dest, "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
echo "rendered $(ls "$out" | wc -l) window icons and night-cramp-guide.png/.ico/.icns"
