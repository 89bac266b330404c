// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditordialog.h"

#include "placeholders.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "texthighlighter.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <QVariant>

namespace hearth {

TemplateEditorDialog::TemplateEditorDialog(WorkspaceSession *session, std::optional<qint64> templateId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_templateId(templateId)
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_shortcut(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_crisis(new QCheckBox(tr("&Crisis template"), this))
    , m_sourceLanguage(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(templateId ? tr("Edit Template") : tr("New Template"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_category->setObjectName(QStringLiteral("editorCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_shortcut->setObjectName(QStringLiteral("editorShortcut"));
    m_tags->setObjectName(QStringLiteral("editorTags"));
    m_tags->setPlaceholderText(tr("comma separated"));
    m_crisis->setObjectName(QStringLiteral("editorCrisis"));
    m_sourceLanguage->setObjectName(QStringLiteral("editorSourceLanguage"));
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Shortcut:"), m_shortcut);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("S&ource language:"), m_sourceLanguage);
    form->addRow(QString(), m_crisis);

    auto *grid = new QGridLayout;
    const QStringList codes = languages();
    for (int column = 0; column < codes.size(); ++column) {
        const QString &code = codes.at(column);
        m_sourceLanguage->addItem(code, code);
        auto *label = new QLabel(code, this);
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(QStringLiteral("editorText_") + code);
        text->setTabChangesFocus(true);
        new TextHighlighter(text, TextHighlighter::Syntax::Template);
        label->setBuddy(text);
        auto *preview = new QLabel(this);
        preview->setObjectName(QStringLiteral("editorPreview_") + code);
        preview->setTextFormat(Qt::PlainText);
        preview->setWordWrap(true);
        preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        preview->setMinimumHeight(60);
        preview->setFrameShape(QFrame::StyledPanel);
        grid->addWidget(label, 0, column);
        grid->addWidget(text, 1, column);
        grid->addWidget(preview, 2, column);
        m_texts.insert(code, text);
        m_previews.insert(code, preview);
        connect(text, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::updatePreviews);
    }
    grid->setRowStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editorSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Texts by language, with a preview using sample values:"), this));
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_sampleValues.insert(Placeholders::authorName, QStringLiteral("Alex Example"));
    m_sampleValues.insert(Placeholders::authorFirstName, QStringLiteral("Alex"));
    m_sampleValues.insert(Placeholders::channelName, QStringLiteral("Demo"));
    m_sampleValues.insert(Placeholders::conversationLink, QStringLiteral("https://example.org/c/1"));
    if (m_session) {
        const QString agent = m_session->currentUser().name;
        m_sampleValues.insert(Placeholders::agentName, agent);
        m_sampleValues.insert(Placeholders::agentFirstName, Placeholders::firstName(agent));

        const TemplateStore store(m_session->workspace());
        const QList<TemplateSummary> all = store.templates();
        QStringList categories;
        for (const TemplateSummary &summary : all) {
            if (!summary.latest.category.isEmpty() && !categories.contains(summary.latest.category))
                categories << summary.latest.category;
        }
        categories.sort(Qt::CaseInsensitive);
        m_category->addItems(categories);
        m_category->setCurrentIndex(-1);
        m_category->setEditText(QString());
        if (m_templateId) {
            const QList<TemplateVersion> versions = store.versions(*m_templateId);
            if (!versions.isEmpty()) {
                const TemplateVersion &latest = versions.constLast();
                m_title->setText(latest.title);
                m_category->setEditText(latest.category);
                m_shortcut->setText(latest.shortcut);
                m_tags->setText(latest.tags.join(QLatin1String(", ")));
                m_crisis->setChecked(latest.crisis);
                const int source = m_sourceLanguage->findData(latest.sourceLanguage);
                if (source >= 0)
                    m_sourceLanguage->setCurrentIndex(source);
                for (const TemplateVariant &variant : latest.variants) {
                    if (QPlainTextEdit *text = m_texts.value(variant.language))
                        text->setPlainText(variant.body);
                }
            }
        }
    }
    updatePreviews();
    m_title->setFocus();
    resize(1100, 600);
}

QStringList TemplateEditorDialog::languages()
{
    return {
        QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("da"), QStringLiteral("pl")};
}

TemplateDraft TemplateEditorDialog::draft() const
{
    TemplateDraft content;
    content.title = m_title->text().trimmed();
    content.category = m_category->currentText().trimmed();
    content.shortcut = m_shortcut->text().trimmed();
    const QStringList tags = m_tags->text().split(QLatin1Char(','));
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty())
            content.tags << tag.trimmed();
    }
    content.crisis = m_crisis->isChecked();
    content.sourceLanguage = m_sourceLanguage->currentData().toString();
    const QStringList codes = languages();
    for (const QString &code : codes) {
        const QString body = m_texts.value(code)->toPlainText();
        if (!body.trimmed().isEmpty())
            content.variants.insert(code, body);
    }
    return content;
}

bool TemplateEditorDialog::save()
{
    if (!m_session)
        return false;
    TemplateLibrary library(m_session->workspace(), m_session->currentUser().id);
    const TemplateDraft content = draft();
    std::optional<qint64> written;
    if (m_templateId) {
        if (library.edit(*m_templateId, content))
            written = m_templateId;
    } else {
        written = library.create(content);
    }
    if (!written) {
        QStringList lines;
        if (!library.errorString().isEmpty())
            lines << library.errorString();
        const QList<TemplateProblem> problems = library.problems();
        for (const TemplateProblem &problem : problems) {
            const QString body = content.variants.value(problem.language);
            const QString before = body.left(problem.problem.position);
            const int line = int(before.count(QLatin1Char('\n'))) + 1;
            const int column = int(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
            lines << tr("%1, line %2, column %3: %4")
                         .arg(
                             problem.language, QString::number(line), QString::number(column), problem.problem.message);
        }
        showError(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_templateId = written;
    m_error->hide();
    emit saved(*written);
    return true;
}

void TemplateEditorDialog::updatePreviews()
{
    const Placeholders known = TemplateLibrary::placeholders();
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        const QString body = it.value()->toPlainText();
        QLabel *preview = m_previews.value(it.key());
        if (body.trimmed().isEmpty()) {
            preview->clear();
            continue;
        }
        QString text = Placeholders::render(body, m_sampleValues);
        const QList<PlaceholderProblem> problems = known.validate(body);
        if (!problems.isEmpty())
            text += QLatin1String("\n\n") + problems.constFirst().message;
        preview->setText(text);
    }
}

void TemplateEditorDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace hearth
