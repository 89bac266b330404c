// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth {

// Turns untrusted HTML (a feed entry, an e-mail body) into plain text with libxml2's HTML
// parser: text only, paragraphs and line breaks kept, scripts, styles and everything that
// could load something left out. Never touches the network.
class HtmlText
{
public:
    static QString toPlainText(const QString &html);
};

} // namespace hearth
