// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovocabulary.h"

#include "domain/ids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sales::demo {
namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

Vocabulary Vocabulary::load()
{
    Vocabulary v;
    QFile file(u":/sales/demo/vocabulary.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return v;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &r : o.value(u"regions"_s).toArray())
        v.regions.append({r[u"name"_s].toString(), strings(r[u"cities"_s])});
    v.teams = strings(o.value(u"teams"_s));
    v.surnames = strings(o.value(u"surnames"_s));
    v.givenNames = strings(o.value(u"givenNames"_s));
    v.companyWords = strings(o.value(u"companyWords"_s));
    for (const QJsonValue &i : o.value(u"industries"_s).toArray()) {
        const QJsonArray amount = i[u"amount"_s].toArray();
        v.industries.append({i[u"name"_s].toString(), strings(i[u"suffixes"_s]), qint64(amount.at(0).toDouble()),
                             qint64(amount.at(1).toDouble()), strings(i[u"products"_s]),
                             strings(i[u"painPoints"_s])});
    }
    v.sources = strings(o.value(u"sources"_s));
    for (const QJsonValue &t : o.value(u"contactTitles"_s).toArray())
        v.contactTitles.append({t[u"title"_s].toString(), t[u"role"_s].toString()});
    v.progressTexts = strings(o.value(u"progressTexts"_s));
    v.emptyTexts = strings(o.value(u"emptyTexts"_s));
    v.caseTitles = strings(o.value(u"caseTitles"_s));
    return v;
}

QString Dice::id()
{
    // 4096 ids per millisecond, each later than the one before.
    const quint64 n = m_ids++;
    return uuidV7(m_idStartMs + qint64(n >> 12), quint16(n & 0x0fff), m_rng.generate64());
}

QString Dice::personName()
{
    return pick(vocabulary->surnames) + pick(vocabulary->givenNames);
}

} // namespace sales::demo
