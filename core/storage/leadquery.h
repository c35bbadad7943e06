// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipelinetemplate.h"
#include "leadlistrow.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sales {

// What the lead list shows. Empty fields do not filter.
struct LeadFilter
{
    // Computed in SQL from stage_entered_at, the template's per-stage slaHours /
    // graceHours / breachAction and `now`, for open leads only. The clock restart
    // by next-stage evidence (slaClockStart) is not reflected here: a lead whose
    // rep filed next-stage material may still be listed; the lead view shows the
    // exact state.
    enum class Sla {
        Any,
        Overdue, // past the deadline, frozen and downgraded included
        DueOrOverdue, // today's to-dos: inside the warning window before the deadline, or past it
        Frozen,  // past deadline + grace in a stage whose breach action is Freeze or Downgrade
    };

    QStringList stageKeys;
    // Only leads on this pipeline template: with stageKeys, the stages of one
    // template when templates give the same key different names.
    QString templateId;
    Sla sla = Sla::Any;
    QString industry;
    QString regionId;
    QString source;
    QString ownerId;
    // Any substring of the lead title, company or contact names. A search made only
    // of digits, spaces, + - ( ) looks for those digits in contact phones, whatever
    // the format they were typed in; other searches match every whitespace-separated
    // word literally (% and _ included).
    QString search;

    bool isEmpty() const { return *this == LeadFilter(); }
    bool operator==(const LeadFilter &) const = default;
};

struct LeadSort
{
    enum class Column { LastActivity, Title, Account, Stage, Amount, Owner, Region, Industry, Source };

    Column column = Column::LastActivity;
    Qt::SortOrder order = Qt::DescendingOrder;

    // Most recent activity first: read in index order, at any depth.
    bool isDefault() const { return *this == LeadSort(); }
    bool operator==(const LeadSort &) const = default;
};

// One statement with its positional values: what LeadQuery runs, so a benchmark
// can run the very same text in the sqlcipher shell.
struct LeadStatement
{
    QString sql;
    QVariantList values;
};

struct LeadFilterChoice
{
    QString key;  // the value a LeadFilter carries
    QString name; // what the user reads
    QString templateId = {}; // a stage of this template only (LeadFilter::templateId); empty: any
};

// What the filter combo boxes offer, read from the replica.
struct LeadFilterChoices
{
    QList<LeadFilterChoice> stages; // the default template's pipeline order, then the others'
    QList<LeadFilterChoice> regions;
    QStringList industries;
    QStringList sources;
};

// The lead list under one filter and sort, read at once (off the GUI thread) by a
// model that then pages it by row id.
struct LeadListSlice
{
    QList<qint64> rowIds;         // every matching lead, in list order
    QList<LeadListRow> firstRows; // the rows of the first ids, so the view paints at once
};

// Counts and pages of the lead list under a filter and a sort. The default sort
// pages inside lead_list_idx; filters are read from lead_filter_idx (covering);
// a search starts from lead_search. Other sorts sort the whole filtered set, so a
// caller that pages them should take rowIds() once (off the GUI thread) and read
// pages with rows().
class LeadQuery final
{
public:
    explicit LeadQuery(QSqlDatabase db, QDateTime now = QDateTime::currentDateTimeUtc());

    // The templates the SLA filter and the stage order come from; by default every
    // live template in the replica, read on first need.
    void setTemplates(QList<PipelineTemplate> templates) { m_templates = std::move(templates); }

    int count(const LeadFilter &filter) const; // -1 on error
    // Row ids in list order; limit -1 means all.
    QList<qint64> rowIds(const LeadFilter &filter, const LeadSort &sort, int offset = 0, int limit = -1) const;
    // The rows of those ids, in the same order; ids of rows deleted since are skipped.
    QList<LeadListRow> rows(const QList<qint64> &rowIds) const;
    QList<LeadListRow> page(const LeadFilter &filter, const LeadSort &sort, int offset, int limit) const;
    // rowIds() with the rows of the first firstRows of them; errorText() tells a failure.
    LeadListSlice slice(const LeadFilter &filter, const LeadSort &sort, int firstRows) const;
    LeadFilterChoices filterChoices() const;
    // The stage choices of the default template and of the templates in use: a key
    // every template names alike is one choice; a key named differently is one
    // choice per template; a name two choices share gets its template's name.
    static QList<LeadFilterChoice> stageChoices(const QList<PipelineTemplate> &templates,
                                                const QSet<QString> &templatesInUse);
    // Reads what every search reads (lead_search) into this connection's page cache,
    // so that the first search after opening does not pay for decrypting it.
    void preloadSearch() const;

    LeadStatement countStatement(const LeadFilter &filter) const;
    LeadStatement rowIdsStatement(const LeadFilter &filter, const LeadSort &sort, int offset = 0, int limit = -1) const;
    static LeadStatement rowsStatement(const QList<qint64> &rowIds);

    static bool isPhoneSearch(const QString &search);
    // Digits only, without a leading 86 / 0086 country code on a full number.
    static QString phoneDigits(const QString &search);
    // A LIKE pattern matching text literally anywhere (ESCAPE '\').
    static QString containsPattern(const QString &text);

    // The first error of any read (a read stops at it and returns nothing); isDamaged()
    // when it says the file itself is damaged.
    QString errorText() const { return m_errorText; }
    bool isDamaged() const { return m_damaged; }

private:
    const QList<PipelineTemplate> &templates() const;
    bool run(QSqlQuery &query, const LeadStatement &statement) const;
    // After the rows: false (and the error kept) when next() stopped on an error, not at the end.
    bool finished(const QSqlQuery &query) const;
    bool failed(const QSqlError &error) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    mutable std::optional<QList<PipelineTemplate>> m_templates;
    mutable QString m_errorText;
    mutable bool m_damaged = false;
};

} // namespace sales

Q_DECLARE_METATYPE(sales::LeadFilter)
Q_DECLARE_METATYPE(sales::LeadSort)
