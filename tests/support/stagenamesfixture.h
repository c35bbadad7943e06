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

// A replica with two templates in use and a third one unused:
//   default 测试流程:   qualify 线索确认 → diagnose 需求诊断 → demo 方案演示
//   project 项目制流程: qualify 立项评估 → diagnose 需求诊断 → pilot 方案演示
//   unused  备用流程:   qualify 备用确认 (no lead)
// qualify is named differently by the two in use, diagnose alike, and 方案演示 is
// two keys. Leads, most recent activity first:
//   D1 default/qualify   D2 default/demo   P1 project/qualify   P2 project/pilot
struct StageNamesFixture
{
    static inline const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

    static PipelineTemplate pipeline(const QString &id, const QString &name,
                                     const QList<std::pair<QString, QString>> &stages)
    {
        PipelineTemplate p;
        p.id = id;
        p.name = name;
        for (const auto &[key, stageName] : stages) {
            StageDefinition s;
            s.key = key;
            s.name = stageName;
            p.stages.append(s);
        }
        return p;
    }
    static PipelineTemplate defaultPipeline()
    {
        return pipeline(QStringLiteral("default"), QStringLiteral("测试流程"),
                        {{QStringLiteral("qualify"), QStringLiteral("线索确认")},
                         {QStringLiteral("diagnose"), QStringLiteral("需求诊断")},
                         {QStringLiteral("demo"), QStringLiteral("方案演示")}});
    }
    static PipelineTemplate projectPipeline()
    {
        return pipeline(QStringLiteral("project"), QStringLiteral("项目制流程"),
                        {{QStringLiteral("qualify"), QStringLiteral("立项评估")},
                         {QStringLiteral("diagnose"), QStringLiteral("需求诊断")},
                         {QStringLiteral("pilot"), QStringLiteral("方案演示")}});
    }
    static PipelineTemplate unusedPipeline()
    {
        return pipeline(QStringLiteral("unused"), QStringLiteral("备用流程"),
                        {{QStringLiteral("qualify"), QStringLiteral("备用确认")}});
    }

    static bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        return execSql(db, sql, values);
    }

    static bool addLead(const QSqlDatabase &db, const QString &id, const QString &templateId, const QString &stage,
                        int activityRank)
    {
        const qint64 now = Now.toMSecsSinceEpoch();
        return exec(db,
                    QStringLiteral("INSERT INTO lead (id, account_id, owner_id, title, template_id, stage_key, "
                                   "stage_entered_at, amount_yuan, status, created_at, last_activity_at, updated_at) "
                                   "VALUES (?, 'a1', 'u1', ?, ?, ?, ?, 0, 'open', ?, ?, ?)"),
                    {id, QString(QStringLiteral("线索 ") + id), templateId, stage, now - 3600 * 1000, now - 86400 * 1000,
                     now - activityRank * 60 * 1000, now});
    }

    static bool fill(const QSqlDatabase &db)
    {
        const FixedClock clock(Now);
        KnowledgeRepository writer(db, clock);
        const qint64 t = Now.toMSecsSinceEpoch();
        return writer.saveTemplate(defaultPipeline()) && writer.saveTemplate(projectPipeline())
            && writer.saveTemplate(unusedPipeline())
            && exec(db, QStringLiteral("INSERT INTO app_user (id, name, role, updated_at) VALUES ('u1', '王伟', 'rep', ?)"),
                    {t})
            && exec(db,
                    QStringLiteral("INSERT INTO account (id, name, created_at, updated_at) "
                                   "VALUES ('a1', '苏州恒通精密机械有限公司', ?, ?)"),
                    {t, t})
            && addLead(db, QStringLiteral("D1"), QStringLiteral("default"), QStringLiteral("qualify"), 1)
            && addLead(db, QStringLiteral("D2"), QStringLiteral("default"), QStringLiteral("demo"), 2)
            && addLead(db, QStringLiteral("P1"), QStringLiteral("project"), QStringLiteral("qualify"), 3)
            && addLead(db, QStringLiteral("P2"), QStringLiteral("project"), QStringLiteral("pilot"), 4);
    }
};

} // namespace sales::test
