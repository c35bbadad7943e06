// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "domain/pipelinetemplate.h"
#include "storage/knowledgerepository.h"
#include "sqlexec.h"
#include "testreplica.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace sales::test {

// A small lead list whose every filter, search and SLA boundary is known:
//  L1 恒通数控加工中心  qualify  entered now-48h       (overdue at the instant)
//  L2 百分百_产线改造   qualify  entered now-48h+1ms   (on time by 1 ms)
//  L3 绿源冷链仓储      qualify  entered now-72h       (frozen at the instant: 48 + 24 grace, freeze)
//  L4 绿源终端陈列      diagnose entered now-100h      (overdue; breach action none: never frozen)
//  L5 恒通二期          demo     entered now-48h       (frozen: grace 0, downgrade)
//  L6 已赢单项目        demo     won                   (closed: no SLA)
//  L7 已删除线索        deleted
//  L8 绿源配送中心      qualify  entered now-72h+1ms   (overdue, frozen 1 ms later)
// Last activity: L1 newest, then L2, ... L8 oldest.
struct LeadListFixture
{
    static inline const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

    static PipelineTemplate pipeline()
    {
        PipelineTemplate p;
        p.id = QStringLiteral("default");
        p.name = QStringLiteral("测试流程");
        StageDefinition qualify{QStringLiteral("qualify"), QStringLiteral("线索确认"), {}, 48, 24, SlaBreachAction::Freeze};
        StageDefinition diagnose{QStringLiteral("diagnose"), QStringLiteral("需求诊断"), {}, 24, 12, SlaBreachAction::None};
        StageDefinition demo{QStringLiteral("demo"), QStringLiteral("方案演示"), {}, 48, 0, SlaBreachAction::Downgrade};
        p.stages = {qualify, diagnose, demo};
        return p;
    }

    static bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        return execSql(db, sql, values);
    }

    static qint64 ms(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static qint64 hoursAgo(double h) { return ms(Now) - qint64(h * 3600 * 1000); }

    static bool addLead(const QSqlDatabase &db, const QString &id, const QString &account, const QString &contact,
                        const QString &title, const QString &stage, qint64 enteredMs, const QString &industry,
                        const QString &source, const QString &region, const QString &owner, qint64 amount,
                        int activityRank, const QString &status = QStringLiteral("open"), int deleted = 0)
    {
        return exec(db,
                    QStringLiteral("INSERT INTO lead (id, account_id, contact_id, owner_id, region_id, title, industry, "
                                   "source, template_id, stage_key, stage_entered_at, amount_yuan, status, created_at, "
                                   "last_activity_at, updated_at, deleted) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'default', ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, account, contact, owner, region, title, industry, source, stage, enteredMs, amount, status,
                     hoursAgo(500), hoursAgo(activityRank), ms(Now), deleted});
    }

    static bool fill(const QSqlDatabase &db)
    {
        const FixedClock clock(Now);
        if (!KnowledgeRepository(db, clock).saveTemplate(pipeline()))
            return false;
        const qint64 t = ms(Now);
        const bool base =
            exec(db, QStringLiteral("INSERT INTO region (id, name, updated_at) VALUES ('r1', '华东', ?), ('r2', '华南', ?)"),
                 {t, t})
            && exec(db,
                    QStringLiteral("INSERT INTO app_user (id, name, role, updated_at) VALUES "
                                   "('u1', '王伟', 'rep', ?), ('u2', '李娜', 'rep', ?)"),
                    {t, t})
            && exec(db,
                    QStringLiteral("INSERT INTO account (id, name, industry, region_id, created_at, updated_at) VALUES "
                                   "('a1', '苏州恒通精密机械有限公司', '工业设备', 'r1', ?, ?), "
                                   "('a2', '杭州100%_科技有限公司', 'IT解决方案', 'r2', ?, ?), "
                                   "('a3', '广州绿源食品有限公司', '快消', 'r2', ?, ?)"),
                    {t, t, t, t, t, t})
            && exec(db,
                    QStringLiteral("INSERT INTO contact (id, account_id, name, phone, created_at, updated_at) VALUES "
                                   "('c1', 'a1', '张建华', '+86 138 0013 8000', ?, ?), "
                                   "('c2', 'a2', '刘芳', '13912345678', ?, ?), "
                                   "('c3', 'a3', '陈振宇', '020-8888 6666', ?, ?)"),
                    {t, t, t, t, t, t});
        const QString q = QStringLiteral("qualify");
        return base
            && addLead(db, QStringLiteral("L1"), QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("恒通数控加工中心"), q,
                       hoursAgo(48), QStringLiteral("工业设备"), QStringLiteral("展会名片"), QStringLiteral("r1"),
                       QStringLiteral("u1"), 1280000, 1)
            && addLead(db, QStringLiteral("L2"), QStringLiteral("a2"), QStringLiteral("c2"), QStringLiteral("百分百_产线改造"), q,
                       hoursAgo(48) + 1, QStringLiteral("IT解决方案"), QStringLiteral("官网咨询"), QStringLiteral("r2"),
                       QStringLiteral("u2"), 50000, 2)
            && addLead(db, QStringLiteral("L3"), QStringLiteral("a3"), QStringLiteral("c3"), QStringLiteral("绿源冷链仓储"), q,
                       hoursAgo(72), QStringLiteral("快消"), QStringLiteral("转介绍"), QStringLiteral("r1"),
                       QStringLiteral("u2"), 300000, 3)
            && addLead(db, QStringLiteral("L4"), QStringLiteral("a3"), QStringLiteral("c3"), QStringLiteral("绿源终端陈列"),
                       QStringLiteral("diagnose"), hoursAgo(100), QStringLiteral("快消"), QStringLiteral("抖音表单"),
                       QStringLiteral("r2"), QStringLiteral("u1"), 0, 4)
            && addLead(db, QStringLiteral("L5"), QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("恒通二期"),
                       QStringLiteral("demo"), hoursAgo(48), QStringLiteral("工业设备"), QStringLiteral("400电话"),
                       QStringLiteral("r1"), QStringLiteral("u1"), 2000000, 5)
            && addLead(db, QStringLiteral("L6"), QStringLiteral("a2"), QStringLiteral("c2"), QStringLiteral("已赢单项目"),
                       QStringLiteral("demo"), hoursAgo(900), QStringLiteral("IT解决方案"), QStringLiteral("企业微信"),
                       QStringLiteral("r2"), QStringLiteral("u2"), 900000, 6, QStringLiteral("won"))
            && addLead(db, QStringLiteral("L7"), QStringLiteral("a1"), QStringLiteral("c1"), QStringLiteral("已删除线索"), q,
                       hoursAgo(900), QStringLiteral("工业设备"), QStringLiteral("展会名片"), QStringLiteral("r1"),
                       QStringLiteral("u1"), 10, 7, QStringLiteral("open"), 1)
            && addLead(db, QStringLiteral("L8"), QStringLiteral("a3"), QStringLiteral("c3"), QStringLiteral("绿源配送中心"), q,
                       hoursAgo(72) + 1, QStringLiteral("快消"), QStringLiteral("转介绍"), QStringLiteral("r1"),
                       QStringLiteral("u2"), 300000, 8);
    }
};

} // namespace sales::test
