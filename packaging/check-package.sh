#!/usr/bin/env bash
# Builds the Debian package from a configured build tree and checks it the way a distribution would:
# desktop-file-validate, appstreamcli validate, lintian (no errors), the Depends that shlibdeps
# cannot see, and the packaged binaries start from an unpacked copy.
# Usage: packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d /tmp/mcs-package.XXXXXX)
trap 'rm -rf "$out"' EXIT

desktop-file-validate "$src/packaging/my.edu.cflex.mcstudio.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/my.edu.cflex.mcstudio.metainfo.xml" >"$out/appstream.log" 2>&1 \
  || { cat "$out/appstream.log"; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/mcstudio_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libssl3; do
  case "$depends" in *"$needed"*) ;; *) echo "Depends lacks $needed: $depends"; exit 1;; esac
done

# Lintian as Debian runs it; errors fail the check (warnings are printed for the record).
lintian --fail-on error "$deb" | tee "$out/lintian.log" || { echo "lintian reported errors"; exit 1; }

# Every dependency resolves from the distribution's archive (as root, where apt can simulate).
if [ "$(id -u)" -eq 0 ]; then apt-get install --simulate -qq "$deb" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }; fi

dpkg-deb -x "$deb" "$out/root"
for f in usr/bin/mcstudio usr/bin/mcstudio-cli usr/share/applications/my.edu.cflex.mcstudio.desktop \
         usr/share/metainfo/my.edu.cflex.mcstudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/my.edu.cflex.mcstudio.svg \
         usr/share/icons/hicolor/48x48/apps/my.edu.cflex.mcstudio.png usr/share/doc/mcstudio/copyright; do
  [ -e "$out/root/$f" ] || { echo "missing in package: /$f"; exit 1; }
done
"$out/root/usr/bin/mcstudio-cli" --version
QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/mcstudio" --version
echo "package checks passed"
