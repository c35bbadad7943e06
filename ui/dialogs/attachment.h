// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/blobstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace sales {

// A file the rep attached in a dialog, read into memory so the caller can store
// it as an encrypted blob. sourcePath is kept only so a draft can find it again.
struct Attachment
{
    QString fileName;
    QByteArray data;
    QString mimeType;
    QString sourcePath;

    bool isImage() const { return mimeType.startsWith(QStringLiteral("image/")); }
    bool isPdf() const { return mimeType == QStringLiteral("application/pdf"); }
};

// Larger files are refused before they are read: the replica's blob store takes no more.
inline constexpr qint64 kMaxAttachmentBytes = BlobStore::MaxBytes;

// Reads a local file; on failure *error (if given) holds a Chinese sentence naming the file.
std::optional<Attachment> loadAttachment(const QString &path, QString *error,
                                         qint64 maxBytes = kMaxAttachmentBytes);

// The local files in a drag (file-manager drops); empty when it carries none.
QStringList localFilePaths(const QMimeData *mime);

// "1.5 MB", "320 KB": sizes as shown next to a file name.
QString attachmentSizeText(qint64 bytes);

// Drafts keep where the file was, never its bytes: re-read on restore.
QJsonObject attachmentToDraft(const Attachment &attachment);
QString attachmentPathFromDraft(const QJsonObject &json);
QString attachmentNameFromDraft(const QJsonObject &json);

} // namespace sales
