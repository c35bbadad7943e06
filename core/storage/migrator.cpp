// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

// version -> file path, from file names such as 0002_evidence_blobs.sql
QMap<int, QString> migrationFiles(const QString &dir)
{
    QMap<int, QString> files;
    const QStringList names = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir + u'/' + name);
    }
    return files;
}

} // namespace

int Migrator::latestVersion()
{
    const auto files = migrationFiles(u":/sales/migrations"_s);
    return files.isEmpty() ? 0 : files.lastKey();
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        pending += line + u'\n';
        // sqlite3_complete knows about string literals, comments and CREATE TRIGGER ... END;
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            pending.clear();
        }
    }
    // A tail that is only comments or whitespace is fine; anything else is a bad script.
    QString tail;
    for (const QString &line : pending.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u"--"_s))
            tail += t;
    }
    if (!tail.isEmpty())
        statements.append(pending.trimmed()); // executing it reports the syntax error
    return statements;
}

bool Migrator::migrate(int targetVersion)
{
    const auto files = migrationFiles(m_dir);
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = currentVersion();
    if (current < 0) {
        m_errorText = tr("无法读取数据库结构版本：%1").arg(m_db.lastError().text());
        return false;
    }
    if (current > latest) {
        m_errorText = tr("此数据库由更新版本的客户端创建（结构版本 %1，本程序支持到 %2），请升级客户端。")
                          .arg(current)
                          .arg(latest);
        return false;
    }
    for (int v = current + 1; v <= targetVersion; ++v) {
        if (!files.contains(v)) {
            m_errorText = tr("缺少第 %1 版数据库迁移脚本").arg(v);
            return false;
        }
        if (!apply(v, files.value(v)))
            return false;
    }
    return true;
}

bool Migrator::apply(int version, const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorText = tr("无法读取迁移脚本 %1").arg(resourcePath);
        return false;
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    if (!m_db.transaction()) {
        m_errorText = tr("无法开始迁移事务：%1").arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            m_errorText = tr("数据库迁移 %1 失败：%2").arg(QFileInfo(resourcePath).fileName(), q.lastError().text());
            q.finish();
            m_db.rollback();
            qCWarning(lcStorage) << "migration" << version << "failed:" << q.lastError().text();
            return false;
        }
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !m_db.commit()) {
        m_errorText = tr("数据库迁移 %1 无法提交：%2").arg(version).arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    qCInfo(lcStorage) << "migrated replica schema to version" << version;
    return true;
}

} // namespace sales
