// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"

#include <QJsonValue>
#include <QString>

// How the conflict dialog puts a sync_conflict row into words.
namespace sales::conflictlabels {

QString field(const QString &entity, const QString &field); // "商机名称"; the column name when unknown
QString kind(ConflictRecord::Kind kind);                    // 双方都改了 / 服务器拒绝 / 已无权限
// A value for reading: （空） for null, a whole row as "字段：值" lines.
QString valueText(const QString &entity, const QJsonValue &value);
// A value for editing: plain text, empty for null.
QString editText(const QJsonValue &value);
// What the record is about: a whole row's own title or name when it has one, else fallback.
QString rowLabel(const ConflictRecord &record, const QString &fallback);

} // namespace sales::conflictlabels
