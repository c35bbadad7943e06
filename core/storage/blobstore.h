// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sales {

class Clock;

// Evidence files, stored inside the encrypted replica under their SHA-256, so the
// same file is stored once and nothing of a customer's lies outside the encrypted file.
class BlobStore final
{
    Q_DECLARE_TR_FUNCTIONS(sales::BlobStore)

public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    BlobStore(QSqlDatabase db, const Clock &clock);

    // Returns the content address (64 lower-case hex), or an empty string on error.
    QString put(const QByteArray &data, const QString &mimeType);
    std::optional<QByteArray> get(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // The stored size, without reading the content; none when the blob is not here.
    std::optional<qint64> sizeOf(const QString &sha256) const;
    QString errorText() const { return m_errorText; }
    // The last failed read failed because the replica file is damaged.
    bool isDamaged() const { return m_damaged; }

    static QString addressOf(const QByteArray &data);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    mutable QString m_errorText;
    mutable bool m_damaged = false;
};

} // namespace sales
