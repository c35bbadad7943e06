// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sales {

// Reads one JSON object strictly for configuration data (templates, dictionaries):
// every getter validates type and range and, on failure, writes
// "<path>.<field>: <problem>" to *error and returns false.
class JsonObjectReader final
{
public:
    JsonObjectReader(QJsonObject object, QString path, QString* error);

    bool allowOnly(const QStringList& allowed) const;
    bool has(const QString& key) const;
    bool fail(const QString& key, const QString& problem) const;
    QString fieldPath(const QString& key) const;

    // A required string must be present and not blank; an optional one defaults to empty.
    bool string(const QString& key, bool required, QString* out) const;
    // A stable identifier: letters, digits, '_' or '-', 1 to 64 characters.
    bool identifier(const QString& key, QString* out) const;
    // Without a fallback the field is required.
    bool integer(const QString& key, std::optional<int> fallback, int min, int max,
                 int* out) const;
    bool boolean(const QString& key, bool fallback, bool* out) const;
    bool array(const QString& key, bool required, QJsonArray* out) const;

private:
    QJsonObject m_object;
    QString m_path;
    QString* m_error = nullptr;
};

} // namespace sales
