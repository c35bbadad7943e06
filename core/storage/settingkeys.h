// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace sales {

// One known setting: its key, what value() gives when nothing is stored, and the
// version of its value's format. When the format changes, bump version and let
// migrate turn a value written at any older version into the current one (an
// invalid QVariant, or no migrate at all, drops the old value: the default applies).
// A key may hold one "*" segment, filled by settingKeyFor() with an area id, so one
// declaration covers "layout/leads/columns", "layout/overdue/columns" and so on.
struct SettingKey
{
    QString key;
    QVariant defaultValue; // its type is the type every stored value must have
    int version = 1;
    std::function<QVariant(int fromVersion, const QVariant &value)> migrate;
};

// A QSettings key of an older client and the setting it becomes (imported once),
// stored at the version its value has, so the key's migrate() brings it up to date.
struct LegacySetting
{
    QString qsettingsKey;
    QString key;
    int version = 1;
};

// The settings a SettingsStore accepts. Tests build their own; the client uses builtInSettings().
class SettingRegistry final
{
public:
    SettingRegistry(QList<SettingKey> keys, QList<LegacySetting> legacy = {})
        : m_keys(std::move(keys)), m_legacy(std::move(legacy))
    {
    }

    // The declaration a concrete key belongs to, or nullptr when none does.
    const SettingKey *find(const QString &key) const;
    const QList<SettingKey> &keys() const { return m_keys; }
    const QList<LegacySetting> &legacy() const { return m_legacy; }

private:
    QList<SettingKey> m_keys;
    QList<LegacySetting> m_legacy;
};

// "layout/*/columns" with "leads" -> "layout/leads/columns". An area id is one
// non-empty path segment (no '/'); anything else gives an empty, unknown key.
QString settingKeyFor(const QString &pattern, const QString &areaId);

// The single declaration point of the client's settings (settingkeys.cpp).
namespace SettingKeys {
inline constexpr QLatin1String WindowGeometry("window/geometry"); // QMainWindow::saveGeometry()
inline constexpr QLatin1String MainSplitter("window/splitter");   // navigation | work-area pages (v2)
inline constexpr QLatin1String AreaSplitter("layout/*/splitter"); // a work area's own splitter
inline constexpr QLatin1String AreaColumns("layout/*/columns");   // a work area's list header state
inline constexpr QLatin1String LeadsArea("leads");                // the lead list's area id
} // namespace SettingKeys

const SettingRegistry &builtInSettings();

} // namespace sales
