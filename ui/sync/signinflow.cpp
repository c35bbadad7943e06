// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinflow.h"

#include "logindialog.h"
#include "offguithread.h"

namespace sales {

SignInFlow::SignInFlow(QObject *parent) : QObject(parent)
{
    connect(&m_certificate, &CertificateConfirmation::trusted, this, &SignInFlow::login);
    connect(&m_certificate, &CertificateConfirmation::failed, this, [this](const QString &error) {
        if (m_dialog)
            m_dialog->showError(error);
    });
    connect(&m_certificate, &CertificateConfirmation::refused, this, [this] {
        if (m_dialog)
            m_dialog->showError(m_url == m_current.serverUrl && !m_current.fingerprint.isEmpty()
                                    ? tr("证书已变化且未被确认，未登录")
                                    : tr("没有信任这台服务器的证书，未登录"));
    });
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::start(QWidget *parent, const SyncProfile &current, const QString &serverUrl)
{
    if (m_dialog) { // one sign-in at a time
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_current = current;
    auto *dialog = new LoginDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(serverUrl.isEmpty() ? current.serverUrl : serverUrl, current.userName);
    m_dialog = dialog;
    connect(dialog, &LoginDialog::loginRequested, this, &SignInFlow::requested);
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (dialog == m_dialog)
            m_certificate.cancel(); // the user gave up
    });
    dialog->open();
}

void SignInFlow::requested(const LoginValues &values)
{
    if (!m_dialog)
        return;
    m_dialog->setBusy(true);
    m_url = values.server.toString();
    m_user = values.userName;
    m_password = values.password;
    m_device = values.deviceName;
    if (!m_caFile.isEmpty())
        return login(QString()); // a CA decides, not the user
    const QString pinned = m_url == m_current.serverUrl ? m_current.fingerprint : QString();
    m_certificate.start(m_dialog, m_url, pinned);
}

void SignInFlow::login(const QString &fingerprint)
{
    QPointer<LoginDialog> guard(m_dialog);
    if (!guard)
        return;
    const QString url = m_url;
    const QString caFile = fingerprint.isEmpty() ? m_caFile : QString();
    runOffGuiThread(
        this,
        [url, fingerprint, caFile, user = m_user, password = m_password, device = m_device] {
            return syncaccount::login(url, fingerprint, caFile, user, password, device);
        },
        [this, guard, url, fingerprint, caFile](const LoginResult &r) {
            if (!guard)
                return; // the user gave up
            if (!r.ok)
                return guard->showError(r.error);
            Q_EMIT signedIn({url, fingerprint, r.userName, r.userId, caFile}, r.token);
            if (guard)
                guard->loginSucceeded();
        });
    m_password.clear(); // the worker has its copy
}

} // namespace sales
