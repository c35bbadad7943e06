// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newleaddialog.h"

#include "domain/leadchoices.h"
#include "format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

// The closed lists come from the domain, which also checks them; their values are
// stored and shown as they are.
void fill(QComboBox *combo, const QStringList &values)
{
    for (const QString &value : values)
        combo->addItem(value, value);
}

QLabel *section(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(title, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

const QString kErrorStyle = u"color: #c62828;"_s;
const QString kHintStyle = u"color: #616161;"_s;

} // namespace

NewLeadDialog::NewLeadDialog(const QList<Region> &regions, QWidget *parent)
    : DraftDialog(draftKeyFor(), kindName(), parent), m_normalizePhone(&normalizePhone)
{
    setWindowTitle(tr("新建线索"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);

    // One form for all three parts, so their fields line up; bold lines divide them.
    auto *form = new QFormLayout;
    form->addRow(section(tr("客户"), this));
    addLine(form, tr("公司名称(&C)："), u"accountName"_s);
    fill(addChoice(form, tr("行业(&I)："), u"industry"_s), leadIndustries());
    QComboBox *region = addChoice(form, tr("区域(&G)："), u"regionId"_s);
    for (const Region &r : regions)
        region->addItem(r.name, r.id);
    addLine(form, tr("城市(&Y)："), u"city"_s);
    form->addRow(section(tr("联系人"), this));
    addLine(form, tr("姓名(&N)："), u"contactName"_s);
    addLine(form, tr("职务(&J)："), u"contactTitle"_s);
    QLineEdit *phone = addLine(form, tr("电话(&P)："), u"contactPhone"_s);
    phone->setPlaceholderText(tr("手机或带区号的座机，如 138 0013 8000、0571-8888 6666"));
    m_phoneHint = new QLabel(phone->parentWidget());
    m_phoneHint->setObjectName(u"phoneHint"_s);
    m_phoneHint->setVisible(false);
    phone->parentWidget()->layout()->addWidget(m_phoneHint);
    fill(addChoice(form, tr("角色(&R)："), u"contactRole"_s), contactRoles());
    form->addRow(section(tr("线索"), this));
    addLine(form, tr("线索标题(&T)："), u"title"_s)->setPlaceholderText(tr("默认与公司名称相同"));
    fill(addChoice(form, tr("来源(&S)："), u"source"_s), leadSources());
    QLineEdit *amount = addLine(form, tr("预计金额（元）(&M)："), u"amountYuan"_s);
    amount->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,12}"_s), amount));
    amount->setPlaceholderText(tr("以元为单位，如 125000"));
    m_amountHint = new QLabel(amount->parentWidget());
    m_amountHint->setObjectName(u"amountHint"_s);
    m_amountHint->setStyleSheet(kHintStyle);
    m_amountHint->setVisible(false);
    amount->parentWidget()->layout()->addWidget(m_amountHint);
    layout->addLayout(form);

    m_duplicateBox = new QGroupBox(tr("可能重复(&D)"), this);
    m_duplicateBox->setObjectName(u"duplicateBox"_s);
    auto *duplicateLayout = new QVBoxLayout(m_duplicateBox);
    auto *duplicateIntro = new QLabel(tr("以下客户可能与这条线索重复。回车打开已有线索，或确认后继续保存。"),
                                      m_duplicateBox);
    duplicateIntro->setWordWrap(true);
    duplicateLayout->addWidget(duplicateIntro);
    m_duplicateList = new QListWidget(m_duplicateBox);
    m_duplicateList->setObjectName(u"duplicateList"_s);
    m_duplicateList->setMaximumHeight(110);
    m_duplicateList->setWordWrap(true);
    duplicateLayout->addWidget(m_duplicateList);
    m_duplicateBox->setVisible(false);
    layout->addWidget(m_duplicateBox);

    layout->addWidget(problemLabel());
    QDialogButtonBox *buttons = makeButtons(tr("创建线索"));
    layout->addWidget(buttons);

    // No silent defaults: industry, source and role are chosen, never assumed.
    for (QComboBox *combo : std::as_const(m_choices))
        combo->setCurrentIndex(combo == region && regions.size() == 1 ? 0 : -1);
    m_tabOrder << m_duplicateList << buttons->button(QDialogButtonBox::Ok)
               << buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i - 1), m_tabOrder.at(i));

    m_duplicateTimer.setSingleShot(true);
    m_duplicateTimer.setInterval(400);
    connect(&m_duplicateTimer, &QTimer::timeout, this, &NewLeadDialog::refreshDuplicates);
    connect(m_lines.value(u"accountName"_s), &QLineEdit::textChanged, this, &NewLeadDialog::companyEdited);
    connect(phone, &QLineEdit::textChanged, this, [this] {
        updatePhoneHint();
        m_duplicateTimer.start();
    });
    connect(amount, &QLineEdit::textChanged, this, &NewLeadDialog::updateAmountHint);
    connect(m_duplicateList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString leadId = item->data(Qt::UserRole).toString();
        if (!leadId.isEmpty())
            Q_EMIT openLeadRequested(leadId);
    });
    m_lines.value(u"accountName"_s)->setFocus();
    finishSetup();
}

QString NewLeadDialog::draftKeyFor()
{
    return u"new-lead"_s;
}

QString NewLeadDialog::kindName()
{
    return u"new-lead"_s;
}

QLineEdit *NewLeadDialog::addLine(QFormLayout *form, const QString &label, const QString &field)
{
    auto *line = new QLineEdit(this);
    addField(form, label, field, line);
    m_lines.insert(field, line);
    m_tabOrder.append(line);
    connect(line, &QLineEdit::textChanged, this, &NewLeadDialog::noteEdit);
    return line;
}

QComboBox *NewLeadDialog::addChoice(QFormLayout *form, const QString &label, const QString &field)
{
    auto *combo = new QComboBox(this);
    addField(form, label, field, combo);
    m_choices.insert(field, combo);
    m_tabOrder.append(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &NewLeadDialog::noteEdit);
    return combo;
}

void NewLeadDialog::setPhoneNormalizer(PhoneNormalizer normalizer)
{
    m_normalizePhone = std::move(normalizer);
    updatePhoneHint();
}

void NewLeadDialog::setOwner(const QString &ownerId, const QString &teamId)
{
    m_ownerId = ownerId;
    m_teamId = teamId;
}

NewLeadInput NewLeadDialog::input() const
{
    const auto line = [this](const QString &field) { return m_lines.value(field)->text().trimmed(); };
    const auto choice = [this](const QString &field) { return m_choices.value(field)->currentData().toString(); };
    NewLeadInput input;
    input.accountName = line(u"accountName"_s);
    input.industry = choice(u"industry"_s);
    input.regionId = choice(u"regionId"_s);
    input.city = line(u"city"_s);
    input.contactName = line(u"contactName"_s);
    input.contactTitle = line(u"contactTitle"_s);
    input.contactPhone = line(u"contactPhone"_s);
    input.contactRole = choice(u"contactRole"_s);
    input.title = line(u"title"_s);
    input.source = choice(u"source"_s);
    input.amountYuan = line(u"amountYuan"_s).toLongLong();
    input.ownerId = m_ownerId;
    input.teamId = m_teamId;
    return input;
}

QString NewLeadDialog::phoneHint() const
{
    return m_phoneHint->isHidden() ? QString() : m_phoneHint->text();
}

QString NewLeadDialog::amountHint() const
{
    return m_amountHint->isHidden() ? QString() : m_amountHint->text();
}

void NewLeadDialog::companyEdited(const QString &company)
{
    QLineEdit *title = m_lines.value(u"title"_s);
    if (title->text() == m_autoTitle) {
        m_autoTitle = company.trimmed();
        title->setText(m_autoTitle);
    }
    m_duplicateTimer.start();
}

void NewLeadDialog::updatePhoneHint()
{
    const QString text = m_lines.value(u"contactPhone"_s)->text().trimmed();
    if (text.isEmpty() || !m_normalizePhone) {
        m_phoneHint->clear();
        m_phoneHint->setVisible(false);
        return;
    }
    const PhoneNumber phone = m_normalizePhone(text);
    const bool valid = phone.kind != PhoneNumber::Kind::Invalid;
    m_phoneHint->setStyleSheet(valid ? kHintStyle : kErrorStyle);
    m_phoneHint->setText(valid ? tr("将保存为 %1").arg(phone.display)
                               : (phone.error.isEmpty() ? tr("电话号码格式不正确。") : phone.error));
    m_phoneHint->setVisible(true);
    growToFit();
}

void NewLeadDialog::updateAmountHint()
{
    const QString text = m_lines.value(u"amountYuan"_s)->text().trimmed();
    m_amountHint->setText(text.isEmpty() ? QString() : tr("即 %1").arg(format::money(text.toLongLong())));
    m_amountHint->setVisible(!text.isEmpty());
    growToFit();
}

void NewLeadDialog::refreshDuplicates()
{
    if (!m_findDuplicates)
        return;
    const NewLeadInput current = input();
    m_duplicates = current.accountName.isEmpty() && current.contactPhone.isEmpty()
        ? QList<DuplicateCandidate>()
        : m_findDuplicates(current.accountName, current.contactPhone);
    m_duplicateList->clear();
    for (const DuplicateCandidate &candidate : std::as_const(m_duplicates)) {
        QString text = candidate.reason == DuplicateCandidate::Reason::SamePhone
            ? tr("同一电话：%1（%2 %3）").arg(candidate.accountName, candidate.contactName, candidate.contactPhone)
            : tr("名称相近：%1").arg(candidate.accountName);
        if (!candidate.leadId.isEmpty())
            text += tr("，进行中的线索「%1」").arg(candidate.leadTitle);
        auto *item = new QListWidgetItem(text, m_duplicateList);
        item->setData(Qt::UserRole, candidate.leadId);
    }
    m_duplicateBox->setVisible(!m_duplicates.isEmpty());
    growToFit();
    m_duplicateBox->setTitle(m_duplicates.isEmpty() ? tr("可能重复(&D)")
                                                    : tr("可能重复(&D)：%1 条").arg(m_duplicates.size()));
}

QJsonObject NewLeadDialog::toDraft() const
{
    QJsonObject draft;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        draft.insert(it.key(), it.value()->text());
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        draft.insert(it.key(), it.value()->currentData().toString());
    draft.insert(u"autoTitle"_s, m_autoTitle);
    return draft;
}

void NewLeadDialog::applyDraft(const QJsonObject &draft)
{
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(draft.value(it.key()).toString());
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        it.value()->setCurrentIndex(it.value()->findData(draft.value(it.key()).toString()));
    // Again, last: setting the company above may have filled the title in.
    m_lines.value(u"title"_s)->setText(draft.value(u"title"_s).toString());
    m_autoTitle = draft.value(u"autoTitle"_s).toString();
    m_duplicateTimer.start();
}

void NewLeadDialog::submit()
{
    if (m_creator) {
        const Result result = m_creator(input());
        if (!takeResult(result))
            return;
        m_createdLeadId = result.id;
    }
    finishAccepted();
}

} // namespace sales
