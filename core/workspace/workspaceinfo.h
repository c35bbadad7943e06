// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "security/passphrasekdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sales {

enum class KeyCustody { Keychain, Passphrase };

// workspace.json beside the replica: how to find the key, never the key itself.
// keyCheck (an HMAC of a constant under the key) tells a wrong key from a damaged file.
struct WorkspaceInfo
{
    QString id;
    QString name;
    KeyCustody custody = KeyCustody::Keychain;
    std::optional<KdfParams> kdf; // Passphrase custody only
    QString keyCheck;
    QDateTime createdAt;
    bool demo = false;
    // The sync server this workspace was last opened with (from its SyncProfile):
    // readable without the key, so a replica that cannot be opened can still say
    // whether a resync from a server is possible. Empty: a local-only workspace.
    QString server;

    QJsonObject toJson() const;
    static Expected<WorkspaceInfo> fromJson(const QJsonObject &json);
};

// The folder of one workspace: replica.db (+ -wal/-shm) and workspace.json.
class WorkspaceDir final
{
    Q_DECLARE_TR_FUNCTIONS(sales::WorkspaceDir)

public:
    explicit WorkspaceDir(QString root) : m_root(std::move(root)) {}

    static QString defaultDemoRoot();

    QString root() const { return m_root; }
    QString replicaPath() const;
    QString infoPath() const;
    bool hasInfo() const;
    bool hasReplica() const;

    Expected<WorkspaceInfo> readInfo() const;
    Result writeInfo(const WorkspaceInfo &info) const;

private:
    QString m_root;
};

} // namespace sales
