// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceopener.h"

#include "domain/ids.h"
#include "logging.h"
#include "offguithread.h"
#include "security/keymaterial.h"
#include "security/keystore.h"
#include "sync/syncaccount.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sales {

WorkspaceOpener::WorkspaceOpener(WorkspaceDir dir, KeyStore *keyStore, QObject *parent)
    : QObject(parent), m_dir(std::move(dir)), m_keyStore(keyStore)
{
    qRegisterMetaType<ReplicaConfig>();
    qRegisterMetaType<WorkspaceInfo>();
    connect(keyStore, &KeyStore::keyRead, this,
            [this](const QString &id, const QByteArray &key, KeyStore::Status status, const QString &error) {
                onKeyRead(id, key, int(status), error);
            });
    connect(keyStore, &KeyStore::probed, this, &WorkspaceOpener::onProbed);
    connect(keyStore, &KeyStore::keyStored, this, &WorkspaceOpener::onKeyStored);
}

WorkspaceOpener::~WorkspaceOpener()
{
    wipe(m_pendingKey);
}

void WorkspaceOpener::start()
{
    if (m_dir.hasInfo())
        openExisting();
    else if (m_dir.hasReplica())
        fail(WorkspaceFailure::Damaged,
             tr("工作区描述文件 workspace.json 缺失，无法确定密钥。数据库文件保持原样，未做任何改动。"));
    else
        createNew();
}

void WorkspaceOpener::openExisting()
{
    const Expected<WorkspaceInfo> info = m_dir.readInfo();
    if (!info) {
        m_info.reset();
        return fail(WorkspaceFailure::Damaged, info.message());
    }
    m_info = *info;
    if (!m_dir.hasReplica())
        return fail(WorkspaceFailure::Failed, tr("找不到本地数据库文件：%1").arg(m_dir.replicaPath()));
    if (m_info->custody == KeyCustody::Keychain)
        m_keyStore->readKey(m_info->id);
    else
        Q_EMIT passphraseNeeded(false, tr("此工作区的数据由口令保护，请输入口令解锁。"));
}

void WorkspaceOpener::createNew()
{
    m_creating = true;
    m_keyStore->probe();
}

void WorkspaceOpener::onProbed(bool available, const QString &reason)
{
    if (!m_creating || m_info)
        return;
    WorkspaceInfo info;
    info.id = newId();
    info.name = m_demo ? tr("演示工作区") : tr("本地工作区");
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.demo = m_demo;
    if (available) {
        info.custody = KeyCustody::Keychain;
        m_pendingKey = generateDatabaseKey();
        info.keyCheck = QString::fromLatin1(keyCheckValue(m_pendingKey));
        m_info = info;
        m_keyStore->storeKey(info.id, m_pendingKey);
        return;
    }
    info.custody = KeyCustody::Passphrase;
    info.kdf = m_newKdf.value_or(KdfParams::fresh());
    m_info = info;
    Q_EMIT passphraseNeeded(true, reason);
}

void WorkspaceOpener::onKeyStored(const QString &workspaceId, bool ok, const QString &error)
{
    if (!m_creating || !m_info || workspaceId != m_info->id)
        return;
    if (!ok) {
        // The keychain looked usable but refused the key: protect with a passphrase instead.
        wipe(m_pendingKey);
        m_info->custody = KeyCustody::Passphrase;
        m_info->kdf = m_newKdf.value_or(KdfParams::fresh());
        Q_EMIT passphraseNeeded(true, tr("无法把密钥存入系统钥匙串（%1），将改用口令保护本地数据。").arg(error));
        return;
    }
    if (const Result written = m_dir.writeInfo(*m_info); !written.ok)
        return fail(WorkspaceFailure::Failed, written.message);
    finishWithKey(std::exchange(m_pendingKey, {}));
}

void WorkspaceOpener::onKeyRead(const QString &workspaceId, const QByteArray &key, int status, const QString &error)
{
    if (m_creating || !m_info || workspaceId != m_info->id)
        return;
    switch (KeyStore::Status(status)) {
    case KeyStore::Status::Ok:
        return finishWithKey(key);
    case KeyStore::Status::NotFound:
        return fail(WorkspaceFailure::KeyMissing,
                    tr("系统钥匙串中找不到此工作区的密钥（钥匙串可能已被重置或仍处于锁定状态）。"
                       "本地数据保持原样；请解锁钥匙串后重试。")
                        + resyncOffer());
    case KeyStore::Status::Unavailable:
        return fail(WorkspaceFailure::KeychainUnavailable,
                    tr("系统钥匙串当前不可用，无法取得本地数据库密钥：%1").arg(error));
    case KeyStore::Status::AccessDenied:
    case KeyStore::Status::Failed:
        break;
    }
    fail(WorkspaceFailure::Failed, tr("读取系统钥匙串失败：%1").arg(error));
}

void WorkspaceOpener::providePassphrase(const QString &passphrase)
{
    if (m_deriving || !m_info || !m_info->kdf)
        return;
    if (m_creating) {
        const QString weakness = passphraseWeakness(passphrase);
        if (!weakness.isEmpty()) {
            Q_EMIT passphraseNeeded(true, weakness);
            return;
        }
    }
    m_deriving = true;
    deliverToContext(this, deriveKeyAsync(passphrase, *m_info->kdf), [this](const std::optional<QByteArray> &key) {
        m_deriving = false;
        onPassphraseKey(key);
    });
}

void WorkspaceOpener::onPassphraseKey(const std::optional<QByteArray> &derived)
{
    if (!derived)
        return fail(WorkspaceFailure::Failed, tr("无法由口令生成密钥（可能内存不足）。"));
    QByteArray key = *derived;
    if (m_creating) {
        m_info->keyCheck = QString::fromLatin1(keyCheckValue(key));
        if (const Result written = m_dir.writeInfo(*m_info); !written.ok) {
            wipe(key);
            return fail(WorkspaceFailure::Failed, written.message);
        }
    } else if (QString::fromLatin1(keyCheckValue(key)) != m_info->keyCheck) {
        wipe(key);
        Q_EMIT passphraseNeeded(false, tr("口令不正确，请重新输入。"));
        return;
    }
    finishWithKey(key);
}

void WorkspaceOpener::finishWithKey(QByteArray key)
{
    if (QString::fromLatin1(keyCheckValue(key)) != m_info->keyCheck) {
        wipe(key);
        return fail(WorkspaceFailure::WrongKey,
                    tr("取得的密钥与此工作区不匹配，无法解密本地数据。文件保持原样，未做任何改动。"));
    }
    ReplicaConfig config;
    config.path = m_dir.replicaPath();
    config.keyHex = rawKeyToSqlCipherPassword(key);
    config.create = m_creating && !m_dir.hasReplica();
    wipe(key);
    {
        ReplicaConnection connection(config);
        if (!connection.isOpen()) {
            const QString text = connection.errorText();
            switch (connection.error()) {
            case ReplicaError::WrongKeyOrDamaged: // the key check passed, so the file is at fault
            case ReplicaError::Damaged:
                return fail(WorkspaceFailure::Damaged,
                            tr("本地数据库文件已损坏，无法读取。文件保持原样，未做任何改动。") + resyncOffer());
            case ReplicaError::NewerSchema:
                return fail(WorkspaceFailure::NewerSchema, text);
            case ReplicaError::DiskFull:
                return fail(WorkspaceFailure::DiskFull, text);
            default:
                return fail(WorkspaceFailure::Failed, text);
            }
        }
        rememberServer(connection.database());
    }
    config.create = false;
    qCInfo(lcSecurity) << "workspace" << m_info->id << "unlocked";
    Q_EMIT opened(config, *m_info, m_creating);
}

QString WorkspaceOpener::resyncOffer() const
{
    if (!m_info || m_info->server.isEmpty())
        return {}; // nothing to resync from: offering it would send the user looking for a server
    return tr("可从服务器 %1 重新同步此工作区。").arg(m_info->server);
}

void WorkspaceOpener::rememberServer(QSqlDatabase db)
{
    if (!m_info)
        return;
    const QString server = SyncProfile::load(std::move(db)).serverUrl;
    if (server == m_info->server)
        return;
    m_info->server = server;
    if (const Result written = m_dir.writeInfo(*m_info); !written.ok) // only a resync offer depends on it
        qCWarning(lcStorage) << "could not record the workspace's server:" << written.message;
}

void WorkspaceOpener::fail(WorkspaceFailure failure, const QString &message)
{
    qCWarning(lcStorage) << "workspace open failed:" << int(failure);
    Q_EMIT failed(failure, message);
}

} // namespace sales
