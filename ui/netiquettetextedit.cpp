// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettetextedit.h"

#include "texthighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace hearth {

NetiquetteTextEdit::NetiquetteTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new TextHighlighter(this, TextHighlighter::Syntax::Netiquette);
}

void NetiquetteTextEdit::moveToLine(int line, int column)
{
    placeCursor(line - 1, column - 1);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int NetiquetteTextEdit::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void NetiquetteTextEdit::replaceTextKeepingCursor(const QString &text)
{
    if (text == toPlainText())
        return;
    const int line = textCursor().blockNumber();
    const int column = textCursor().positionInBlock();
    const int scroll = verticalScrollBar()->value();
    QTextCursor all(document());
    all.beginEditBlock();
    all.select(QTextCursor::Document);
    all.insertText(text);
    all.endEditBlock();
    placeCursor(line, column);
    verticalScrollBar()->setValue(scroll);
}

void NetiquetteTextEdit::placeCursor(int blockNumber, int offset)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(blockNumber, 0, document()->blockCount() - 1));
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + std::clamp(offset, 0, block.length() - 1));
    setTextCursor(cursor);
}

} // namespace hearth
