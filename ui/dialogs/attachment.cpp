// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/attachment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<Attachment> loadAttachment(const QString &path, QString *error, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        setError(error,
                 QCoreApplication::translate("sales::Attachment", "找不到文件「%1」。").arg(info.fileName()));
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        setError(error, QCoreApplication::translate("sales::Attachment", "「%1」有 %2，超过 %3 的上限，无法添加。")
                            .arg(info.fileName(), attachmentSizeText(info.size()), attachmentSizeText(maxBytes)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QCoreApplication::translate("sales::Attachment", "无法读取「%1」：%2")
                            .arg(info.fileName(), file.errorString()));
        return std::nullopt;
    }
    Attachment attachment;
    attachment.data = file.readAll();
    attachment.fileName = info.fileName();
    attachment.sourcePath = info.absoluteFilePath();
    attachment.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, attachment.data).name();
    return attachment;
}

QStringList localFilePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString attachmentSizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1024 * 1024)
        return locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
    if (bytes >= 1024)
        return locale.toString((bytes + 1023) / 1024) + u" KB"_s;
    return locale.toString(bytes) + u" B"_s;
}

QJsonObject attachmentToDraft(const Attachment &attachment)
{
    return {{u"name"_s, attachment.fileName}, {u"path"_s, attachment.sourcePath}};
}

QString attachmentPathFromDraft(const QJsonObject &json)
{
    return json.value(u"path"_s).toString();
}

QString attachmentNameFromDraft(const QJsonObject &json)
{
    return json.value(u"name"_s).toString();
}

} // namespace sales
