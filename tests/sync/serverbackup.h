// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A backup of a stopped sales-server, put back later as an administrator would
// after losing the newer data: a copy of its data folder (server.json, the
// certificate and key, the SQLite file) and, on PostgreSQL, of its database
// (CREATE DATABASE ... TEMPLATE, which needs the server stopped). restore()
// replaces the data folder with the copy; on PostgreSQL the copy's server.json
// names a fresh clone of the backup database, so one backup can be restored
// more than once.

#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace sales::test {

class ServerBackup
{
public:
    bool take(const ServerProcess &server, QString *error)
    {
        if (server.running())
            return fail(error, u"stop the server first"_s);
        if (!copyFiles(server.dataDir(), m_dir.path(), error))
            return false;
        if (!ServerProcess::postgres())
            return true;
        m_database = u"%1_backup"_s.arg(storage(m_dir.path()).value(u"database"_s).toString());
        return cloneDatabase(storage(m_dir.path()).value(u"database"_s).toString(), m_database, error)
            && pointAt(m_dir.path(), m_database, error);
    }

    bool restore(const ServerProcess &server, QString *error)
    {
        if (server.running())
            return fail(error, u"stop the server first"_s);
        QDir data(server.dataDir());
        for (const QString &name : data.entryList(QDir::Files | QDir::Hidden))
            if (!data.remove(name))
                return fail(error, u"cannot remove "_s + name);
        if (!copyFiles(m_dir.path(), server.dataDir(), error))
            return false;
        if (!ServerProcess::postgres())
            return true;
        const QString restored = u"%1_%2"_s.arg(m_database).arg(++m_restores);
        return cloneDatabase(m_database, restored, error) && pointAt(server.dataDir(), restored, error);
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }
    static bool copyFiles(const QString &from, const QString &to, QString *error)
    {
        const QDir source(from);
        for (const QString &name : source.entryList(QDir::Files | QDir::Hidden)) {
            QFile::remove(to + u'/' + name);
            if (!QFile::copy(source.filePath(name), to + u'/' + name))
                return fail(error, u"cannot copy "_s + name);
        }
        return true;
    }
    static QJsonObject config(const QString &dir)
    {
        QFile f(dir + u"/server.json"_s);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    static QJsonObject storage(const QString &dir) { return config(dir).value(u"storage"_s).toObject(); }
    static bool pointAt(const QString &dir, const QString &database, QString *error)
    {
        QJsonObject c = config(dir);
        QJsonObject s = c.value(u"storage"_s).toObject();
        s.insert(u"database"_s, database);
        c.insert(u"storage"_s, s);
        QFile f(dir + u"/server.json"_s);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(c).toJson()) <= 0)
            return fail(error, u"cannot write server.json"_s);
        return true;
    }
    bool cloneDatabase(const QString &from, const QString &to, QString *error) const
    {
        const QJsonObject s = storage(m_dir.path());
        QProcess p;
        p.start(u"psql"_s, {u"-h"_s, s.value(u"host"_s).toString(), u"-p"_s, QString::number(s.value(u"port"_s).toInt()),
                             u"-U"_s, u"postgres"_s, u"-d"_s, u"postgres"_s, u"-qc"_s,
                             u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(to, from)});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(error, u"CREATE DATABASE %1 TEMPLATE %2: %3"_s.arg(to, from, QString::fromUtf8(p.readAllStandardError())));
        return true;
    }

    QTemporaryDir m_dir;
    QString m_database; // PostgreSQL: the backup's own database, never served
    int m_restores = 0;
};

} // namespace sales::test
