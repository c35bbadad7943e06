// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflictlabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales::conflictlabels {
// Literal strings inside translate() calls, so that lupdate finds every one.

QString field(const QString &entity, const QString &name)
{
    if (name == u"*"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "整条记录");
    if (name == u"title"_s && entity == u"lead"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "商机名称");
    if (name == u"title"_s && entity == u"contact"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "职务");
    if (name == u"title"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "标题");
    if (name == u"name"_s && entity == u"account"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "客户名称");
    if (name == u"name"_s && entity == u"contact"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "姓名");
    if (name == u"name"_s)
        return QCoreApplication::translate("sales::ConflictLabels", "名称");
    static const QHash<QString, const char *> words{
        {u"account_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "客户")},
        {u"contact_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "联系人")},
        {u"owner_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "负责人")},
        {u"team_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "团队")},
        {u"region_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "区域")},
        {u"industry"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "行业")},
        {u"source"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "来源渠道")},
        {u"template_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "流程模板")},
        {u"stage_key"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "阶段")},
        {u"stage_entered_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "进入阶段时间")},
        {u"amount_yuan"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "预计金额（元）")},
        {u"status"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "状态")},
        {u"created_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "创建时间")},
        {u"last_activity_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "最近跟进时间")},
        {u"deleted"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "删除")},
        {u"phone"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "电话")},
        {u"role"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "角色")},
        {u"city"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "城市")},
        {u"website"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "网站")},
        {u"kind"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "类型")},
        {u"text"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "内容")},
        {u"happened_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "发生时间")},
        {u"entered_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "录入时间")},
        {u"entry_seconds"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "录入用时（秒）")},
        {u"progress"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "有进展")},
        {u"requirement_key"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "证据项")},
        {u"case_id"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "关联案例")},
        {u"blob_sha256"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "文件")},
        {u"file_name"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "文件名")},
        {u"from_stage"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "原阶段")},
        {u"to_stage"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "新阶段")},
        {u"changed_at"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "变更时间")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "原因")},
        {u"backflow"_s, QT_TRANSLATE_NOOP("sales::ConflictLabels", "阶段回流")},
    };
    const char *word = words.value(name, nullptr);
    return word ? QCoreApplication::translate("sales::ConflictLabels", word) : name;
}

QString kind(ConflictRecord::Kind kind)
{
    switch (kind) {
    case ConflictRecord::Kind::Conflict: return QCoreApplication::translate("sales::ConflictLabels", "双方都改了");
    case ConflictRecord::Kind::Rejected: return QCoreApplication::translate("sales::ConflictLabels", "服务器拒绝");
    case ConflictRecord::Kind::LostAccess: return QCoreApplication::translate("sales::ConflictLabels", "已无权限");
    }
    return {};
}

QString editText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger(), 10);
    if (value.isBool())
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

QString valueText(const QString &entity, const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("sales::ConflictLabels", "（无）");
    if (value.isObject()) {
        QStringList lines;
        const QJsonObject row = value.toObject();
        for (auto it = row.constBegin(); it != row.constEnd(); ++it)
            lines << u"%1：%2"_s.arg(field(entity, it.key()), valueText(entity, it.value()));
        return lines.join(u'\n');
    }
    const QString text = editText(value);
    return text.isEmpty() ? QCoreApplication::translate("sales::ConflictLabels", "（空）") : text;
}

QString rowLabel(const ConflictRecord &record, const QString &fallback)
{
    if (record.field == u"*"_s && record.mine.isObject()) {
        const QJsonObject row = record.mine.toObject();
        for (const QString &key : {u"title"_s, u"name"_s, u"file_name"_s}) {
            if (const QString own = row.value(key).toString(); !own.isEmpty())
                return own;
        }
    }
    return fallback;
}

} // namespace sales::conflictlabels
