// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowexport.h"

#include "outbox.h"
#include "protocol/entitycatalog.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales {

bool exportRows(QSqlDatabase db, QIODevice &out, QString *error, qint64 *rows)
{
    qint64 written = 0;
    auto done = [&](bool ok, const QString &why = {}) {
        if (rows)
            *rows = written;
        if (!ok && error)
            *error = why;
        return ok;
    };
    for (const protocol::EntitySpec &spec : protocol::entities()) {
        QStringList columns{u"id"_s};
        QList<bool> integer;
        for (const protocol::FieldSpec &f : spec.fields) {
            columns << f.name;
            integer << (f.type == protocol::FieldType::Integer);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // rowid order: the order rows were written in, stable between runs.
        if (!q.exec(u"SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY rowid"_s.arg(columns.join(u", "_s), spec.name)))
            return done(false, u"%1: %2"_s.arg(spec.name, q.lastError().text()));
        const QJsonValue entity(spec.name);
        while (q.next()) {
            QJsonObject f;
            for (qsizetype i = 0; i < spec.fields.size(); ++i)
                f.insert(spec.fields.at(i).name, Outbox::toJson(q.value(int(i) + 1), integer.at(i)));
            const QJsonObject line{{u"e"_s, entity}, {u"id"_s, q.value(0).toString()}, {u"f"_s, f}};
            QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
            bytes += '\n';
            if (out.write(bytes) != bytes.size())
                return done(false, u"cannot write: %1"_s.arg(out.errorString()));
            ++written;
        }
        if (q.lastError().isValid())
            return done(false, u"%1: %2"_s.arg(spec.name, q.lastError().text()));
    }
    return done(true);
}

} // namespace sales
