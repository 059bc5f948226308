#!/usr/bin/env bash
# Builds the Debian package of a build folder and checks it as a user would get it (issue #20):
#   packaging/check-package.sh [BUILD_DIR] [--install]
# lintian reports no error (its warnings are listed); apt can resolve its Depends on this machine (simulated);
# unpacked into a scratch root, `hiernet --version`, `hiernet data info fashion-mnist`, a 2-process
# `hiernet bench train --nproc 2` and
# `hiernet-studio --screenshot` run from the installed paths, and the manual page and bash completion are
# where man and bash look. --install also installs it on this machine with apt and runs them from /usr/bin.
set -euo pipefail
build=${1:-build}
install=false
[ "${2:-}" = "--install" ] && install=true
cmake --build "$build" --target package >/dev/null
deb=$(ls -t "$build"/hiernet-studio_*.deb | head -1)
echo "check-package: $deb"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

report=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
echo "${report:-lintian: no errors, no warnings}"
if grep -q '^E:' <<<"$report"; then echo "check-package: lintian reports errors" >&2; exit 1; fi

apt-get install --simulate -q "$(realpath "$deb")" >"$root/apt.log" 2>&1 || { cat "$root/apt.log" >&2; exit 1; }
echo "check-package: apt resolves its Depends: $(dpkg-deb -f "$deb" Depends)"

dpkg-deb -x "$deb" "$root"
run() { echo "+ $*"; "$@"; }
run "$root/usr/bin/hiernet" --version
run "$root/usr/bin/hiernet" data info fashion-mnist | head -3
# Data parallel from the installed binary: two Gloo ranks meet over c10d (libtorch1.13 brings it).
run "$root/usr/bin/hiernet" bench train --n 1 --image 8 --channels 1 --classes 4 --batch 8 --steps 1 --warmup 0 --device cpu --nproc 2
QT_QPA_PLATFORM=offscreen run "$root/usr/bin/hiernet-studio" --screenshot "$root/studio.png" --page data >/dev/null
[ -s "$root/studio.png" ] || { echo "check-package: the installed studio wrote no screenshot" >&2; exit 1; }
for f in usr/share/man/man1/hiernet.1.gz usr/share/man/man1/hiernet-studio.1.gz usr/share/bash-completion/completions/hiernet \
         usr/share/applications/hiernet-studio.desktop usr/share/metainfo/io.github.hiernet.HierNetStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/hiernet-studio.svg usr/share/doc/hiernet-studio/copyright; do
  [ -s "$root/$f" ] || { echo "check-package: /$f missing" >&2; exit 1; }
done
MANWIDTH=100 man -l "$root/usr/share/man/man1/hiernet.1.gz" | grep -q 'hiernet explain' || { echo "check-package: man page unreadable" >&2; exit 1; }

if $install; then
  apt-get install -y -q "$(realpath "$deb")" >/dev/null
  run hiernet --version
  run hiernet data info fashion-mnist | head -3
  QT_QPA_PLATFORM=offscreen run hiernet-studio --screenshot "$root/installed.png" --page data >/dev/null
  run man -w hiernet
fi
echo "check-package: ok"
