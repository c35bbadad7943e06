// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/replicaconnection.h"
#include "sync/syncaccount.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

class QWidget;

namespace sales {

class KeyStore;
class LoginDialog;

// Background sync for one workspace: signs in (fingerprint confirmed once, then
// pinned), keeps the device token in the keychain (or, for a passphrase
// workspace, inside the encrypted replica), syncs every minute and soon after
// local edits on a worker thread with its own connection, backs off while the
// server cannot be reached, and reports status for the status bar.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(QSqlDatabase db, ReplicaConfig replica, QString workspaceId, bool tokenInKeychain,
                   KeyStore *keyStore, QObject *parent = nullptr);
    ~SyncController() override;

    void start(); // reads the profile and token; syncs if signed in
    SyncStatus status() const { return m_status; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    void setIntervals(int idleMs, int afterEditMs); // tests use short ones
    // Trust servers whose certificate chains to this CA (PEM) instead of asking
    // the user to confirm a fingerprint (--server-ca).
    void setCaFile(const QString &pemFile) { m_caFile = pemFile; }

public Q_SLOTS:
    void syncNow();
    void localChange(); // a local edit: sync soon
    void signIn(QWidget *parent, const QString &serverUrl = {});
    void signOut();
    void showConflicts(QWidget *parent);

Q_SIGNALS:
    void statusChanged(const sales::SyncStatus &status);
    void dataChanged();                  // rows arrived or were replaced: refresh views
    void notice(const QString &message); // one line for the status bar
    void signedIn();

private:
    void schedule(int ms);
    void publish();
    void finished(const SyncReport &report);
    void storeToken(const QByteArray &token);
    void confirmChangedCertificate();
    void loginWithFingerprint(LoginDialog *dialog, const QString &url, const QString &fingerprint,
                              const QString &user, const QString &password, const QString &device);

    QSqlDatabase m_db;
    ReplicaConfig m_replica;
    QString m_workspaceId;
    bool m_tokenInKeychain = true;
    QPointer<KeyStore> m_keyStore;
    SyncProfile m_profile;
    QByteArray m_token;
    SyncStatus m_status;
    QTimer m_timer;
    bool m_running = false;
    // A long pull reports rows and percent here from its thread; the GUI thread
    // reads it on m_progressTimer (no call into this object from the worker).
    struct ProgressBox;
    std::shared_ptr<ProgressBox> m_progressBox;
    QTimer m_progressTimer;
    void showProgress();
    bool m_again = false;
    int m_failures = 0;
    int m_idleMs = 60000;
    int m_afterEditMs = 3000;
    QString m_caFile;
};

} // namespace sales
