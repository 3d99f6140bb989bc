#!/usr/bin/env bash
# Builds the .deb with CPack and proves it installs on a clean Debian 12: a fresh debootstrap
# root (minbase), `apt-get install ./hearth_*.deb` inside it, then `hearth --version` and
# `hearth-cli --version` there. Needs root (chroot) and the Debian mirror; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >/dev/null
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && cpack -G DEB >/dev/null)
DEB=$(ls -t build/release/hearth_*_amd64.deb | head -1)
echo "test-deb: built $DEB"
dpkg-deb --info "$DEB" | sed -n '/Depends/p'

ROOT=${HEARTH_DEB_ROOT:-/var/tmp/hearth-deb-root}
if [[ ! -x "$ROOT/usr/bin/apt-get" ]]; then
  rm -rf "$ROOT"
  debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian >/dev/null
fi
cleanup() { umount "$ROOT/proc" 2>/dev/null || true; }
trap cleanup EXIT
mount -t proc proc "$ROOT/proc"
cp "$DEB" "$ROOT/tmp/hearth.deb"
chroot "$ROOT" /bin/sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/hearth.deb >/dev/null'
chroot "$ROOT" hearth --version
chroot "$ROOT" hearth-cli --version
chroot "$ROOT" test -f /usr/share/applications/dev.hearth.Hearth.desktop
chroot "$ROOT" test -f /usr/share/icons/hicolor/256x256/apps/dev.hearth.Hearth.png
echo "test-deb: OK — the package installs on a clean Debian 12 and both programs run"
