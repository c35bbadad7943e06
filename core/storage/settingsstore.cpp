// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "logging.h"

#include <QDataStream>
#include <QIODevice>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

// A fixed stream version, so a value reads back the same whatever Qt runs later.
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

QByteArray encode(const QVariant &value)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << value;
    return bytes;
}

QVariant decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    QVariant value;
    in >> value;
    return in.status() == QDataStream::Ok ? value : QVariant();
}

bool hasTypeOf(const QVariant &value, const SettingKey &key)
{
    return !key.defaultValue.isValid() || value.metaType() == key.defaultValue.metaType();
}

} // namespace

const SettingKey *SettingsStore::known(const QString &key) const
{
    const SettingKey *k = m_registry.find(key);
    if (!k)
        qCCritical(lcStorage) << "setting" << key << "is not declared (settingkeys.cpp): refused";
    return k;
}

QVariant SettingsStore::value(const QString &key)
{
    const SettingKey *k = known(key);
    if (!k)
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value, version FROM local_setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        qCWarning(lcStorage) << "cannot read setting" << key << q.lastError().text();
        return k->defaultValue;
    }
    if (!q.next())
        return k->defaultValue;
    const QByteArray stored = q.value(0).toByteArray();
    const int version = q.value(1).toInt();
    q.finish();

    if (version > k->version) {
        qCInfo(lcStorage) << "setting" << key << "is at version" << version << "from a newer client; left as is";
        return k->defaultValue;
    }
    const QVariant decoded = decode(stored);
    if (version == k->version) {
        if (decoded.isValid() && hasTypeOf(decoded, *k))
            return decoded;
        qCWarning(lcStorage) << "setting" << key << "cannot be read back; using its default";
        return k->defaultValue;
    }
    const QVariant migrated = k->migrate && decoded.isValid() ? k->migrate(version, decoded) : QVariant();
    if (!migrated.isValid() || !hasTypeOf(migrated, *k)) {
        qCInfo(lcStorage) << "setting" << key << "from version" << version << "is not carried over to" << k->version;
        drop(key);
        return k->defaultValue;
    }
    write(key, migrated, k->version);
    return migrated;
}

bool SettingsStore::setValue(const QString &key, const QVariant &value)
{
    const SettingKey *k = known(key);
    if (!k)
        return false;
    if (!value.isValid() || !hasTypeOf(value, *k)) {
        qCCritical(lcStorage) << "setting" << key << "takes" << k->defaultValue.metaType().name() << "not"
                              << value.metaType().name() << ": refused";
        return false;
    }
    return write(key, value, k->version);
}

int SettingsStore::importLegacy(QSettings &legacy)
{
    int taken = 0;
    for (const LegacySetting &l : m_registry.legacy()) {
        if (!legacy.contains(l.qsettingsKey))
            continue;
        const SettingKey *k = known(l.key);
        if (!k)
            continue;
        if (!hasRow(l.key)) {
            QVariant v = legacy.value(l.qsettingsKey);
            if (k->defaultValue.isValid() && v.metaType() != k->defaultValue.metaType()
                && !v.convert(k->defaultValue.metaType())) {
                qCWarning(lcStorage) << "legacy setting" << l.qsettingsKey << "has the wrong type; not imported";
                continue;
            }
            if (!write(l.key, v, l.version)) // value() migrates it to the key's version
                continue; // keep it in QSettings for the next start
            ++taken;
        }
        legacy.remove(l.qsettingsKey);
    }
    legacy.sync();
    if (taken > 0)
        qCInfo(lcStorage) << "imported" << taken << "settings from QSettings";
    return taken;
}

bool SettingsStore::write(const QString &key, const QVariant &value, int version)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO local_setting (key, value, version, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(encode(value));
    q.addBindValue(version);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (q.exec())
        return true;
    qCWarning(lcStorage) << "cannot write setting" << key << q.lastError().text();
    return false;
}

bool SettingsStore::hasRow(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM local_setting WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next();
}

void SettingsStore::drop(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM local_setting WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        qCWarning(lcStorage) << "cannot remove setting" << key << q.lastError().text();
}

} // namespace sales
