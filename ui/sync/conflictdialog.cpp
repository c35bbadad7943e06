// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflictdialog.h"

#include "sync/conflictlabels.h"
#include "sync/conflictstore.h"
#include "windowgeometry.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

ConflictDialog::ConflictDialog(ConflictStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("同步冲突"));
    resize(windowgeometry::fittingSize(this, {920, 560}));
    windowgeometry::keepOnScreen(this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("下面这些修改没有按你输入的样子保存到服务器。请逐条决定保留哪一个；"
                                "保留你的或合并后的内容，会在下次同步时上传。"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"conflicts"_s);
    m_list->setHeaderLabels({tr("记录"), tr("内容"), tr("情况")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setMinimumWidth(320);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *listCaption = new QLabel(tr("待处理(&L)："), this);
    listCaption->setBuddy(m_list);
    left->addWidget(listCaption);
    left->addWidget(m_list);
    columns->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_reason);
    auto *grid = new QGridLayout;
    m_mine = addBox(grid, 0, 0, tr("我的(&I)："), u"mine"_s);
    m_server = addBox(grid, 0, 1, tr("服务器上的(&V)："), u"server"_s);
    m_base = addBox(grid, 1, 0, tr("原值，双方开始时的值(&O)："), u"base"_s);
    m_merge = addBox(grid, 1, 1, tr("合并结果，可以修改(&E)："), u"merge"_s);
    m_merge->setReadOnly(false);
    right->addLayout(grid, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    right->addWidget(m_problem);

    auto *actions = new QHBoxLayout;
    const auto addAction = [this, actions](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        actions->addWidget(button);
        return button;
    };
    m_keepMine = addAction(tr("保留我的(&M)"), u"keepMine"_s);
    m_keepServer = addAction(tr("保留服务器的(&S)"), u"keepServer"_s);
    m_useMerge = addAction(tr("使用合并结果(&U)"), u"useMerge"_s);
    m_useMerge->setToolTip(tr("Ctrl+Enter"));
    m_acknowledge = addAction(tr("知道了(&K)"), u"acknowledge"_s);
    m_acknowledge->setToolTip(tr("不再保留这条修改（Ctrl+Enter）。需要的内容请先从上面复制。"));
    actions->addStretch();
    right->addLayout(actions);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setText(tr("关闭"));
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictDialog::showCurrent);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepMine); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepServer); });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepServer); });
    connect(m_useMerge, &QPushButton::clicked, this, [this] { resolve(Resolution::Merge); });
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &ConflictDialog::acceptPrimary);
    }

    QWidget *chain[] = {m_list, m_mine, m_server, m_base, m_merge, m_keepMine, m_keepServer, m_useMerge,
                        m_acknowledge, m_close};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    reload();
    m_list->setFocus();
}

QPlainTextEdit *ConflictDialog::addBox(QGridLayout *grid, int row, int column, const QString &caption,
                                       const QString &objectName)
{
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QPlainTextEdit(cell);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    auto *label = new QLabel(caption, cell);
    label->setBuddy(box);
    cellLayout->addWidget(label);
    cellLayout->addWidget(box);
    grid->addWidget(cell, row, column);
    return box;
}

void ConflictDialog::reload(int row)
{
    m_records = m_store.openRecords();
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const ConflictRecord &r : std::as_const(m_records)) {
            const QString label = conflictlabels::rowLabel(r, m_store.rowLabel(r.entity, r.rowId));
            auto *item = new QTreeWidgetItem(
                m_list, {label, conflictlabels::field(r.entity, r.field), conflictlabels::kind(r.kind)});
            item->setToolTip(0, label);
            item->setData(0, Qt::UserRole, r.id);
        }
        if (!m_records.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(qBound(0, row, count() - 1)));
    }
    showCurrent();
    if (const QString error = m_store.readError(); !error.isEmpty())
        setProblem(error); // an empty list is not "no conflicts"
}

const ConflictRecord *ConflictDialog::current() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < count() ? &m_records.at(row) : nullptr;
}

qint64 ConflictDialog::currentId() const
{
    const ConflictRecord *r = current();
    return r ? r->id : 0;
}

QString ConflictDialog::problemText() const
{
    return m_problem->text();
}

bool ConflictDialog::writable() const
{
    const ConflictRecord *r = current();
    return r && r->field != u"*"_s && r->kind != ConflictRecord::Kind::LostAccess;
}

void ConflictDialog::showCurrent()
{
    setProblem({});
    const ConflictRecord *r = current();
    const bool canWrite = writable();
    m_merge->parentWidget()->setVisible(canWrite || !r);
    for (QPushButton *button : {m_keepMine, m_keepServer, m_useMerge})
        button->setVisible(canWrite || !r);
    m_acknowledge->setVisible(r && !canWrite);
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepMine, m_keepServer, m_useMerge, m_acknowledge,
                                                       m_mine, m_server, m_base, m_merge})
        w->setEnabled(r != nullptr);
    m_reason->setStyleSheet(QString());
    if (!r) {
        m_reason->setText(tr("没有待处理的冲突。"));
        for (QPlainTextEdit *box : {m_mine, m_server, m_base, m_merge})
            box->clear();
        return;
    }
    const QString field = conflictlabels::field(r->entity, r->field);
    QString reason;
    switch (r->kind) {
    case ConflictRecord::Kind::Conflict:
        reason = tr("你和别人都改了“%1”，服务器保留了它上面的值。请选择保留哪一个，或者把两者合并。").arg(field);
        break;
    case ConflictRecord::Kind::Rejected:
        reason = tr("服务器拒绝了这次修改：%1").arg(r->message.isEmpty() ? tr("没有说明原因") : r->message);
        if (!r->code.isEmpty())
            reason += u'\n' + tr("原因代码：%1").arg(r->code);
        m_reason->setStyleSheet(u"QLabel { background: #fdecea; color: #b71c1c; font-weight: bold; "
                                u"border: 1px solid #e57373; padding: 6px; }"_s);
        break;
    case ConflictRecord::Kind::LostAccess:
        reason = tr("这条记录已不在你的权限范围内（可能已转给别人），你的修改不能再上传。");
        break;
    }
    if (!canWrite)
        reason += u'\n' + tr("这条修改无法写回。需要保留的内容请从“我的”中复制，再选“知道了”。");
    m_reason->setText(reason);
    m_mine->setPlainText(conflictlabels::valueText(r->entity, r->mine));
    m_server->setPlainText(conflictlabels::valueText(r->entity, r->server));
    m_base->setPlainText(conflictlabels::valueText(r->entity, r->base));
    m_merge->setPlainText(canWrite ? conflictlabels::editText(r->mine) : QString());
}

void ConflictDialog::resolve(Resolution how)
{
    const ConflictRecord *r = current();
    if (!r)
        return;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    bool ok = false;
    switch (how) {
    case Resolution::KeepMine: ok = m_store.keepMine(r->id); break;
    case Resolution::KeepServer: ok = m_store.keepServer(r->id); break;
    case Resolution::Merge: ok = m_store.resolveWith(r->id, QJsonValue(m_merge->toPlainText())); break;
    }
    if (!ok) {
        setProblem(m_store.errorText());
        if (how == Resolution::Merge)
            m_merge->setFocus();
        return;
    }
    reload(row);
    Q_EMIT resolved();
    (count() > 0 ? static_cast<QWidget *>(m_list) : m_close)->setFocus();
}

void ConflictDialog::acceptPrimary()
{
    if (!current())
        return;
    resolve(writable() ? Resolution::Merge : Resolution::KeepServer);
}

void ConflictDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace sales
