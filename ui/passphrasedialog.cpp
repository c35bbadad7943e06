// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sales {

PassphraseDialog::PassphraseDialog(bool creating, const QString &why, QWidget *parent)
    : QDialog(parent), m_creating(creating)
{
    setWindowTitle(creating ? tr("设置本地数据口令") : tr("解锁本地数据"));
    auto *layout = new QVBoxLayout(this);
    auto *reason = new QLabel(why, this);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setWordWrap(true);
    layout->addWidget(reason);
    if (creating) {
        auto *advice = new QLabel(tr("口令用于加密本机上的客户数据，至少 10 个字符并混合字母、数字或符号。"
                                     "忘记口令将无法打开本地数据，只能从服务器重新同步。"),
                                  this);
        advice->setWordWrap(true);
        layout->addWidget(advice);
    }
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("口令(&P)："), m_passphrase);
    if (creating) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("再次输入(&A)："), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(creating ? tr("设置口令") : tr("解锁"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("退出"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    validate();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::validate()
{
    QString problem;
    if (m_creating && !m_confirm->text().isEmpty() && m_confirm->text() != m_passphrase->text())
        problem = tr("两次输入的口令不一致。");
    m_problem->setText(problem);
    m_ok->setEnabled(!m_passphrase->text().isEmpty() && problem.isEmpty()
                     && (!m_creating || m_confirm->text() == m_passphrase->text()));
}

} // namespace sales
