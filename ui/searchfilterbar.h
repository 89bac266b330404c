// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDate;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace hearth {

class Workspace;
struct SearchRequest;

// The search's filters: channel kind, account, status, assignee, tag, language and a date
// range, each "any" until chosen. Any change is announced so the search runs again.
class SearchFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchFilterBar(QWidget *parent = nullptr);

    // Offers the workspace's accounts, people, tags and languages; clears every filter.
    // nullptr: offers nothing.
    void setWorkspace(const Workspace *workspace);
    // Narrows the request by the filters chosen.
    void applyTo(SearchRequest *request) const;
    bool isFiltering() const;
    void clearFilters();

    QComboBox *channelKindBox() const { return m_kind; }
    QComboBox *accountBox() const { return m_account; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *languageBox() const { return m_language; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    // A date edit at this date means "any": it shows "Any" rather than a date.
    static QDate anyDate();

    QSize minimumSizeHint() const override;

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The filters in rows of this many; two when the bar is narrow, four when it is wide.
    void arrange(int columns);
    int pairWidth() const;
    void retranslateUi();
    void fillStatuses();
    void changed();

    bool m_filling = false;
    int m_columns = 0;
    QComboBox *m_kind;
    QComboBox *m_account;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QComboBox *m_tag;
    QComboBox *m_language;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QGridLayout *m_layout;
    QList<QLabel *> m_labels;
};

} // namespace hearth
