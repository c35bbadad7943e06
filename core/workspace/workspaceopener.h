// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/replicaconnection.h"
#include "workspaceinfo.h"

#include <QObject>
#include <QPointer>

namespace sales {

class KeyStore;

enum class WorkspaceFailure {
    WrongKey,            // key check mismatch: the key does not belong to this replica
    Damaged,             // replica or workspace.json unreadable: offer a resync, touch nothing
    KeyMissing,          // keychain answered but has no key for this workspace
    KeychainUnavailable, // keychain custody, but no keychain works now
    NewerSchema,
    DiskFull,            // the disk has less free space than opening needs: the text says how much
    Failed,
};

// Finds the key for a workspace and opens (or first creates) its replica.
// Asynchronous and UI-free: when it needs a passphrase it says so and waits for
// providePassphrase(); the UI decides how to ask. Nothing is ever written over
// an existing replica, and a failure leaves every file as it was.
class WorkspaceOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceOpener)

public:
    WorkspaceOpener(WorkspaceDir dir, KeyStore *keyStore, QObject *parent = nullptr);
    ~WorkspaceOpener() override;

    // Test seam: cheaper KDF parameters for new passphrase workspaces.
    void setKdfParamsForNewWorkspaces(const KdfParams &params) { m_newKdf = params; }
    void setDemo(bool demo) { m_demo = demo; }

    void start();
    void providePassphrase(const QString &passphrase);

Q_SIGNALS:
    // creating: a new passphrase is being set (the UI asks twice); why: the reason to show.
    void passphraseNeeded(bool creating, const QString &why);
    // config.keyHex carries the key in memory for the connections the caller opens.
    void opened(const sales::ReplicaConfig &config, const sales::WorkspaceInfo &info, bool created);
    void failed(sales::WorkspaceFailure failure, const QString &message);

public:
    // Records in workspace.json the server db's SyncProfile names (at open, and
    // after a sign-in or sign-out), so an open that fails later can still say
    // whether a resync is possible. Only after opened().
    void rememberServer(QSqlDatabase db);

private:
    void openExisting();
    void createNew();
    void onKeyRead(const QString &workspaceId, const QByteArray &key, int status, const QString &error);
    void onProbed(bool available, const QString &reason);
    void onKeyStored(const QString &workspaceId, bool ok, const QString &error);
    void onPassphraseKey(const std::optional<QByteArray> &key);
    void finishWithKey(QByteArray key);
    void fail(WorkspaceFailure failure, const QString &message);
    // " 可从服务器 … 重新同步。" when this workspace has a server; empty otherwise.
    QString resyncOffer() const;

    WorkspaceDir m_dir;
    QPointer<KeyStore> m_keyStore;
    std::optional<WorkspaceInfo> m_info; // existing workspace, or the one being created
    bool m_creating = false;
    bool m_demo = false;
    bool m_deriving = false;
    QByteArray m_pendingKey; // new key while the keychain stores it
    std::optional<KdfParams> m_newKdf;
};

} // namespace sales

Q_DECLARE_METATYPE(sales::ReplicaConfig)
Q_DECLARE_METATYPE(sales::WorkspaceInfo)
