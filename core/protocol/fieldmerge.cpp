// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmerge.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sales::protocol {
namespace {

struct FieldMerge
{
    Q_DECLARE_TR_FUNCTIONS(sales::FieldMerge)
};

bool isEmpty(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15;
}

} // namespace

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) == isEmpty(b);
    if (a.isDouble() && b.isDouble())
        return a.toInteger() == b.toInteger() && a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    return a == b;
}

MergeResult mergeFields(const EntitySpec &spec, const QJsonObject &server, const QJsonObject &mine,
                        const QJsonObject &base)
{
    MergeResult out;
    out.row = server;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field)
            continue; // validateFields rejects these before a merge
        const QJsonValue current = server.value(it.key());
        const QJsonValue wanted = it.value();
        QJsonValue result = current;
        if (field->merge == MergeRule::Max) {
            if (isEmpty(current) || (!isEmpty(wanted) && wanted.toInteger() > current.toInteger()))
                result = wanted;
        } else if (sameValue(current, base.value(it.key()))) {
            result = wanted;
        } else if (base.contains(it.key()) && sameValue(wanted, base.value(it.key()))) {
            continue; // the client changed it back to its base: only the server changed it
        } else if (!sameValue(current, wanted)) {
            out.conflicts.append({it.key(), wanted, current, base.value(it.key())});
            continue;
        }
        if (!sameValue(result, current) || (current.isUndefined() && !result.isUndefined())) {
            out.row.insert(it.key(), result);
            out.changed.append(it.key());
        }
    }
    return out;
}

std::optional<Rejection> validateFields(const EntitySpec &spec, const QJsonObject &fields, bool creating)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field)
            return Rejection{u"unknown_field"_s, FieldMerge::tr("%1 没有字段 %2").arg(spec.name, it.key())};
        const QString name = spec.name + u'.' + it.key();
        const QJsonValue v = it.value();
        if (v.isNull()) {
            if (field->required)
                return Rejection{u"missing_field"_s, FieldMerge::tr("%1 不能为空").arg(name)};
            if (!field->nullable)
                return Rejection{u"bad_value"_s, FieldMerge::tr("%1 必须有值").arg(name)};
            continue;
        }
        if (field->type == FieldType::Integer) {
            if (!isInteger(v))
                return Rejection{u"bad_type"_s, FieldMerge::tr("%1 应为整数").arg(name)};
            const qint64 n = v.toInteger();
            if (n < field->min || n > field->max) {
                const QString range = field->max == std::numeric_limits<qint64>::max()
                    ? FieldMerge::tr("不能小于 %1").arg(field->min)
                    : FieldMerge::tr("应在 %1 到 %2 之间").arg(field->min).arg(field->max);
                return Rejection{u"bad_value"_s, u"%1 %2"_s.arg(name, range)};
            }
            continue;
        }
        if (!v.isString())
            return Rejection{u"bad_type"_s, FieldMerge::tr("%1 应为文字").arg(name)};
        const QString text = v.toString();
        if (text.size() > 1'000'000)
            return Rejection{u"bad_value"_s, FieldMerge::tr("%1 太长").arg(name)};
        // "" on a new row is a missing field (below); blank text is never a value.
        if (field->required && text.trimmed().isEmpty() && !(creating && text.isEmpty()))
            return Rejection{u"bad_value"_s, FieldMerge::tr("%1 不能为空").arg(name)};
        if (!field->allowed.isEmpty() && !text.isEmpty() && !field->allowed.contains(text))
            return Rejection{u"bad_value"_s, FieldMerge::tr("%1 只能是以下之一：%2").arg(name, field->allowed.join(u", "_s))};
    }
    if (creating) {
        for (const FieldSpec &field : spec.fields) {
            if (field.required && isEmpty(fields.value(field.name)))
                return Rejection{u"missing_field"_s, FieldMerge::tr("新的 %1 缺少 %2").arg(spec.name, field.name)};
        }
    }
    return std::nullopt;
}

QList<Reference> referencesIn(const EntitySpec &spec, const QJsonObject &fields)
{
    QList<Reference> out;
    for (const FieldSpec &field : spec.fields) {
        if (field.references.isEmpty())
            continue;
        const QString id = fields.value(field.name).toString();
        if (!id.isEmpty())
            out.append({&field, id});
    }
    return out;
}

Rejection missingReference(const EntitySpec &spec, const Reference &ref)
{
    return {u"missing_parent"_s,
            FieldMerge::tr("%1.%2 指向的 %3「%4」不存在").arg(spec.name, ref.field->name, ref.field->references, ref.id)};
}

} // namespace sales::protocol
