// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hearth {

// Why a connector's request did not work, in words for the Channels panel.
struct SyncError
{
    enum class Kind {
        Network,     // no connection, refused, DNS, TLS
        Timeout,     // the server did not answer in time
        RateLimited, // the server asked to slow down (429)
        Server,      // 5xx: the platform's trouble, try again later
        Auth,        // 401/403: the credentials are wrong or revoked; retrying cannot help
        Refused,     // another 4xx: the platform will not take the request as it is (too long, gone)
        Malformed,   // the reply could not be read
        Setup,       // the account is not set up (no address, no token)
        Storage,     // the workspace could not store what was fetched (busy, disk full)
    };

    Kind kind = Kind::Network;
    QString message;                   // a whole translated sentence
    std::optional<qint64> retryAfterMs; // what the server asked, if it did

    // Whether waiting and trying again may help, by itself.
    bool isRetryable() const { return kind != Kind::Auth && kind != Kind::Setup && kind != Kind::Refused; }
};

} // namespace hearth
