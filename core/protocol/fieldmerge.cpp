// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmerge.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sales::protocol {
namespace {

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
            return Rejection{u"unknown_field"_s, u"%1 has no field %2"_s.arg(spec.name, it.key())};
        const QJsonValue v = it.value();
        if (v.isNull()) {
            if (field->required)
                return Rejection{u"missing_field"_s, u"%1.%2 may not be null"_s.arg(spec.name, it.key())};
            continue;
        }
        if (field->type == FieldType::Integer && !isInteger(v))
            return Rejection{u"bad_type"_s, u"%1.%2 must be an integer"_s.arg(spec.name, it.key())};
        if (field->type == FieldType::Text && !v.isString())
            return Rejection{u"bad_type"_s, u"%1.%2 must be a string"_s.arg(spec.name, it.key())};
        if (field->type == FieldType::Text && v.toString().size() > 1'000'000)
            return Rejection{u"bad_value"_s, u"%1.%2 is too long"_s.arg(spec.name, it.key())};
        if (!field->allowed.isEmpty() && !field->allowed.contains(v.toString()))
            return Rejection{u"bad_value"_s,
                             u"%1.%2 must be one of %3"_s.arg(spec.name, it.key(), field->allowed.join(u", "_s))};
    }
    if (creating) {
        for (const FieldSpec &field : spec.fields) {
            if (field.required && isEmpty(fields.value(field.name)))
                return Rejection{u"missing_field"_s, u"a new %1 needs %2"_s.arg(spec.name, field.name)};
        }
    }
    return std::nullopt;
}

} // namespace sales::protocol
