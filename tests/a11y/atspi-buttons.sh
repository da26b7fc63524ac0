#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs atspi_buttons.py against glows-desktop in Xvfb, a private D-Bus session (with the AT-SPI bus it
# activates) and a throwaway home, in the given language. Without the tools it reports a skip.
# Usage: atspi-buttons.sh GLOWS_DESKTOP en|ja
set -eu
app=$1
language=${2:-en}
here=$(cd "$(dirname "$0")" && pwd)
for tool in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "$tool" ]; then
        echo "SKIP   : $tool is missing (packages xvfb, dbus, at-spi2-core)"
        exit 0
    fi
done
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    echo "SKIP   : pyatspi is missing (package python3-pyatspi)"
    exit 0
fi
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
mkdir -p -m700 "$base/home" "$base/run"
if [ "$language" = ja ]; then locale=ja_JP.UTF-8; else locale=en_US.UTF-8; fi
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$base/home" XDG_RUNTIME_DIR="$base/run" \
    XDG_CONFIG_HOME="$base/home/.config" XDG_DATA_HOME="$base/home/.local/share" \
    XDG_CACHE_HOME="$base/home/.cache" LANGUAGE="$language" LC_ALL="$locale" LANG="$locale" \
    NO_AT_BRIDGE=0 GTK_MODULES= \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- /usr/bin/python3 "$here/atspi_buttons.py" "$app"
