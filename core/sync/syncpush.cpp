// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the push half (the outbox to the server, files first).
#include "syncengine.h"

#include "blobtransfer.h"
#include "clock.h"
#include "outbox.h"
#include "protocol/entitycatalog.h"
#include "rowapplier.h"
#include "storage/transaction.h"
#include "syncclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
QString blobOf(const OutboxOp &op)
{
    const protocol::EntitySpec *spec = protocol::entity(op.entity);
    return spec && !spec->blobField.isEmpty() ? op.fields.value(spec->blobField).toString() : QString();
}

QString rowKey(const OutboxOp &op) { return op.entity + u'\n' + op.rowId; }
} // namespace

SyncReport SyncEngine::push()
{
    SyncReport report;
    // A rejected new row is removed locally even if children of it exist (they
    // are rejected too and kept as records); see pull() for why FKs are off here.
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = OFF"_s);
    auto restore = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = ON"_s); });
    Outbox outbox(m_db);
    QString error;
    if (!outbox.seal(&error)) {
        report.error = tr("无法整理待上传的修改：%1").arg(error);
        report.damaged = outbox.isDamaged();
        return report;
    }
    BlobTransfer blobs(m_db, m_clock, m_client);
    // Ops naming a file the server refused stay in the outbox, and so do the
    // later ops of their rows (which build on them); every other op goes.
    QSet<QString> refused;
    QSet<QString> heldRows;
    QStringList heldFiles; // refused files that held an op back, in order
    qint64 after = 0;
    for (;;) {
        const QList<OutboxOp> batch = outbox.ops(m_pushBatch, after, &error);
        if (!error.isEmpty()) {
            report.error = tr("无法读取待上传的修改：%1").arg(error);
            report.damaged = outbox.isDamaged();
            return report;
        }
        if (batch.isEmpty())
            break;
        after = batch.last().seq;
        QStringList shas;
        for (const OutboxOp &op : batch) {
            const QString sha = blobOf(op);
            if (!sha.isEmpty() && !heldRows.contains(rowKey(op)) && !refused.contains(sha))
                shas << sha;
        }
        shas.removeDuplicates();
        HttpResult failure;
        if (!blobs.upload(shas, &refused, &failure)) {
            failFrom(failure, report);
            return report;
        }
        QList<OutboxOp> ops;
        QJsonArray body;
        for (const OutboxOp &op : batch) {
            const QString sha = blobOf(op);
            if (heldRows.contains(rowKey(op)) || (!sha.isEmpty() && refused.contains(sha))) {
                heldRows.insert(rowKey(op));
                if (!sha.isEmpty() && refused.contains(sha) && !heldFiles.contains(sha))
                    heldFiles << sha;
                ++report.held;
                continue;
            }
            ops << op;
            body.append(op.toJson());
        }
        if (ops.isEmpty())
            continue;
        const HttpResult r = m_client.post(u"/api/v1/sync/push"_s,
                                           QJsonDocument(QJsonObject{{u"ops"_s, body}}).toJson(QJsonDocument::Compact));
        if (!r.ok()) {
            failFrom(r, report);
            return report;
        }
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        Transaction tx(m_db);
        RowApplier rows(m_db);
        if (!rows.loadPending()) { // the server's answers would overwrite edits it has not seen
            report.error = tr("无法读取本地修改：%1").arg(rows.errorText());
            report.damaged = rows.isDamaged();
            return report;
        }
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        bool stop = false;
        for (qsizetype i = 0; i < ops.size() && i < results.size() && !stop; ++i) {
            const OutboxOp &op = ops.at(i);
            const QJsonObject res = results.at(i).toObject();
            const QString status = res.value(u"status"_s).toString();
            const QJsonObject row = res.value(u"row"_s).toObject();
            if (status == u"error"_s || res.value(u"op"_s).toString() != op.opId) {
                outbox.noteFailure(op.opId, res.value(u"message"_s).toString());
                report.error = tr("服务器暂时无法保存修改：%1").arg(res.value(u"message"_s).toString());
                stop = true;
                break;
            }
            if (status == u"merged"_s) {
                for (const QJsonValue &c : res.value(u"conflicts"_s).toArray()) {
                    const QJsonObject o = c.toObject();
                    rows.addConflict({0, ConflictRecord::Kind::Conflict, op.entity, op.rowId, o.value(u"field"_s).toString(),
                                      o.value(u"mine"_s), o.value(u"server"_s), o.value(u"base"_s), {}, {}, {}},
                                     now);
                    ++report.conflicts;
                }
            }
            if (status == u"rejected"_s) {
                ++report.rejected;
                const QString code = res.value(u"code"_s).toString();
                const QString message = res.value(u"message"_s).toString();
                const QJsonObject server = row.value(u"f"_s).toObject();
                if (op.isNew && row.isEmpty()) {
                    rows.addConflict({0, ConflictRecord::Kind::Rejected, op.entity, op.rowId, u"*"_s, op.fields,
                                      QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined),
                                      code, message, {}},
                                     now);
                    rows.remove(op.entity, op.rowId, now);
                } else {
                    for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it)
                        rows.addConflict({0, ConflictRecord::Kind::Rejected, op.entity, op.rowId, it.key(), it.value(),
                                          server.value(it.key()), op.bases.value(it.key()), code, message, {}},
                                         now);
                }
            } else {
                ++report.pushed;
            }
            if (!row.isEmpty())
                rows.apply(op.entity, op.rowId, row.value(u"rev"_s).toInteger(), row.value(u"f"_s).toObject());
            outbox.remove(op.opId);
        }
        if (!tx.commit()) {
            report.error = m_db.lastError().text();
            return report;
        }
        if (stop)
            return report;
    }
    for (const QString &sha : std::as_const(heldFiles))
        report.heldFiles << blobs.refusalInWords(sha);
    report.ok = true;
    return report;
}

} // namespace sales
