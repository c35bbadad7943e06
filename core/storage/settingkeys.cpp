// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingkeys.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

bool matches(QStringView pattern, QStringView key)
{
    const qsizetype star = pattern.indexOf(u'*');
    if (star < 0)
        return pattern == key;
    const QStringView head = pattern.left(star);
    const QStringView tail = pattern.mid(star + 1);
    if (key.size() <= head.size() + tail.size() || !key.startsWith(head) || !key.endsWith(tail))
        return false;
    const QStringView segment = key.mid(head.size(), key.size() - head.size() - tail.size());
    return !segment.contains(u'/');
}

} // namespace

const SettingKey *SettingRegistry::find(const QString &key) const
{
    if (key.isEmpty() || key.contains(u'*')) // a pattern itself: settingKeyFor() was forgotten
        return nullptr;
    for (const SettingKey &k : m_keys) {
        if (matches(k.key, key))
            return &k;
    }
    return nullptr;
}

QString settingKeyFor(const QString &pattern, const QString &areaId)
{
    if (areaId.isEmpty() || areaId.contains(u'/') || areaId.contains(u'*') || pattern.count(u'*') != 1)
        return {};
    QString key = pattern;
    return key.replace(u"*"_s, areaId);
}

const SettingRegistry &builtInSettings()
{
    // Layout states are Qt's own opaque QByteArrays; an empty one means "none saved",
    // which the widgets' restore functions refuse, so the window lays itself out.
    static const SettingRegistry registry(
        {
            {SettingKeys::WindowGeometry, QByteArray(), 1, {}},
            // v1 (QSettings, up to schema 8): navigation | list | lead view. v2: navigation |
            // the work areas' pages, each with its own splitter; the old sizes do not apply.
            {SettingKeys::MainSplitter, QByteArray(), 2, [](int, const QVariant &) { return QVariant(); }},
            {SettingKeys::AreaSplitter, QByteArray(), 1, {}},
            {SettingKeys::AreaColumns, QByteArray(), 1, {}},
        },
        {
            // Clients up to schema version 8 kept the layout in QSettings.
            {u"mainWindow/geometry"_s, SettingKeys::WindowGeometry},
            {u"mainWindow/splitter"_s, SettingKeys::MainSplitter},
            {u"mainWindow/leadColumns"_s, settingKeyFor(SettingKeys::AreaColumns, SettingKeys::LeadsArea)},
        });
    return registry;
}

} // namespace sales
