// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace hearth {

class NetiquetteDocument;

// The netiquette as readers will see it (NetiquetteDocument::html()). Its text is typed or
// pasted by people, so it is treated like a message: no resource is ever loaded (an image
// in the Markdown shows as nothing), and only links to the rules' own anchors are followed.
class NetiquettePreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NetiquettePreview(QWidget *parent = nullptr);

    // Shows the document, keeping the reader's place when only the text changed.
    void showDocument(const NetiquetteDocument &document);
    void showRule(int ruleId);

    // What showing documents asked to load (and was refused); for the tests.
    int refusedResources() const { return m_refusedResources; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void followLink(const QUrl &url);

    int m_refusedResources = 0;
};

} // namespace hearth
