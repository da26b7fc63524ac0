#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages the project needs, only those that are missing. Sourced by the other scripts.
# Usage: glows_install_deps build|run|test|package

glows_packages_build=(
  cmake ninja-build g++ dpkg-dev pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-websockets-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libxkbcommon-dev
  qt6-svg-dev libgl-dev libqt6sql6-sqlite libssh-dev
)
# What the app needs at run time beyond the libraries: a colour emoji font for the emoji in the UI.
glows_packages_run=(
  fonts-noto-color-emoji
)
glows_packages_test=(
  dbus gnome-keyring libsecret-1-0 libsecret-tools fonts-ipafont-gothic xauth xvfb
  at-spi2-core python3-pyatspi openssh-client openssh-server
)
glows_packages_package=(
  lintian desktop-file-utils appstream fakeroot file
)

glows_missing_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]}"
}

glows_install_deps() {
  local wanted=("${glows_packages_build[@]}")
  case "${1:-build}" in
    run) wanted+=("${glows_packages_run[@]}") ;;
    test) wanted+=("${glows_packages_run[@]}" "${glows_packages_test[@]}") ;;
    package) wanted+=("${glows_packages_run[@]}" "${glows_packages_test[@]}" "${glows_packages_package[@]}") ;;
  esac
  local missing
  missing=$(glows_missing_packages "${wanted[@]}")
  [ -z "$missing" ] && return 0
  echo "Installing missing Debian packages: $missing"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      echo "Root is needed to install packages; asking sudo."
      sudo=(sudo)
    else
      echo "error: these packages are missing and installing them needs root: $missing" >&2
      echo "Run as root, or: apt-get install $missing" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || return 1
  # shellcheck disable=SC2086
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing || return 1
}

glows_jobs() {
  nproc 2>/dev/null || echo 2
}
