// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowriter.h"

#include "domain/phone.h"
#include "domain/scriptpack.h"
#include "storage/blobstore.h"
#include "storage/enumcodec.h"
#include "storage/sqlvalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sales::demo {
namespace {

const QStringList SyncColumns{u"rev"_s, u"updated_at"_s};

QStringList cols(std::initializer_list<QString> names)
{
    return QStringList(names) + SyncColumns;
}

} // namespace

DemoWriter::DemoWriter(QSqlDatabase db, const DemoOptions &options, Dice &dice, const Vocabulary &words,
                       const PipelineTemplate &pipeline)
    : m_options(options), m_dice(dice), m_words(words), m_pipeline(pipeline),
      m_reviewDice(options.seed ^ 0x5eedu, options.now.toMSecsSinceEpoch() + 1000),
      m_stamp(options.now.toMSecsSinceEpoch()),
      m_region(db, u"region"_s, cols({u"id"_s, u"name"_s})),
      m_team(db, u"team"_s, cols({u"id"_s, u"name"_s, u"region_id"_s, u"supervisor_id"_s})),
      m_user(db, u"app_user"_s, cols({u"id"_s, u"name"_s, u"phone"_s, u"role"_s, u"team_id"_s, u"region_id"_s})),
      m_account(db, u"account"_s,
                cols({u"id"_s, u"name"_s, u"industry"_s, u"region_id"_s, u"city"_s, u"website"_s, u"created_at"_s})),
      m_contact(db, u"contact"_s,
                cols({u"id"_s, u"account_id"_s, u"name"_s, u"title"_s, u"phone"_s, u"role"_s, u"created_at"_s})),
      m_lead(db, u"lead"_s,
             cols({u"id"_s, u"account_id"_s, u"contact_id"_s, u"owner_id"_s, u"team_id"_s, u"region_id"_s, u"title"_s,
                   u"industry"_s, u"source"_s, u"template_id"_s, u"stage_key"_s, u"stage_entered_at"_s,
                   u"amount_yuan"_s, u"status"_s, u"created_at"_s, u"last_activity_at"_s})),
      m_evidence(db, u"evidence_item"_s,
                 cols({u"id"_s, u"lead_id"_s, u"stage_key"_s, u"requirement_key"_s, u"kind"_s, u"text"_s,
                       u"blob_sha256"_s, u"file_name"_s, u"case_id"_s, u"role"_s, u"created_at"_s})),
      m_activity(db, u"activity"_s,
                 cols({u"id"_s, u"lead_id"_s, u"owner_id"_s, u"kind"_s, u"happened_at"_s, u"entered_at"_s,
                       u"entry_seconds"_s, u"text"_s, u"progress"_s})),
      m_stageChange(db, u"stage_change"_s,
                    cols({u"id"_s, u"lead_id"_s, u"from_stage"_s, u"to_stage"_s, u"changed_at"_s, u"reason"_s,
                          u"by_user_id"_s, u"backflow"_s})),
      m_case(db, u"case_study"_s,
             cols({u"id"_s, u"title"_s, u"industry"_s, u"background"_s, u"blocker"_s, u"actions"_s, u"result"_s,
                   u"reflection"_s})),
      m_blob(db, u"blob"_s, {u"sha256"_s, u"size"_s, u"mime_type"_s, u"data"_s, u"created_at"_s}),
      m_template(db, u"pipeline_template"_s, cols({u"id"_s, u"name"_s, u"definition"_s})),
      m_reviewItem(db, u"review_item"_s,
                   cols({u"id"_s, u"lead_id"_s, u"stage_key"_s, u"round"_s, u"submitted_by"_s, u"submitted_at"_s})),
      m_reviewDecision(db, u"review_decision"_s,
                       cols({u"id"_s, u"item_id"_s, u"lead_id"_s, u"round"_s, u"kind"_s, u"reason"_s,
                             u"evidence_digest"_s, u"decided_by"_s, u"decided_at"_s})),
      m_scriptPack(db, u"script_pack"_s,
                   cols({u"id"_s, u"stage_key"_s, u"industry"_s, u"objection"_s, u"title"_s, u"body"_s}))
{
}

QString DemoWriter::errorText() const
{
    for (const BulkInserter *b : {&m_region, &m_team, &m_user, &m_account, &m_contact, &m_lead, &m_evidence,
                                  &m_activity, &m_stageChange, &m_case, &m_blob, &m_template, &m_reviewItem,
                                  &m_reviewDecision, &m_scriptPack}) {
        if (!b->errorText().isEmpty())
            return b->errorText();
    }
    return {};
}

bool DemoWriter::writeOrganisation(DemoSummary &s)
{
    const QString json = QString::fromUtf8(QJsonDocument(m_pipeline.toJson()).toJson(QJsonDocument::Compact));
    m_template.add({m_pipeline.id, m_pipeline.name, json, 1, m_stamp});
    for (const RegionWords &r : m_words.regions) {
        m_regionIds.append(m_dice.id());
        m_region.add({m_regionIds.last(), r.name, 1, m_stamp});
        ++s.regions;
    }
    QStringList teamIds;
    for (int t = 0; t < m_words.teams.size(); ++t) {
        const QString supervisorId = m_dice.id();
        teamIds.append(m_dice.id());
        const QString regionId = m_regionIds.at(t % m_regionIds.size());
        m_team.add({teamIds.last(), m_words.teams.at(t), regionId, supervisorId, 1, m_stamp});
        m_supervisorOfTeam.insert(teamIds.last(), supervisorId);
        m_user.add({supervisorId, m_dice.personName(), u"+86 139%1"_s.arg(m_dice.between(10000000, 99999999)),
                    u"supervisor"_s, teamIds.last(), regionId, 1, m_stamp});
        ++s.teams;
        ++s.users;
    }
    for (int i = 0; i < m_options.reps; ++i) {
        RepInfo rep{m_dice.id(), m_dice.personName(), teamIds.at(i % teamIds.size()), {}, i % int(m_regionIds.size())};
        rep.regionId = m_regionIds.at(rep.regionIndex);
        m_user.add({rep.id, rep.name, u"+86 138%1"_s.arg(m_dice.between(10000000, 99999999)), u"rep"_s, rep.teamId,
                    rep.regionId, 1, m_stamp});
        m_reps.append(rep);
        ++s.users;
    }
    // The demo workspace is signed in as the regional manager, who sees every lead.
    s.signedInUserId = m_dice.id();
    m_managerId = s.signedInUserId;
    m_managerRegionId = m_regionIds.first();
    m_user.add({s.signedInUserId, u"演示经理"_s, u"+86 13800000000"_s, u"manager"_s, QVariant(), m_regionIds.first(),
                1, m_stamp});
    ++s.users;
    return errorText().isEmpty();
}

bool DemoWriter::writeKnowledge(DemoSummary &s)
{
    for (int i = 0; i < m_words.industries.size(); ++i) {
        const IndustryWords &industry = m_words.industries.at(i);
        for (int n = 0; n < 10; ++n) {
            AccountInfo fake{{}, m_dice.pick(m_words.companyWords) + m_dice.pick(industry.suffixes), {}, {}, {}, i, 0};
            const QString pain = m_dice.pick(industry.painPoints);
            m_casesByIndustry[i].append(m_dice.id());
            m_case.add({m_casesByIndustry[i].last(), fill(m_dice.pick(m_words.caseTitles), fake, pain), industry.name,
                        u"客户是%1行业的区域龙头，痛点：%2。"_s.arg(industry.name, pain),
                        u"客户之前用过另外一家的方案，对价格和售后响应都有顾虑。"_s,
                        u"先做免费诊断，拿出同类客户三年的服务记录，再分期报价。"_s,
                        u"第%1周签约，合同额 %2 万元。"_s.arg(m_dice.between(6, 20)).arg(m_dice.between(30, 300)),
                        u"决策人要尽早见面；只跟采购谈价格会被拖进价格战。"_s, 1, m_stamp});
            ++s.cases;
        }
    }
    // The product's script packs, as the server's admin CLI imports them.
    for (const ScriptPack &p : defaultScriptPacks())
        m_scriptPack.add({p.id, p.stageKey, sql::fromText(p.industry), sql::fromText(p.objection), p.title, p.body, 1,
                          m_stamp});
    return errorText().isEmpty();
}

AccountInfo &DemoWriter::accountFor(int industry, int region, DemoSummary &s)
{
    // One account in five gets a second opportunity.
    if (!m_accounts.isEmpty() && m_dice.chance(0.2)) {
        AccountInfo &existing = m_accounts[m_dice.below(int(m_accounts.size()))];
        if (existing.industry == industry)
            return existing;
    }
    const IndustryWords &words = m_words.industries.at(industry);
    const RegionWords &regionWords = m_words.regions.at(region);
    const QString city = m_dice.pick(regionWords.cities);
    AccountInfo a{m_dice.id(), city + m_dice.pick(m_words.companyWords) + m_dice.pick(words.suffixes) + u"有限公司"_s,
                  {}, {}, {}, industry, region};
    const qint64 created = m_stamp - m_dice.between(30, 400) * 86400000LL;
    m_account.add({a.id, a.name, words.name, m_regionIds.at(region), city,
                   u"https://www.example-%1.cn"_s.arg(m_dice.between(1000, 999999)), created, 1, m_stamp});
    ++s.accounts;
    const int contacts = 1 + int(m_dice.chance(0.6));
    for (int c = 0; c < contacts; ++c) {
        const ContactTitle &title = m_dice.pick(m_words.contactTitles);
        const QString id = m_dice.id();
        const QString name = m_dice.personName();
        const QString mobile = u"1%1%2"_s.arg(m_dice.between(3, 9)).arg(m_dice.between(100000000LL, 999999999LL));
        m_contact.add({id, a.id, name, title.title, normalizePhone(mobile).display,
                       title.role, created, 1, m_stamp});
        if (c == 0) {
            a.contactId = id;
            a.contactName = name;
        }
        if (title.role == u"决策人"_s)
            a.decisionMakerName = name;
        ++s.contacts;
    }
    if (a.decisionMakerName.isEmpty())
        a.decisionMakerName = m_dice.personName();
    m_accounts.append(a);
    return m_accounts.last();
}

QString DemoWriter::fill(QString t, const AccountInfo &account, const QString &pain) const
{
    const IndustryWords &words = m_words.industries.at(account.industry);
    return t.replace(u"{contact}"_s, account.contactName.isEmpty() ? u"客户"_s : account.contactName)
        .replace(u"{account}"_s, account.name)
        .replace(u"{pain}"_s, pain)
        .replace(u"{product}"_s, words.products.value(int(qHash(account.name) % words.products.size())))
        .replace(u"{day}"_s, u"下周三"_s)
        .replace(u"{city}"_s, m_words.regions.at(account.region).cities.value(0));
}

QString DemoWriter::blobFor(const EvidenceRequirement &requirement, DemoSummary &s)
{
    // A handful of sample files per requirement: the same file is stored once.
    QStringList &pool = m_blobsByRequirement[requirement.key];
    if (pool.size() < 8) {
        const QByteArray data = u"演示文件：%1（第 %2 份）\n本文件由演示数据生成器创建，不含真实客户信息。\n"_s
                                    .arg(requirement.label)
                                    .arg(pool.size() + 1)
                                    .toUtf8();
        const QString sha = BlobStore::addressOf(data);
        m_blob.add({sha, qlonglong(data.size()), u"text/plain"_s, data, m_stamp});
        pool.append(sha);
        ++s.blobs;
        return sha;
    }
    return pool.at(m_dice.below(int(pool.size())));
}

} // namespace sales::demo
