// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTreeWidget>

namespace hearth {

struct NetiquetteWarning;

// What a reader would trip over in the netiquette, in every language: errors (publishing
// refuses them) and warnings, each with its language and line. Activating one (click,
// Enter) asks to go there.
class NetiquetteWarningList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NetiquetteWarningList(QWidget *parent = nullptr);

    // language code -> its warnings, shown in the order of languages given.
    void setWarnings(const QStringList &languages, const QMap<QString, QList<NetiquetteWarning>> &warnings);
    int warningCount() const { return m_warningCount; }
    int errorCount() const { return m_errorCount; }
    void retranslateUi();

signals:
    // line and column from 1.
    void warningActivated(const QString &language, int line, int column);

private:
    void activate(QTreeWidgetItem *item);

    int m_warningCount = 0;
    int m_errorCount = 0;
};

} // namespace hearth
