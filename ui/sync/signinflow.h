// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateconfirmation.h"
#include "logindialog.h"
#include "sync/syncaccount.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace sales {

// Signing in, every step chained on a signal: the login dialog (open()), the
// server's certificate confirmed by the user on first use or when it changed
// (or trusted through a CA file), then the login call on a worker thread. The
// dialog stays open with the error on any failure and closes on success.
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    explicit SignInFlow(QObject *parent = nullptr);
    ~SignInFlow() override;

    // Trust servers whose certificate chains to this CA (PEM) instead of asking.
    void setCaFile(const QString &pemFile) { m_caFile = pemFile; }
    void setCertificateTimeoutMs(int ms) { m_certificate.setTimeoutMs(ms); }

    // current: the workspace's profile (prefills the dialog; its fingerprint is
    // trusted without asking when the address is the same). Returns at once.
    void start(QWidget *parent, const SyncProfile &current, const QString &serverUrl = {});
    LoginDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // Emitted before the dialog closes; the caller saves profile and token.
    void signedIn(const sales::SyncProfile &profile, const QByteArray &token);

private:
    void requested(const LoginValues &values);
    void login(const QString &fingerprint);

    CertificateConfirmation m_certificate;
    QPointer<LoginDialog> m_dialog;
    SyncProfile m_current;
    QString m_caFile;
    // What the dialog asked for, while the certificate is checked.
    QString m_url;
    QString m_user;
    QString m_password;
    QString m_device;
};

} // namespace sales
