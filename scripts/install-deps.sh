#!/usr/bin/env bash
# Installs every Debian 12 package Hearth needs to build, run and test. Idempotent: only missing
# packages are installed, and nothing is done when all are present.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git clang-format clang
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-declarative-dev qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtqml-workerscript qml6-module-qtquick-templates qml6-module-qtquick-window
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qtkeychain-qt6-dev libsodium-dev
  libgl-dev libxkbcommon-dev
  nlohmann-json3-dev libcurl4-openssl-dev libsqlite3-dev sqlite3 zlib1g-dev libgoogle-perftools-dev
  libprotobuf-dev protobuf-compiler libgrpc++-dev protobuf-compiler-grpc libcpp-httplib-dev
  xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev fakeroot
  dbus dbus-daemon gnome-keyring python3
  nodejs npm
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

# node/npm may come from outside Debian on developer machines: accept any working install.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for pkg in "${missing[@]}"; do
    [[ "$pkg" == nodejs || "$pkg" == npm ]] || filtered+=("$pkg")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
