// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace hearth {

// The netiquette's Markdown in one language, highlighted (rule ids, references and
// placeholders in their own colours where the build has KDE Syntax-Highlighting).
class NetiquetteTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NetiquetteTextEdit(QWidget *parent = nullptr);

    // Puts the cursor at a line and column (both from 1), shows it and takes the focus.
    void moveToLine(int line, int column = 1);
    // The cursor's line, from 1.
    int currentLine() const;
    // Replaces the text as one undoable step, leaving the cursor on the same line and column
    // and the view where it was: saving only adds ids to headings.
    void replaceTextKeepingCursor(const QString &text);

private:
    void placeCursor(int blockNumber, int offset);
};

} // namespace hearth
