#!/bin/sh
# Redraws the user guide's pictures (docs/images/*.png, docs/images/ms/*.png) from a fresh demo
# database, offscreen, so the guide shows the interface as it is today. Run from anywhere after
# a build (make test or make run builds the tool):  sh docs/make-screenshots.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
cmake --build "$build" --target mcstudio-screenshots
tool=$build/tools/screenshots/mcstudio-screenshots
export QT_QPA_PLATFORM=offscreen
"$tool" --out "$root/docs/images"
"$tool" --out "$root/docs/images/ms" --language ms
