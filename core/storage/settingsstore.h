// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "storage/settingkeys.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSettings;

namespace sales {

// The client's settings, in the replica's local_setting table (never synced), each
// value with the version of its key's format. Only keys declared in the registry
// (settingkeys.cpp) are read or written: any other key is a programming error,
// refused with a critical log line, never stored.
class SettingsStore final
{
public:
    // The registry is copied (its lists are implicitly shared); the clock must outlive the store.
    explicit SettingsStore(QSqlDatabase db, SettingRegistry registry = builtInSettings(),
                           const Clock &clock = systemClock())
        : m_db(std::move(db)), m_registry(std::move(registry)), m_clock(clock)
    {
    }

    // The stored value, migrated up to the key's version (and written back so), or
    // the key's default when nothing usable is stored. A value a newer client wrote
    // (a higher version) is left as it is: this client gets the default.
    // An unknown key gives an invalid QVariant.
    QVariant value(const QString &key);
    // Stores value at the key's current version, also over a value a newer client
    // wrote (the user's latest choice wins; that client migrates it up again).
    // Refused (false) for an unknown key or a value not of the type of the key's default.
    bool setValue(const QString &key, const QVariant &value);

    // Moves the settings older clients kept in QSettings (the registry's legacy list)
    // into the table: a value is taken only when the table has none for its key, and
    // the QSettings entry is removed once the table holds the key. Returns how many
    // values were taken. Running it again finds nothing to do.
    int importLegacy(QSettings &legacy);

private:
    const SettingKey *known(const QString &key) const;
    bool write(const QString &key, const QVariant &value, int version);
    bool hasRow(const QString &key) const;
    void drop(const QString &key);

    QSqlDatabase m_db;
    SettingRegistry m_registry;
    const Clock &m_clock;
};

} // namespace sales
