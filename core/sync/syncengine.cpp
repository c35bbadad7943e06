// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "clock.h"
#include "outbox.h"
#include "protocol/entitycatalog.h"
#include "rowapplier.h"
#include "pullpage.h"
#include "storage/indexsuspension.h"
#include "storage/leadsearchbatch.h"
#include "storage/localstate.h"
#include "storage/transaction.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
QString errorInWords(const HttpResult &r)
{
    if (r.status == 0)
        return r.networkError;
    const QString message = r.errorMessage();
    return u"服务器拒绝了请求（%1 %2）%3"_s.arg(r.status).arg(r.errorCode(), message.isEmpty() ? QString() : u"：%1"_s.arg(message));
}

constexpr qint64 kPullCacheKiB = -512 * 1024; // PRAGMA cache_size: negative is KiB
constexpr qsizetype kSearchBatchRows = 200;     // smaller pages keep the triggers
// Longest a pull transaction stays open. Each commit encrypts and writes every
// page it changed, and rows with random UUID keys change pages all over every
// index: at 2M rows a commit per 400 ms gave 54k rows/s, one per second 75k.
// Another connection's write waits at most this long.
constexpr qint64 kCommitMs = 1000;
// WAL pages before a checkpoint while a pull runs (SQLite's default: 1000): fewer
// checkpoints, each copying and syncing the pages, during a long first sync.
constexpr int kPullCheckpointPages = 16384;

// The value of a PRAGMA that answers one number, or fallback.
qint64 pragmaValue(const QSqlDatabase &db, const QString &name, qint64 fallback)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : fallback;
}

QStringList blobsOf(const QString &entity, const QJsonObject &fields)
{
    const protocol::EntitySpec *spec = protocol::entity(entity);
    if (!spec || spec->blobField.isEmpty())
        return {};
    const QString sha = fields.value(spec->blobField).toString();
    return sha.isEmpty() ? QStringList() : QStringList{sha};
}
} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, const Clock &clock, SyncClient &client)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_client(client)
{
}

bool SyncEngine::failFrom(const HttpResult &r, SyncReport &report)
{
    report.ok = false;
    report.error = errorInWords(r);
    report.network = r.status == 0 && !r.pinRefused;
    report.pinRefused = r.pinRefused;
    report.authFailed = r.status == 401;
    return false;
}

SyncReport SyncEngine::run()
{
    SyncReport report = push();
    if (!report.ok)
        return report;
    const SyncReport pulled = pull();
    report.ok = pulled.ok;
    report.error = pulled.error;
    report.network = pulled.network;
    report.authFailed = pulled.authFailed;
    report.pinRefused = pulled.pinRefused;
    report.pulled = pulled.pulled;
    report.removed = pulled.removed;
    report.cursor = pulled.cursor;
    if (report.ok)
        LocalState(m_db).setValue(kLastSyncKey, QString::number(m_clock.now().toMSecsSinceEpoch()));
    return report;
}

bool SyncEngine::uploadBlobs(const QStringList &shas, SyncReport &report)
{
    if (shas.isEmpty())
        return true;
    const QByteArray ask = QJsonDocument(QJsonObject{{u"sha256"_s, QJsonArray::fromStringList(shas)}}).toJson(QJsonDocument::Compact);
    const HttpResult missing = m_client.post(u"/api/v1/blobs/missing"_s, ask);
    if (!missing.ok())
        return failFrom(missing, report);
    for (const QJsonValue &v : missing.json().value(u"missing"_s).toArray()) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT data FROM blob WHERE sha256 = ?"_s);
        q.addBindValue(v.toString());
        if (!q.exec() || !q.next())
            continue; // the op will be rejected with missing_blob and say so
        const HttpResult put = m_client.put(u"/api/v1/blobs/"_s + v.toString(), q.value(0).toByteArray());
        if (!put.ok())
            return failFrom(put, report);
    }
    return true;
}

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
        report.error = u"无法整理待上传的修改：%1"_s.arg(error);
        return report;
    }
    for (;;) {
        const QList<OutboxOp> ops = outbox.ops(m_pushBatch);
        if (ops.isEmpty())
            break;
        QStringList shas;
        QJsonArray body;
        for (const OutboxOp &op : ops) {
            shas << blobsOf(op.entity, op.fields);
            body.append(op.toJson());
        }
        shas.removeDuplicates();
        if (!uploadBlobs(shas, report))
            return report;
        const HttpResult r = m_client.post(u"/api/v1/sync/push"_s,
                                           QJsonDocument(QJsonObject{{u"ops"_s, body}}).toJson(QJsonDocument::Compact));
        if (!r.ok()) {
            failFrom(r, report);
            return report;
        }
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        Transaction tx(m_db);
        RowApplier rows(m_db);
        rows.loadPending();
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        bool stop = false;
        for (qsizetype i = 0; i < ops.size() && i < results.size() && !stop; ++i) {
            const OutboxOp &op = ops.at(i);
            const QJsonObject res = results.at(i).toObject();
            const QString status = res.value(u"status"_s).toString();
            const QJsonObject row = res.value(u"row"_s).toObject();
            if (status == u"error"_s || res.value(u"op"_s).toString() != op.opId) {
                outbox.noteFailure(op.opId, res.value(u"message"_s).toString());
                report.error = u"服务器暂时无法保存修改：%1"_s.arg(res.value(u"message"_s).toString());
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
    report.ok = true;
    return report;
}

QStringList SyncEngine::missingBlobs(const QStringList &shas) const
{
    QStringList missing;
    for (const QString &sha : shas) {
        QSqlQuery have(m_db);
        have.prepare(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
        have.addBindValue(sha);
        if (!(have.exec() && have.next()))
            missing << sha;
    }
    return missing;
}

bool SyncEngine::fetchBlobs(const QStringList &shas, SyncReport &report)
{
    for (const QString &sha : shas) {
        const HttpResult r = m_client.get(u"/api/v1/blobs/"_s + sha);
        if (r.status == 404 || r.status == 403)
            continue; // the row still arrives; its file shows as missing
        if (!r.ok())
            return failFrom(r, report);
        if (QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()) != sha)
            continue; // damaged in transit: not stored
        QSqlQuery q(m_db);
        q.prepare(u"INSERT OR IGNORE INTO blob (sha256, size, mime_type, data, created_at) VALUES (?, ?, NULL, ?, ?)"_s);
        q.addBindValue(sha);
        q.addBindValue(qint64(r.body.size()));
        q.addBindValue(r.body);
        q.addBindValue(m_clock.now().toMSecsSinceEpoch());
        q.exec();
    }
    return true;
}

SyncReport SyncEngine::pull()
{
    SyncReport report;
    LocalState state(m_db);
    qint64 cursor = state.value(kCursorKey).toLongLong();
    const qint64 startCursor = cursor;
    report.cursor = cursor;
    // Server rows may arrive before the rows they refer to (revs follow the last
    // change, not creation); the server is authoritative, so foreign keys are
    // not enforced while pages are applied.
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = OFF"_s);
    // A first sync inserts rows with random UUID keys all over every index: with the
    // replica's usual cache a large workspace (1M rows) reads, decrypts and rewrites
    // the same index pages again and again. SQLite takes cache pages only as they are
    // needed and gives them back when the size is restored (as DemoGenerator does).
    const qint64 previousCache = pragmaValue(m_db, u"cache_size"_s, 0);
    const bool growCache = previousCache < 0 && previousCache > kPullCacheKiB;
    if (growCache)
        QSqlQuery(m_db).exec(u"PRAGMA cache_size = %1"_s.arg(kPullCacheKiB));
    const qint64 previousCheckpoint = pragmaValue(m_db, u"wal_autocheckpoint"_s, 1000);
    QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(kPullCheckpointPages));
    auto restore = qScopeGuard([this, growCache, previousCache, previousCheckpoint] {
        QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = ON"_s);
        if (growCache)
            QSqlQuery(m_db).exec(u"PRAGMA cache_size = %1"_s.arg(previousCache));
        QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(previousCheckpoint));
    });
    // The first page comes over the engine's own connection; when there are
    // more (a first sync, a long time offline), a second thread reads each next
    // page while this one writes the last into the replica.
    std::optional<PullPrefetcher> prefetch;
    PullPage page = PullPage::fetch(m_client, cursor, m_pageSize);
    // Pages are written in transactions of up to kCommitMs, each with the cursor
    // of its last page: fewer commits (each encrypts every page it changed) while
    // other connections wait at most that long to write.
    std::optional<Transaction> tx;
    std::optional<RowApplier> rows;
    std::optional<LeadSearchBatch> search;
    QElapsedTimer open;
    int pulledInTx = 0; // counted into the report once committed
    // A first sync of a large workspace (or the rest of one that stopped early).
    const bool suspendIndexes = IndexSuspension::isPending(m_db)
        || (m_suspendIndexesRevs > 0 && startCursor == 0 && page.ok && page.hasMore
            && page.latest - startCursor >= m_suspendIndexesRevs);
    const auto commit = [&](bool complete) -> bool {
        QString error;
        bool ok = search->finish();
        if (!ok)
            error = search->errorText();
        // The pull is complete: the indexes it suspended are built in its last transaction.
        if (ok && complete)
            ok = IndexSuspension::restore(m_db, &error);
        if (ok && !(state.setValue(kCursorKey, QString::number(cursor)) && tx->commit())) {
            ok = false;
            error = m_db.lastError().text();
        }
        if (ok) {
            report.removed += rows->removed();
            report.pulled += std::exchange(pulledInTx, 0);
            report.cursor = cursor;
        }
        search.reset();
        rows.reset();
        tx.reset(); // rolls back unless committed
        if (!ok)
            report.error = u"无法写入本地数据：%1"_s.arg(error);
        return ok;
    };
    for (;;) {
        if (!page.ok) {
            // What is written stays written; the retry starts after it.
            if (tx && !commit(false))
                return report;
            failFrom(page.failure, report);
            return report;
        }
        if (page.hasMore && !prefetch)
            prefetch.emplace(m_client, page.cursor, m_pageSize);
        // Files come over the network outside any transaction: a slow download
        // must not hold other connections' writes.
        const QStringList missing = missingBlobs(page.blobs);
        if (!missing.isEmpty() && tx && !commit(false))
            return report;
        if (!fetchBlobs(missing, report))
            return report;
        bool ok = true;
        if (!tx) {
            tx.emplace(m_db);
            rows.emplace(m_db);
            search.emplace(m_db);
            open.start();
            ok = tx->isActive() && rows->loadPending();
            // Many rows keep lead_search in a few statements after them instead
            // of by a trigger (and a statement journal) per row.
            if (ok && (page.hasMore || page.rows.size() >= kSearchBatchRows)) {
                ok = search->suspend();
                rows->setSearchBatch(&*search);
            }
            QString error;
            if (ok && suspendIndexes && !IndexSuspension::isPending(m_db)
                && !IndexSuspension::suspend(m_db, protocol::entityNames(), LeadSearchBatch::indexesRead(), &error)) {
                report.error = u"无法写入本地数据：%1"_s.arg(error);
                return report;
            }
        }
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        for (const ServerRow &row : std::as_const(page.rows)) {
            if (!ok)
                break;
            ok = row.removal ? rows->remove(row.entity, row.id, now) : rows->apply(row);
        }
        if (!ok) {
            report.error = u"无法写入本地数据：%1"_s.arg(rows->errorText().isEmpty() ? search->errorText() : rows->errorText());
            return report; // this transaction rolls back; the cursor stays before it
        }
        cursor = page.cursor;
        pulledInTx += page.changes;
        if (m_progress) {
            const qint64 span = page.latest - startCursor;
            const int percent = page.latest <= 0 ? -1
                : span <= 0 || !page.hasMore ? 100
                : int(std::clamp<qint64>(100 * (cursor - startCursor) / span, 0, 99));
            m_progress(report.pulled + pulledInTx, percent);
        }
        if ((!page.hasMore || open.elapsed() >= kCommitMs) && !commit(!page.hasMore))
            return report;
        if (!page.hasMore)
            break;
        PullPage next = prefetch->next();
        prefetch->recycle(std::move(page));
        page = std::move(next);
    }
    report.ok = true;
    return report;
}

} // namespace sales
