// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqlCipherDriver's schema side: tables(), record(), primaryIndex(), identifiers.
#include "sqlcipherdriver.h"

#include "logging.h"
#include "sqlcipherutil.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sales {

using sqlcipher::columnText;

namespace {

QString quoted(const QString &identifier)
{
    QString res = identifier;
    res.replace(u'"', "\"\""_L1);
    return u'"' + res + u'"';
}

// "schema"."table", schema.table or table → the unquoted parts.
QStringList splitQualifiedName(const QString &name)
{
    QStringList parts;
    QString current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'"') {
            if (inQuotes && i + 1 < name.size() && name.at(i + 1) == u'"') {
                current += c;
                ++i;
            } else {
                inQuotes = !inQuotes;
            }
        } else if (c == u'.' && !inQuotes) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

// Runs a read-only metadata statement and hands each row to rowFn.
template<typename RowFn>
int forEachRow(sqlite3 *db, const QString &sql, RowFn rowFn)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size() + 1), &stmt, nullptr);
    while (rc == SQLITE_OK) {
        const int step = sqlite3_step(stmt);
        if (step == SQLITE_ROW) {
            rowFn(stmt);
        } else {
            rc = step == SQLITE_DONE ? SQLITE_DONE : step;
        }
    }
    if (rc != SQLITE_DONE)
        qCWarning(lcStorage) << "SQLCipher metadata query failed:" << sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

struct SqlCipherDriver::ColumnInfo
{
    QString name;
    QByteArray declType;
    bool notNull = false;
    QVariant defaultValue;
    int pk = 0;
};

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << u"(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')"_s;
    if (type & QSql::Views)
        conditions << u"type = 'view'"_s;
    if (type & QSql::SystemTables) {
        conditions << u"(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')"_s;
        names << u"sqlite_master"_s;
    }
    if (conditions.isEmpty())
        return names;
    const QString sql = u"SELECT name FROM sqlite_master WHERE "_s + conditions.join(" OR "_L1)
            + u" ORDER BY name"_s;
    forEachRow(m_db, sql, [&names](sqlite3_stmt *stmt) { names << columnText(stmt, 0); });
    return names;
}

QList<SqlCipherDriver::ColumnInfo> SqlCipherDriver::tableInfo(const QString &tableName) const
{
    QList<ColumnInfo> columns;
    if (!m_db || tableName.isEmpty())
        return columns;
    const QStringList parts = splitQualifiedName(tableName);
    const QString schema = parts.size() > 1 ? quoted(parts.at(parts.size() - 2)) + u'.' : QString();
    const QString sql = u"PRAGMA "_s + schema + u"table_info("_s + quoted(parts.last()) + u')';
    forEachRow(m_db, sql, [&columns](sqlite3_stmt *stmt) {
        ColumnInfo info;
        info.name = columnText(stmt, 1);
        info.declType = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)),
                                   sqlite3_column_bytes(stmt, 2));
        info.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL) {
            QString def = columnText(stmt, 4);
            if (def.size() >= 2 && def.startsWith(u'\'') && def.endsWith(u'\''))
                def = def.mid(1, def.size() - 2).replace("''"_L1, "'"_L1);
            info.defaultValue = def;
        }
        info.pk = sqlite3_column_int(stmt, 5);
        columns.append(info);
    });
    return columns;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QList<ColumnInfo> columns = tableInfo(tableName);
    const auto pkCount = std::count_if(columns.cbegin(), columns.cend(),
                                       [](const ColumnInfo &c) { return c.pk > 0; });
    const QString table = splitQualifiedName(tableName).last();
    for (const ColumnInfo &c : columns) {
        QSqlField field(c.name, sqlcipher::metaTypeForDeclaredType(c.declType), table);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        if (c.defaultValue.isValid())
            field.setDefaultValue(c.defaultValue);
        // Only "INTEGER PRIMARY KEY" aliases the rowid (not "INT PRIMARY KEY").
        if (c.pk > 0 && pkCount == 1 && c.declType.toUpper() == "INTEGER")
            field.setAutoValue(true);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QList<ColumnInfo> columns = tableInfo(tableName);
    const QString table = splitQualifiedName(tableName).last();
    QSqlIndex index(table);
    std::stable_sort(columns.begin(), columns.end(),
                     [](const ColumnInfo &a, const ColumnInfo &b) { return a.pk < b.pk; });
    for (const ColumnInfo &c : std::as_const(columns)) {
        if (c.pk > 0) {
            index.append(QSqlField(c.name, sqlcipher::metaTypeForDeclaredType(c.declType), table));
        }
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(u'.')) {
        QStringList parts = identifier.split(u'.');
        for (QString &part : parts)
            part = quoted(part);
        return parts.join(u'.');
    }
    return quoted(identifier);
}

// Only used for SQL built without placeholders: SQLite wants X'..' blobs and 0/1.
QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (!field.isNull()) {
        switch (field.value().typeId()) {
        case QMetaType::QByteArray:
            return u"X'"_s + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
        case QMetaType::Bool:
            return field.value().toBool() ? u"1"_s : u"0"_s;
        default:
            break;
        }
    }
    return QSqlDriver::formatValue(field, trimStrings);
}

} // namespace sales
