// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptpack.h"

#include "jsonobjectreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sales {

std::optional<QList<ScriptPack>> scriptPacksFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not valid JSON (at byte %1): %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"the top level must be an object {\"scriptPacks\": [...]}"_s;
        return std::nullopt;
    }
    const JsonObjectReader top(doc.object(), u"$"_s, error);
    QJsonArray array;
    if (!top.allowOnly({u"scriptPacks"_s}) || !top.array(u"scriptPacks"_s, true, &array))
        return std::nullopt;
    if (array.size() > MaxScriptPacks) {
        top.fail(u"scriptPacks"_s, u"at most %1 script packs"_s.arg(MaxScriptPacks));
        return std::nullopt;
    }
    QList<ScriptPack> packs;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"$.scriptPacks[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            *error = path + u": must be an object"_s;
            return std::nullopt;
        }
        const JsonObjectReader r(array.at(i).toObject(), path, error);
        ScriptPack p;
        if (!r.allowOnly({u"id"_s, u"stage"_s, u"industry"_s, u"objection"_s, u"title"_s, u"body"_s})
            || !r.identifier(u"id"_s, &p.id) || !r.identifier(u"stage"_s, &p.stageKey)
            || !r.string(u"industry"_s, false, &p.industry) || !r.string(u"objection"_s, false, &p.objection)
            || !r.string(u"title"_s, true, &p.title) || !r.string(u"body"_s, true, &p.body))
            return std::nullopt;
        if (p.body.size() > MaxScriptPackBody) {
            r.fail(u"body"_s, u"at most %1 characters"_s.arg(MaxScriptPackBody));
            return std::nullopt;
        }
        if (ids.contains(p.id)) {
            r.fail(u"id"_s, u"\"%1\" is given twice"_s.arg(p.id));
            return std::nullopt;
        }
        ids.insert(p.id);
        packs.append(p);
    }
    return packs;
}

QByteArray scriptPacksToJson(const QList<ScriptPack> &packs)
{
    QJsonArray array;
    for (const ScriptPack &p : packs) {
        QJsonObject o{{u"id"_s, p.id}, {u"stage"_s, p.stageKey}, {u"title"_s, p.title}, {u"body"_s, p.body}};
        if (!p.industry.isEmpty())
            o.insert(u"industry"_s, p.industry);
        if (!p.objection.isEmpty())
            o.insert(u"objection"_s, p.objection);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{u"scriptPacks"_s, array}}).toJson(QJsonDocument::Indented);
}

QList<ScriptPack> defaultScriptPacks()
{
    QFile file(u":/sales/scripts/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default script packs are not compiled in");
    QString error;
    const std::optional<QList<ScriptPack>> packs = scriptPacksFromJson(file.readAll(), &error);
    if (!packs)
        qFatal("the default script packs do not parse: %s", qPrintable(error));
    return *packs;
}

} // namespace sales
