// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace sales::test {

// The forms a leaked secret would take in a file.
inline QList<QByteArray> secretForms(const QByteArray &secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(), secret.toBase64(QByteArray::Base64UrlEncoding)};
}

// Files under the given roots (and single files) that contain any form of the secret.
inline QStringList filesContaining(const QStringList &paths, const QList<QByteArray> &needles, int *scanned = nullptr)
{
    QStringList files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir()) {
            QDirIterator it(p, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else if (QFile::exists(p)) {
            files << p;
        }
    }
    QStringList hits;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &n : needles) {
            if (!n.isEmpty() && bytes.contains(n)) {
                hits << f;
                break;
            }
        }
    }
    if (scanned)
        *scanned = int(files.size());
    return hits;
}

} // namespace sales::test
