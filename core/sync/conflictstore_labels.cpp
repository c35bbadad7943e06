// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConflictStore::rowLabel: what a conflicting row is, in the user's words.
#include "sync/conflictstore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sales {

std::optional<QString> ConflictStore::lookup(const QString &sql, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QString ConflictStore::rowLabel(const QString &entity, const QString &rowId) const
{
    std::optional<QString> label;
    if (entity == u"lead"_s) {
        label = lookup(u"SELECT title FROM lead WHERE id = ?"_s, rowId);
    } else if (entity == u"evidence_item"_s || entity == u"activity"_s || entity == u"stage_change"_s) {
        const QString what = entity == u"evidence_item"_s ? tr("证据")
                             : entity == u"activity"_s    ? tr("跟进记录")
                                                          : tr("阶段变更");
        if (const auto title =
                lookup(u"SELECT l.title FROM %1 x JOIN lead l ON l.id = x.lead_id WHERE x.id = ?"_s.arg(entity), rowId))
            label = tr("%1 · %2").arg(*title, what);
    } else if (entity == u"activity_attachment"_s) {
        if (const auto title = lookup(u"SELECT l.title FROM activity_attachment x JOIN activity a ON a.id = x.activity_id "
                                      u"JOIN lead l ON l.id = a.lead_id WHERE x.id = ?"_s,
                                      rowId))
            label = tr("%1 · 跟进记录附件").arg(*title);
    } else if (entity == u"account"_s || entity == u"contact"_s) {
        label = lookup(u"SELECT name FROM %1 WHERE id = ?"_s.arg(entity), rowId);
    }
    if (label && !label->isEmpty())
        return *label;
    return u"%1 %2"_s.arg(entity, rowId);
}

} // namespace sales
