// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace sales {

// The replica's database key in the OS keychain (QtKeychain: Secret Service, macOS
// Keychain, Windows Credential Manager), one entry per workspace. Every call answers
// later with exactly one signal; nothing here blocks or spins an event loop.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    enum class Status {
        Ok,
        NotFound,     // no entry for this workspace (or a locked Secret Service)
        Unavailable,  // no working keychain right now (no Secret Service, D-Bus down)
        AccessDenied, // the keychain or the user refused
        Failed,       // anything else; errorString says what
    };
    Q_ENUM(Status)

    static QString defaultService(); // cn.salescompass.Client
    static QString entryName(const QString& workspaceId); // replica-key:<workspaceId>
    // The id under which storeKey/readKey/removeKey keep the sync server's device
    // token for a workspace: entry "device-token:<workspaceId>".
    static QString tokenEntry(const QString& workspaceId) { return QStringLiteral("device-token:") + workspaceId; }

    explicit KeyStore(QObject* parent = nullptr);
    explicit KeyStore(const QString& service, QObject* parent = nullptr);
    ~KeyStore() override;

    QString service() const { return m_service; }

    // A probe with no answer within this time reports the keychain unavailable
    // (e.g. an unlock prompt nobody can see). Default two minutes.
    void setProbeTimeout(std::chrono::milliseconds timeout);

    // Writes a random value to entry "probe", reads it back and deletes it: a read
    // alone cannot tell a missing or locked keychain from a missing entry.
    // A probe already running answers for this call too.
    void probe();
    void storeKey(const QString& workspaceId, const QByteArray& key);
    void readKey(const QString& workspaceId);
    void removeKey(const QString& workspaceId);

Q_SIGNALS:
    // reason is a sentence for the user when !available, empty otherwise.
    void probed(bool available, const QString& reason);
    void keyStored(const QString& workspaceId, bool ok, const QString& error);
    void keyRead(const QString& workspaceId, const QByteArray& key,
                 sales::KeyStore::Status status, const QString& error);
    void keyRemoved(const QString& workspaceId, bool ok, const QString& error);

private:
    void probeWritten(quint64 generation, int error, const QString& errorString,
                      const QByteArray& value);
    void probeReadBack(quint64 generation, int error, const QString& errorString,
                       const QByteArray& expected, const QByteArray& actual);
    void finishProbe(quint64 generation, bool available, const QString& reason);

    QString m_service;
    QTimer m_probeTimer;
    quint64 m_probeGeneration = 0;
    bool m_probing = false;
};

} // namespace sales
