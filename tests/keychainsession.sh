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
# --unlock reads the password from stdin and creates the login keyring with it; the daemon
# leaves when the session bus ends.
printf '%s' hearth-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
