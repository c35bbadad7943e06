// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fielderrors.h"

#include <QDialog>
#include <QMetaType>
#include <QString>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sales {

struct LoginValues
{
    QUrl server; // https://host[:port], nothing else
    QString userName;
    QString password;
    QString deviceName;
};

// Signing in to a sync server. The dialog does no networking: 登录 (or
// Ctrl+Enter) checks the fields and emits loginRequested; the caller calls
// setBusy(true), logs in, and then either loginSucceeded() (closes the dialog)
// or showError() (everything typed stays, focus goes back to the password).
// rejected() while busy means the user gave up: abandon the request.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    // For a re-login: the address and user are filled in, focus is on the password.
    void prefill(const QString &serverUrl, const QString &userName);
    LoginValues values() const;
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    QString errorText() const;

    // Why text is not a usable server address (empty when it is); url gets the
    // normalised address.
    static QString checkServerAddress(const QString &text, QUrl *url = nullptr);

public Q_SLOTS:
    void accept() override; // checks, then emits loginRequested; does not close
    void loginSucceeded();

Q_SIGNALS:
    void loginRequested(const sales::LoginValues &values);

private:
    void showProblem(const QString &text);
    void growToFit();

    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_device = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_login = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace sales

Q_DECLARE_METATYPE(sales::LoginValues)
