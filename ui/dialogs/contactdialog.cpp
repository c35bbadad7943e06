// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "domain/leadchoices.h"
#include "domain/phone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

ContactDialog::ContactDialog(const QString &accountId, const QString &accountName, QWidget *parent)
    : DraftDialog(draftKeyFor(accountId), kindName(), parent), m_accountId(accountId)
{
    setWindowTitle(tr("新建联系人"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("为「%1」添加一位联系人。").arg(accountName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    addField(form, tr("姓名(&N)："), u"contactName"_s, m_name);
    m_title = new QLineEdit(this);
    addField(form, tr("职务(&J)："), u"contactTitle"_s, m_title);
    m_phone = new QLineEdit(this);
    QWidget *phoneCell = addField(form, tr("电话(&P)："), u"contactPhone"_s, m_phone);
    m_phoneHint = new QLabel(phoneCell);
    m_phoneHint->setObjectName(u"phoneHint"_s);
    phoneCell->layout()->addWidget(m_phoneHint);
    m_role = new QComboBox(this);
    m_role->addItem(QString());
    m_role->addItems(contactRoles());
    addField(form, tr("角色(&R)："), u"contactRole"_s, m_role);
    layout->addLayout(form);
    layout->addWidget(problemLabel());
    layout->addWidget(makeButtons(tr("保存联系人")));

    for (QLineEdit *line : {m_name, m_title, m_phone})
        connect(line, &QLineEdit::textChanged, this, &ContactDialog::noteEdit);
    connect(m_phone, &QLineEdit::textChanged, this, &ContactDialog::updatePhoneHint);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ContactDialog::noteEdit);
    setTabOrder(m_name, m_title);
    setTabOrder(m_title, m_phone);
    setTabOrder(m_phone, m_role);
    updatePhoneHint();
    m_name->setFocus();
    finishSetup();
}

QString ContactDialog::draftKeyFor(const QString &accountId)
{
    return u"contact:"_s + accountId;
}

QString ContactDialog::kindName()
{
    return u"contact"_s;
}

NewLeadInput ContactDialog::input() const
{
    NewLeadInput in;
    in.accountId = m_accountId;
    in.contactName = m_name->text();
    in.contactTitle = m_title->text();
    in.contactPhone = m_phone->text();
    in.contactRole = m_role->currentText();
    return in;
}

QString ContactDialog::phoneHint() const
{
    return m_phoneHint->text();
}

void ContactDialog::updatePhoneHint()
{
    const QString text = m_phone->text().trimmed();
    m_phoneHint->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return m_phoneHint->clear();
    const PhoneNumber phone = normalizePhone(text);
    const bool valid = phone.kind != PhoneNumber::Kind::Invalid;
    m_phoneHint->setStyleSheet(valid ? u"color: #616161;"_s : u"color: #c62828;"_s);
    m_phoneHint->setText(valid ? tr("将保存为 %1").arg(phone.display) : phone.error);
}

QJsonObject ContactDialog::toDraft() const
{
    return {{u"accountId"_s, m_accountId},
            {u"contactName"_s, m_name->text()},
            {u"contactTitle"_s, m_title->text()},
            {u"contactPhone"_s, m_phone->text()},
            {u"contactRole"_s, m_role->currentText()}};
}

void ContactDialog::applyDraft(const QJsonObject &draft)
{
    m_name->setText(draft.value(u"contactName"_s).toString());
    m_title->setText(draft.value(u"contactTitle"_s).toString());
    m_phone->setText(draft.value(u"contactPhone"_s).toString());
    m_role->setCurrentText(draft.value(u"contactRole"_s).toString());
}

void ContactDialog::submit()
{
    if (m_saver) {
        const Result result = m_saver(input());
        if (!takeResult(result))
            return;
        m_savedId = result.id;
    }
    finishAccepted();
}

} // namespace sales
