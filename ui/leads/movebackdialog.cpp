// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movebackdialog.h"

#include "windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sales {

MoveBackDialog::MoveBackDialog(const QString &leadTitle, const QList<QPair<QString, QString>> &earlierStages,
                               QWidget *parent)
    : QDialog(parent)
{
    windowgeometry::keepOnScreen(this);
    setWindowTitle(tr("退回阶段"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("把「%1」退回到更早的阶段。退回会计入阶段回流，请写明原因。").arg(leadTitle), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const auto &[key, name] : earlierStages)
        m_stage->addItem(name, key);
    m_stage->setCurrentIndex(int(earlierStages.size()) - 1);
    form->addRow(tr("退回到(&S)："), m_stage);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("例如：客户预算冻结，需要重新确认需求"));
    form->addRow(tr("原因(&R)："), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("确认退回"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &MoveBackDialog::validate);
    auto *accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(accept, &QShortcut::activated, this, [this] {
        if (m_ok->isEnabled())
            QDialog::accept();
    });
    setTabOrder(m_stage, m_reason);
    setTabOrder(m_reason, m_ok);
    validate();
}

QString MoveBackDialog::stageKey() const
{
    return m_stage->currentData().toString();
}

QString MoveBackDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void MoveBackDialog::showReasonError(const QString &message)
{
    m_problem->setText(message);
    m_reason->setFocus();
}

void MoveBackDialog::validate()
{
    const bool ok = reason().size() >= 2 && m_stage->count() > 0;
    m_ok->setEnabled(ok);
    if (ok)
        m_problem->clear();
}

} // namespace sales
