// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditordialog.h"

#include "netiquettelibrary.h"
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
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QVariant>

#include <memory>

namespace hearth {

namespace {
constexpr int minimumColumnWidth = 220;
}

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
    , m_columns(new QGridLayout)
    , m_languageColumns(new QScrollArea(this))
    , m_addLanguage(new QPushButton(tr("Add &Language…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(templateId ? tr("Edit Template") : tr("New Template"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_category->setObjectName(QStringLiteral("editorCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_shortcut->setObjectName(QStringLiteral("editorShortcut"));
    m_shortcut->setPlaceholderText(tr("typed as ::name or /name in a reply"));
    m_tags->setObjectName(QStringLiteral("editorTags"));
    m_tags->setPlaceholderText(tr("comma separated"));
    m_crisis->setObjectName(QStringLiteral("editorCrisis"));
    m_sourceLanguage->setObjectName(QStringLiteral("editorSourceLanguage"));
    m_sourceLanguage->setToolTip(tr("The language the others are translated from: when its text changes, "
                                    "the other languages are marked out of date."));
    m_addLanguage->setObjectName(QStringLiteral("editorAddLanguage"));
    m_addLanguage->setAutoDefault(false);
    m_addLanguage->setToolTip(tr("Adds a text in another language, by its code such as “es” or “pt-BR”."));
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Categor&y:"), m_category);
    form->addRow(tr("S&hortcut:"), m_shortcut);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("S&ource language:"), m_sourceLanguage);
    form->addRow(QString(), m_crisis);
    setTabOrder(m_sourceLanguage, m_crisis);

    // The columns scroll sideways once more languages are added than fit.
    auto *columns = new QWidget(this);
    columns->setLayout(m_columns);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setRowStretch(1, 1);
    m_languageColumns->setObjectName(QStringLiteral("editorLanguages"));
    m_languageColumns->setWidget(columns);
    m_languageColumns->setWidgetResizable(true);
    m_languageColumns->setFrameShape(QFrame::NoFrame);
    m_languageColumns->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QStringList codes = languages();
    for (const QString &code : codes)
        addLanguageColumn(code);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editorSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addLanguage, &QPushButton::clicked, this, &TemplateEditorDialog::askForLanguage);

    auto *textsHeading = new QHBoxLayout;
    textsHeading->addWidget(new QLabel(tr("Texts by language, with a preview using sample values:"), this), 1);
    textsHeading->addWidget(m_addLanguage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(textsHeading);
    layout->addWidget(m_languageColumns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_sampleValues.insert(Placeholders::authorName, tr("Alex Example", "sample author's full name in the preview"));
    m_sampleValues.insert(Placeholders::authorFirstName, tr("Alex", "sample author's first name in the preview"));
    m_sampleValues.insert(Placeholders::channelName, tr("Demo", "sample channel name in the preview"));
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
        if (m_templateId)
            load(*m_templateId);
    }
    updatePreviews();
    m_title->setFocus();
    resize(1200, 640);
}

void TemplateEditorDialog::load(qint64 templateId)
{
    const QList<TemplateVersion> versions = TemplateStore(m_session->workspace()).versions(templateId);
    if (versions.isEmpty())
        return;
    const TemplateVersion &latest = versions.constLast();
    m_title->setText(latest.title);
    m_category->setEditText(latest.category);
    m_shortcut->setText(latest.shortcut);
    m_tags->setText(latest.tags.join(QLatin1String(", ")));
    m_crisis->setChecked(latest.crisis);
    for (const TemplateVariant &variant : latest.variants) {
        if (!m_texts.contains(variant.language))
            addLanguageColumn(variant.language);
        m_texts.value(variant.language)->setPlainText(variant.body);
        if (variant.outOfDate) {
            auto *label = findChild<QLabel *>(QStringLiteral("editorLanguage_") + variant.language);
            label->setText(tr("%1 (out of date)").arg(variant.language));
            label->setToolTip(tr("The source text changed after this translation was written: update it."));
        }
    }
    const int source = m_sourceLanguage->findData(latest.sourceLanguage);
    if (source >= 0)
        m_sourceLanguage->setCurrentIndex(source);
}

void TemplateEditorDialog::addLanguageColumn(const QString &code)
{
    const int column = int(m_languages.size());
    auto *label = new QLabel(code, this);
    label->setObjectName(QStringLiteral("editorLanguage_") + code);
    label->setToolTip(QLocale::languageToString(QLocale(code).language()));
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("editorText_") + code);
    text->setTabChangesFocus(true);
    text->setMinimumWidth(minimumColumnWidth);
    new TextHighlighter(text, TextHighlighter::Syntax::Template);
    label->setBuddy(text);
    auto *preview = new QLabel(this);
    preview->setObjectName(QStringLiteral("editorPreview_") + code);
    preview->setTextFormat(Qt::PlainText);
    preview->setWordWrap(true);
    preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    preview->setMinimumHeight(60);
    preview->setFrameShape(QFrame::StyledPanel);
    m_columns->addWidget(label, 0, column);
    m_columns->addWidget(text, 1, column);
    m_columns->addWidget(preview, 2, column);
    // Shown now, not when the layout gets to it, so that a language just added takes the focus.
    for (QWidget *widget : std::initializer_list<QWidget *> {label, text, preview})
        widget->show();
    // Tab goes from one language's text to the next, also to those added later.
    setTabOrder(
        m_languages.isEmpty() ? static_cast<QWidget *>(m_crisis) : m_texts.value(m_languages.constLast()), text);
    setTabOrder(text, m_addLanguage);
    m_languages << code;
    m_texts.insert(code, text);
    m_previews.insert(code, preview);
    m_sourceLanguage->addItem(code, code);
    connect(text, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::updatePreviews);
}

bool TemplateEditorDialog::addLanguage(const QString &typed)
{
    const QString code = TemplateStore::normalizedLanguageCode(typed);
    if (code.isEmpty()) {
        showError(
            tr("“%1” is not a language code. Type a code such as “es”, “pt-BR” or “zh-Hant”.").arg(typed.trimmed()));
        return false;
    }
    showError(QString());
    if (!m_texts.contains(code))
        addLanguageColumn(code);
    QPlainTextEdit *text = m_texts.value(code);
    scrollTo(text);
    // A new column is laid out later; scrolled to once the columns have grown.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_languageColumns->horizontalScrollBar(), &QScrollBar::rangeChanged, text, [this, text, once] {
        disconnect(*once);
        scrollTo(text);
    });
    text->setFocus();
    return true;
}

void TemplateEditorDialog::scrollTo(QWidget *column)
{
    // The whole column, not just its text cursor (which ensureWidgetVisible would show).
    const QRect area(column->mapTo(m_languageColumns->widget(), QPoint(0, 0)), column->size());
    m_languageColumns->ensureVisible(area.center().x(), area.center().y(), area.width() / 2 + 8, area.height() / 2);
}

void TemplateEditorDialog::askForLanguage()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addLanguageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Language"));
    dialog->setLabelText(tr("Language code, such as “es”, “pt-BR” or “zh-Hant”:"));
    dialog->setOkButtonText(tr("Add"));
    connect(dialog, &QInputDialog::textValueSelected, this, &TemplateEditorDialog::addLanguage);
    dialog->open();
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
    for (const QString &code : m_languages) {
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
        QHash<QString, QString> values = m_sampleValues;
        const QString rulePrefix = Placeholders::rulePrefix + QLatin1Char('.');
        const QList<PlaceholderUse> uses = Placeholders::uses(body);
        for (const PlaceholderUse &use : uses) {
            if (!use.name.startsWith(rulePrefix) || values.contains(use.name))
                continue;
            if (m_session && !m_ruleSamples.contains(it.key())) {
                m_ruleSamples.insert(it.key(),
                    NetiquetteLibrary(m_session->workspace(), m_session->currentUser().id).placeholderValues(it.key()));
            }
            const QString cited = m_ruleSamples.value(it.key()).value(use.name);
            // A rule the netiquette does not have (yet): saving says so; the preview shows where.
            values.insert(use.name,
                cited.isEmpty()
                    ? tr("Rule %1: …", "sample rule citation in the preview").arg(use.name.mid(rulePrefix.size()))
                    : cited);
        }
        QString text = Placeholders::render(body, values);
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
