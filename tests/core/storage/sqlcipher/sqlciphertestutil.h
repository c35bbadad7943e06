// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the QSQLCIPHER tests (header-only, test code only).

#include "storage/sqlcipher/sqlcipherdriver.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

namespace sales::test {

using namespace Qt::StringLiterals;

// 64 lower-case hex digits of 32 fresh random bytes; rawKey receives the bytes.
inline QString randomHexKey(QByteArray *rawKey = nullptr)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    if (rawKey)
        *rawKey = bytes;
    return QString::fromLatin1(bytes.toHex());
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// One named QSQLCIPHER connection, removed again when it goes out of scope.
// Declare QSqlQuery/model objects after it so they are destroyed first.
class Connection
{
public:
    Connection(const QString &path, const QString &key,
               const QString &options = u"QSQLCIPHER_CREATE"_s)
        : m_name(u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        registerSqlCipherDriver();
        db = QSqlDatabase::addDatabase(QString(SqlCipherDriverName), m_name);
        db.setDatabaseName(path);
        db.setPassword(key);
        db.setConnectOptions(options);
        m_opened = db.open();
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_opened; }
    QSqlError error() const { return db.lastError(); }

    QSqlDatabase db;

private:
    QString m_name;
    bool m_opened = false;
};

} // namespace sales::test
