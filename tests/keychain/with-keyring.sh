#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service), as in
# ../shared/docs/qt-toolchain.md section 5. The bus, the daemon and the temporary home vanish afterwards.
# GLOWS_TEST_KEYRING=1 tells the test it has a keyring. Without the tools the command runs without one, and
# keychain tests report themselves as skipped.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring.sh: dbus-run-session or gnome-keyring-daemon not installed; running without a keyring" >&2
    exec "$@"
fi
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT INT TERM
mkdir -p -m700 "$base/home" "$base/run"
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP KDE_SESSION_VERSION KDE_FULL_SESSION
export HOME="$base/home" XDG_RUNTIME_DIR="$base/run" XDG_DATA_HOME="$base/home/.local/share" \
    XDG_CONFIG_HOME="$base/home/.config" GLOWS_TEST_KEYRING=1
# Not exec: the trap must remove the temporary home when the session ends.
dbus-run-session -- sh -c 'printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
