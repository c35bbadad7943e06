// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/replicaconnection.h"
#include "sync/syncaccount.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QSqlDatabase>

class QWidget;

namespace sales {

class CertificateConfirmation;
class KeyStore;
class SignInFlow;
class SyncRunner;
class SyncScheduler;
class TokenCustody;

// Background sync for one workspace, as the main window sees it: the status,
// sign-in and sign-out, and the conflicts dialog. The work is done by
// SyncScheduler (when), SyncRunner (the run and its progress), TokenCustody
// (the device token), SignInFlow and CertificateConfirmation (the user's say).
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
    bool isSignedIn() const;
    void setIntervals(int idleMs, int afterEditMs); // tests use short ones
    // Trust servers whose certificate chains to this CA (PEM) instead of asking
    // the user to confirm a fingerprint (--server-ca).
    void setCaFile(const QString &pemFile);

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
    void signedOut();   // the token is forgotten and syncing has stopped
    void userChanged(); // a sync changed the signed-in user's row (role, team, region, name)
    void replicaDamaged(); // a sync stopped on the replica file itself (ReplicaDamage)

private:
    void publish();
    void finished(const SyncReport &report);
    void adopt(const SyncProfile &profile, const QByteArray &token);
    void confirmChangedCertificate();
    QString userRow() const;

    QSqlDatabase m_db;
    SyncProfile m_profile;
    SyncStatus m_status;
    SyncScheduler *m_scheduler = nullptr;
    SyncRunner *m_runner = nullptr;
    TokenCustody *m_token = nullptr;
    SignInFlow *m_signIn = nullptr;
    CertificateConfirmation *m_certificate = nullptr; // after the pinned one was refused
    QString m_userBefore; // the signed-in user's row when the run began
};

} // namespace sales
