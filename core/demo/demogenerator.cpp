// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demowriter.h"
#include "logging.h"
#include "storage/leadsearchbatch.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const auto CompleteKey = u"demo.complete"_s;
constexpr int LeadsPerTransaction = 2000;

// Tables in an order that deleting from them never breaks a foreign key.
const QStringList DemoTables{u"review_decision"_s, u"review_item"_s, u"script_pack"_s, u"stage_change"_s, u"activity"_s,     u"evidence_item"_s, u"blob"_s,
                             u"lead"_s,         u"contact"_s,      u"account"_s,       u"case_study"_s,
                             u"app_user"_s,     u"team"_s,         u"region"_s,        u"pipeline_template"_s,
                             u"pending_change"_s};

} // namespace

DemoOptions DemoOptions::benchmark(int leads)
{
    DemoOptions o;
    o.leads = leads;
    o.reps = std::max(40, leads / 125);
    o.backfillBursts = std::max(6, leads / 1000);
    return o;
}

struct DemoGenerator::State
{
    QSqlDatabase db;
    DemoOptions options;
    DemoSummary summary;
    QString error;
};

DemoGenerator::DemoGenerator(QSqlDatabase db, DemoOptions options) : d(std::make_unique<State>())
{
    d->db = std::move(db);
    d->options = std::move(options);
    if (!d->options.now.isValid())
        d->options.now = QDateTime::currentDateTimeUtc();
    d->options.now = QDateTime(d->options.now.date(), QTime(d->options.now.time().hour(), 0), Qt::UTC);
}

DemoGenerator::~DemoGenerator() = default;

DemoSummary DemoGenerator::summary() const
{
    return d->summary;
}

QString DemoGenerator::errorText() const
{
    return d->error;
}

bool DemoGenerator::isComplete(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM local_state WHERE key = ?"_s);
    q.addBindValue(CompleteKey);
    return q.exec() && q.next() && !q.value(0).toString().isEmpty();
}

bool DemoGenerator::signInAs(const QSqlDatabase &db, UserRole role, QString *error)
{
    QSqlQuery q(db);
    switch (role) {
    case UserRole::Supervisor:
        q.prepare(u"SELECT t.supervisor_id FROM review_item i JOIN lead l ON l.id = i.lead_id AND l.stage_key = i.stage_key "
                  "JOIN team t ON t.id = l.team_id WHERE i.deleted = 0 AND l.status = 'open' AND t.supervisor_id IS NOT NULL "
                  "GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1"_s);
        break;
    case UserRole::Rep:
        q.prepare(u"SELECT l.owner_id FROM review_item i JOIN lead l ON l.id = i.lead_id AND l.stage_key = i.stage_key "
                  "JOIN app_user u ON u.id = l.owner_id AND u.role = 'rep' WHERE i.deleted = 0 "
                  "GROUP BY l.owner_id ORDER BY count(*) DESC, l.owner_id LIMIT 1"_s);
        break;
    case UserRole::Manager:
    case UserRole::Admin:
        q.prepare(u"SELECT id FROM app_user WHERE role = ? AND deleted = 0 ORDER BY name, id LIMIT 1"_s);
        q.addBindValue(role == UserRole::Manager ? u"manager"_s : u"admin"_s);
        break;
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : tr("演示工作区中没有这种角色的用户");
        return false;
    }
    const QString userId = q.value(0).toString();
    QSqlQuery set(db);
    set.prepare(u"INSERT OR REPLACE INTO local_state (key, value) VALUES ('session.user_id', ?)"_s);
    set.addBindValue(userId);
    if (!set.exec()) {
        *error = set.lastError().text();
        return false;
    }
    return true;
}

bool DemoGenerator::run(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto failed = [this](const QString &what) {
        d->error = tr("生成演示数据失败：%1").arg(what);
        qCWarning(lcDemo) << d->error;
        return false;
    };
    const demo::Vocabulary words = demo::Vocabulary::load();
    if (words.industries.isEmpty() || words.regions.isEmpty())
        return failed(tr("缺少演示数据词表资源"));
    const PipelineTemplate pipeline = defaultPipelineTemplate();
    if (pipeline.stages.isEmpty())
        return failed(tr("缺少默认流程模板"));

    // A run cut short (crash, cancel) left partial data: start over from empty.
    {
        Transaction tx(d->db);
        QSqlQuery q(d->db);
        for (const QString &table : DemoTables) {
            if (!q.exec(u"DELETE FROM %1"_s.arg(table)))
                return failed(q.lastError().text());
        }
        if (!tx.commit())
            return failed(d->db.lastError().text());
    }

    // Secondary indexes on random-ish keys (a lead's account) scatter inserts: a
    // large cache keeps the hot pages decrypted (measured: 100k leads 117 s at 64 MiB).
    QSqlQuery pragma(d->db);
    pragma.exec(u"PRAGMA cache_size"_s);
    const QVariant previousCache = pragma.next() ? pragma.value(0) : QVariant(-65536);
    pragma.finish();
    pragma.exec(u"PRAGMA cache_size = -524288"_s);
    const auto restoreCache = qScopeGuard([&] { QSqlQuery(d->db).exec(u"PRAGMA cache_size = %1"_s.arg(previousCache.toLongLong())); });

    demo::Dice dice(d->options.seed, d->options.now.toMSecsSinceEpoch());
    dice.vocabulary = &words;
    d->summary = {};
    demo::DemoWriter writer(d->db, d->options, dice, words, pipeline);
    int done = 0;
    while (done < d->options.leads) {
        Transaction tx(d->db);
        // lead_search is built once, set-based, in the last transaction (as a
        // large pull does) instead of by its triggers row by row; a run cut short
        // starts over from empty anyway.
        LeadSearchBatch search(d->db);
        if (!search.suspend())
            return failed(search.errorText());
        if (done == 0 && (!writer.writeOrganisation(d->summary) || !writer.writeKnowledge(d->summary)))
            return failed(writer.errorText());
        const int end = std::min(d->options.leads, done + LeadsPerTransaction);
        for (; done < end; ++done) {
            if (!writer.writeLead(d->summary))
                return failed(writer.errorText());
        }
        if (done == d->options.leads) {
            QSqlQuery q(d->db);
            q.prepare(u"INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?), (?, ?)"_s);
            q.addBindValue(CompleteKey);
            q.addBindValue(d->options.now.toString(Qt::ISODate));
            q.addBindValue(u"session.user_id"_s);
            q.addBindValue(d->summary.signedInUserId);
            if (!writer.writeBackfillBursts(d->summary) || !q.exec())
                return failed(writer.errorText().isEmpty() ? q.lastError().text() : writer.errorText());
            QSqlQuery rebuild(d->db);
            if (!rebuild.exec(u"DELETE FROM lead_search"_s) || !rebuild.exec(LeadSearchBatch::refreshSql(u"1"_s)))
                return failed(rebuild.lastError().text());
        }
        if (!search.finish()) // nothing noted: puts the triggers back
            return failed(search.errorText());
        if (!tx.commit())
            return failed(d->db.lastError().text());
        if (progress && !progress(int(qint64(done) * 100 / std::max(1, d->options.leads)))) {
            d->error = tr("已取消生成演示数据");
            return false;
        }
    }
    qCInfo(lcDemo) << "demo workspace generated:" << d->summary.leads << "leads," << d->summary.activities
                   << "activities in" << timer.elapsed() << "ms";
    return true;
}

} // namespace sales
