#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# keychainsession.sh COMMAND [ARGS...]: runs a test with a keychain of its own, so tests that
# keep secrets never touch the developer's: a private D-Bus session bus with GNOME Keyring as
# its Secret Service (what QtKeychain's libsecret backend talks to on Linux), a login keyring
# created and unlocked in the test's own XDG_DATA_HOME, gone when the test ends.
set -eu
: "${XDG_DATA_HOME:?the test needs its own XDG_DATA_HOME}" "${XDG_RUNTIME_DIR:?the test needs its own XDG_RUNTIME_DIR}"
if [ -z "${HEARTH_KEYCHAIN_SESSION:-}" ]; then
    rm -rf "$XDG_DATA_HOME/keyrings"
    mkdir -p "$XDG_DATA_HOME"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    export HEARTH_KEYCHAIN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
# --unlock reads the password from stdin and creates the login keyring with it. The daemon
# runs in the foreground as this script's child, so it ends with the test however fast that is.
printf '%s' hearth-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring=$!
trap 'kill "$keyring" 2>/dev/null || true' EXIT
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 600 ] || ! kill -0 "$keyring" 2>/dev/null; then
        echo "keychainsession.sh: GNOME Keyring did not start its Secret Service" >&2
        exit 1
    fi
    sleep 0.1
done
status=0
"$@" || status=$?
exit "$status"
