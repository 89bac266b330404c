// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquetteexporter.h"

#include "netiquettedocument.h"
#include "netiquettelibrary.h"
#include "templatestore.h"

#include <QDir>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace hearth {

NetiquetteExporter::NetiquetteExporter(const Workspace &workspace)
    : m_workspace(workspace)
{ }

QString NetiquetteExporter::htmlFileName(const QString &language)
{
    return QStringLiteral("netiquette.%1.html").arg(language);
}

QString NetiquetteExporter::markdownFileName(const QString &language)
{
    return QStringLiteral("netiquette.%1.md").arg(language);
}

std::optional<QStringList> NetiquetteExporter::exportTo(const QString &folder)
{
    const std::optional<NetiquetteVersion> published = NetiquetteLibrary(m_workspace, 0).publishedVersion();
    if (!published) {
        m_error = tr("The netiquette has no published version yet; publish it before exporting.");
        return std::nullopt;
    }
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        m_error = tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    const auto cannotWrite = [this](const QSaveFile &file) {
        m_error = tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return std::nullopt;
    };
    std::vector<std::unique_ptr<QSaveFile>> files;
    QStringList written;
    for (const QString &language :
        TemplateStore::orderedLanguages(published->sourceLanguage, published->texts.keys())) {
        const NetiquetteDocument document = NetiquetteDocument::parse(published->texts.value(language));
        for (const auto &[name, content] : {std::pair {htmlFileName(language), document.standaloneHtml(language)},
                 std::pair {markdownFileName(language), document.publishedMarkdown()}}) {
            auto file = std::make_unique<QSaveFile>(dir.filePath(name));
            if (!file->open(QIODevice::WriteOnly) || file->write(content.toUtf8()) < 0)
                return cannotWrite(*file); // the files not committed yet are discarded
            written << file->fileName();
            files.push_back(std::move(file));
        }
    }
    for (const std::unique_ptr<QSaveFile> &file : files) {
        if (!file->commit())
            return cannotWrite(*file);
    }
    return written;
}

} // namespace hearth
