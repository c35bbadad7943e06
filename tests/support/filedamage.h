// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Damage made on a closed replica file, as a failing disk or a stray write would:
// a byte of a page flipped (its HMAC fails, so SQLCipher refuses the whole page).

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sales::test {

constexpr int kPageSize = 4096;

// Flips one byte (offset within the file); flipping it again restores it.
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    char c = 0;
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || !f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(char(c ^ 0x01));
}

// Flips one byte in each of the pages [from, to) (1-based page numbers).
inline bool flipPages(const QString &path, int from, int to, int atByte = kPageSize / 2)
{
    for (int page = from; page < to; ++page) {
        if (!flipByte(path, qint64(page - 1) * kPageSize + atByte))
            return false;
    }
    return true;
}

// The root page of a table or index (0 when there is none).
inline int rootPage(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

inline int pageCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA page_count")) && q.next() ? q.value(0).toInt() : 0;
}

// Writes the WAL back into the file, so what follows edits the file alone.
inline bool checkpoint(const QSqlDatabase &db)
{
    return QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace sales::test
