// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sales {

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, QString* error)
    : m_object(std::move(object)), m_path(std::move(path)), m_error(error)
{
}

bool JsonObjectReader::allowOnly(const QStringList& allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(it.key(), u"unknown field"_s);
    }
    return true;
}

bool JsonObjectReader::has(const QString& key) const
{
    return m_object.contains(key);
}

bool JsonObjectReader::fail(const QString& key, const QString& problem) const
{
    if (m_error)
        *m_error = fieldPath(key) + u": "_s + problem;
    return false;
}

QString JsonObjectReader::fieldPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

bool JsonObjectReader::string(const QString& key, bool required, QString* out) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        out->clear();
        return !required || fail(key, u"is required"_s);
    }
    if (!v.isString())
        return fail(key, u"must be a string"_s);
    *out = v.toString();
    if (required && out->trimmed().isEmpty())
        return fail(key, u"must not be empty"_s);
    return true;
}

bool JsonObjectReader::identifier(const QString& key, QString* out) const
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!string(key, true, out))
        return false;
    if (!re.match(*out).hasMatch())
        return fail(key, u"must be 1-64 letters, digits, '_' or '-'"_s);
    return true;
}

bool JsonObjectReader::integer(const QString& key, std::optional<int> fallback, int min, int max,
                               int* out) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (!fallback)
            return fail(key, u"is required"_s);
        *out = *fallback;
        return true;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d)
        return fail(key, u"must be an integer"_s);
    if (d < min || d > max)
        return fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
    *out = static_cast<int>(d);
    return true;
}

bool JsonObjectReader::boolean(const QString& key, bool fallback, bool* out) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    if (!v.isBool())
        return fail(key, u"must be true or false"_s);
    *out = v.toBool();
    return true;
}

bool JsonObjectReader::array(const QString& key, bool required, QJsonArray* out) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        *out = {};
        return !required || fail(key, u"is required"_s);
    }
    if (!v.isArray())
        return fail(key, u"must be an array"_s);
    *out = v.toArray();
    return true;
}

} // namespace sales
