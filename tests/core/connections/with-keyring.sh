#!/bin/sh
# Runs a command with a private, unlocked gnome-keyring (Secret Service) on the current D-Bus
# session. Use as: dbus-run-session -- with-keyring.sh COMMAND...
set -e
HOME=$(mktemp -d)
export HOME
eval "$(printf 'hearth-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
rm -rf "$HOME"
exit $status
