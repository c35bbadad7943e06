// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/logindialog.h"

#include "windowgeometry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("登录服务器"));
    windowgeometry::keepOnScreen(this);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("登录后，本机的数据会与服务器同步。服务器地址请向管理员索取。"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto addField = [this, form](const QString &label, const QString &field, QLineEdit *input) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(input);
        form->addRow(caption, m_fieldErrors.wrap(field, input, this));
    };
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(u"https://sales.example.com:8443"_s);
    addField(tr("服务器地址(&S)："), u"server"_s, m_server);
    m_user = new QLineEdit(this);
    addField(tr("用户名(&U)："), u"userName"_s, m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    addField(tr("密码(&P)："), u"password"_s, m_password);
    m_device = new QLineEdit(QSysInfo::machineHostName(), this);
    m_device->setToolTip(tr("管理员在设备列表中看到的名字，便于在设备丢失时吊销它。"));
    addField(tr("设备名称(&D)："), u"deviceName"_s, m_device);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_progress = new QLabel(tr("正在登录…"), this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_login = buttons->button(QDialogButtonBox::Ok);
    m_login->setText(tr("登录"));
    m_login->setObjectName(u"okButton"_s);
    m_login->setToolTip(tr("Enter 或 Ctrl+Enter 登录"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("取消"));
    cancel->setObjectName(u"cancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &LoginDialog::accept);
    }

    setTabOrder(m_server, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_device);
    setTabOrder(m_device, m_login);
    setTabOrder(m_login, cancel);
    m_server->setFocus();
}

void LoginDialog::prefill(const QString &serverUrl, const QString &userName)
{
    setWindowTitle(tr("重新登录"));
    m_server->setText(serverUrl);
    m_user->setText(userName);
    (serverUrl.isEmpty() ? m_server : userName.isEmpty() ? m_user : m_password)->setFocus();
}

QString LoginDialog::checkServerAddress(const QString &text, QUrl *url)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return tr("请填写服务器地址，例如 https://sales.example.com:8443");
    const QUrl parsed(typed, QUrl::StrictMode);
    if (!typed.contains(u"://"_s) || typed.section(u"://"_s, 0, 0).toLower() != u"https"_s)
        return tr("服务器地址必须以 https:// 开头，例如 https://sales.example.com:8443");
    if (!parsed.isValid())
        return tr("服务器地址的格式不对，例如 https://sales.example.com:8443");
    if (parsed.host().isEmpty())
        return tr("服务器地址缺少主机名，例如 https://sales.example.com:8443");
    if (!parsed.userInfo().isEmpty() || (!parsed.path().isEmpty() && parsed.path() != u"/"_s) || parsed.hasQuery()
        || parsed.hasFragment())
        return tr("服务器地址只需要主机名和端口，例如 https://sales.example.com:8443");
    if (url) {
        QUrl normalised;
        normalised.setScheme(u"https"_s);
        normalised.setHost(parsed.host());
        normalised.setPort(parsed.port());
        *url = normalised;
    }
    return {};
}

LoginValues LoginDialog::values() const
{
    LoginValues v;
    checkServerAddress(m_server->text(), &v.server);
    v.userName = m_user->text().trimmed();
    v.password = m_password->text();
    v.deviceName = m_device->text().trimmed();
    return v;
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    showProblem({});
    QHash<QString, QString> errors;
    if (const QString problem = checkServerAddress(m_server->text()); !problem.isEmpty())
        errors.insert(u"server"_s, problem);
    if (m_user->text().trimmed().isEmpty())
        errors.insert(u"userName"_s, tr("请填写用户名"));
    if (m_password->text().isEmpty())
        errors.insert(u"password"_s, tr("请填写密码"));
    if (m_device->text().trimmed().isEmpty())
        errors.insert(u"deviceName"_s, tr("请填写设备名称，例如“张三的笔记本”"));
    m_fieldErrors.show(errors);
    growToFit();
    if (!errors.isEmpty())
        return;
    Q_EMIT loginRequested(values());
}

void LoginDialog::loginSucceeded()
{
    setBusy(false);
    QDialog::accept();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *input : {m_server, m_user, m_password, m_device})
        input->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        showProblem({});
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    showProblem(message);
    m_password->setFocus();
    m_password->selectAll();
}

QString LoginDialog::errorText() const
{
    return m_problem->text();
}

void LoginDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    growToFit();
}

void LoginDialog::growToFit()
{
    // A shown top-level window does not grow by itself for messages that appear.
    if (!isVisible())
        return;
    const int needed = qMax(layout()->totalHeightForWidth(width()), layout()->totalMinimumSize().height());
    if (needed > height()) { // but never past the bottom of a small screen
        resize(windowgeometry::fittingSize(this, {width(), needed}));
        windowgeometry::keepOnScreen(this);
    }
}

} // namespace sales
