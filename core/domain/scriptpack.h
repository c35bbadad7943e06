// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sales {

// A script pack (话术包): what a rejected rep is shown for the stage, data an admin
// imports with the server's CLI and everyone receives by sync. industry and
// objection narrow it (empty: any).
struct ScriptPack
{
    QString id;
    QString stageKey;
    QString industry;
    QString objection;
    QString title;
    QString body;

    bool operator==(const ScriptPack &) const = default;
};

// {"scriptPacks": [{"id", "stage", "title", "body", optional "industry", "objection"}]},
// read strictly: unknown fields, a blank title or body, an id given twice, more than
// MaxScriptPacks packs or a body over MaxScriptPackBody characters are refused with
// the path of the fault in *error, and nothing is returned.
constexpr int MaxScriptPacks = 1000;
constexpr int MaxScriptPackBody = 4000;
std::optional<QList<ScriptPack>> scriptPacksFromJson(const QByteArray &json, QString *error);
QByteArray scriptPacksToJson(const QList<ScriptPack> &packs);

// The packs shipped with the product (resources/scripts/default.json).
QList<ScriptPack> defaultScriptPacks();

} // namespace sales
