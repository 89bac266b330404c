// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettepreview.h"

#include "netiquettedocument.h"
#include "uilog.h"

#include <QScrollBar>

namespace hearth {

NetiquettePreview::NetiquettePreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("netiquettePreview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // Headings a little above the text, as on a web page, rather than the browser's posters.
    document()->setDefaultStyleSheet(QStringLiteral("h1 { font-size: x-large; } h2 { font-size: large; } "
                                                    "h3 { font-size: medium; } section { margin-bottom: 6px; }"));
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, &NetiquettePreview::followLink);
}

void NetiquettePreview::showDocument(const NetiquetteDocument &document)
{
    const int scroll = verticalScrollBar()->value();
    setHtml(document.html());
    verticalScrollBar()->setValue(scroll);
}

void NetiquettePreview::showRule(int ruleId)
{
    scrollToAnchor(QStringLiteral("rule-%1").arg(ruleId));
}

QVariant NetiquettePreview::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    ++m_refusedResources;
    qCInfo(lcUi) << "The netiquette preview does not load resources; refused" << name.toString();
    return QVariant();
}

void NetiquettePreview::followLink(const QUrl &url)
{
    // Links within the page ("#rule-4") move the view; anything else stays unopened: the
    // preview is for checking the text, the published page is where readers follow links.
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
        scrollToAnchor(url.fragment());
}

} // namespace hearth
