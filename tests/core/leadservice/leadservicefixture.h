// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "domain/ids.h"
#include "domain/pipelinetemplate.h"
#include "storage/accountrepository.h"
#include "storage/knowledgerepository.h"
#include "testreplica.h"
#include "workspace/activityservice.h"
#include "workspace/evidenceservice.h"
#include "workspace/leadservice.h"
#include "workspace/stageservice.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace sales::test {

inline const QDateTime T0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
inline const QString UserId = QStringLiteral("rep-1");

// A fresh replica holding the default template, a pinned clock and the services.
struct LeadServiceFixture
{
    TestReplica replica;
    FixedClock clock{T0};
    std::unique_ptr<LeadService> leads;
    std::unique_ptr<EvidenceService> evidence;
    std::unique_ptr<StageService> stages;
    std::unique_ptr<ActivityService> activities;

    LeadServiceFixture()
    {
        if (!KnowledgeRepository(replica.db(), clock).saveTemplate(defaultPipelineTemplate()))
            qFatal("could not save the default template");
        leads = std::make_unique<LeadService>(replica.db(), clock, UserId);
        evidence = std::make_unique<EvidenceService>(replica.db(), clock, UserId);
        stages = std::make_unique<StageService>(replica.db(), clock, UserId);
        activities = std::make_unique<ActivityService>(replica.db(), clock, UserId);
    }
    QSqlDatabase db() const { return replica.db(); }

    // An account with one contact, written as sync would (not through the service).
    QString addAccount(const QString &name, const QString &phone)
    {
        AccountRepository accounts(db(), clock);
        const Account a{newId(), name, QStringLiteral("工业设备"), {}, {}, {}, T0};
        const Contact c{newId(), a.id, QStringLiteral("李娜"), QStringLiteral("采购经理"), phone,
                        QStringLiteral("采购"), T0};
        if (!accounts.save(a) || !accounts.saveContact(c))
            return {};
        return a.id;
    }

    static NewLeadInput input(const QString &accountName, const QString &phone = QString())
    {
        NewLeadInput in;
        in.accountName = accountName;
        in.industry = QStringLiteral("工业设备");
        in.contactName = QStringLiteral("王伟");
        in.contactTitle = QStringLiteral("总经理");
        in.contactPhone = phone;
        in.contactRole = QStringLiteral("决策人");
        in.source = QStringLiteral("展会名片");
        in.amountYuan = 500000;
        return in;
    }

    // Creates a lead or fails the test (call through QVERIFY(!id.isEmpty())).
    QString createLead(const QString &accountName, const QString &phone = QString())
    {
        const Result r = leads->createLead(input(accountName, phone));
        if (!r.ok)
            qWarning("createLead failed: %s", qPrintable(r.message));
        return r.ok ? r.id : QString();
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery q(replica.db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    int count(const QString &sql) const { return value(sql).toInt(); }

    // Every row the service may write, and the outbox: a failed operation changes none.
    QString footprint() const
    {
        QString f;
        for (const char *table : {"account", "contact", "lead", "evidence_item", "activity", "stage_change",
                                  "blob", "pending_change"}) {
            f += QString::fromLatin1(table) + u'=' +
                 QString::number(count(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))) +
                 u' ';
        }
        return f;
    }
};

} // namespace sales::test
