// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MainWindow: menus, tool bar and keyboard shortcuts.
#include "leads/leadactions.h"
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

namespace sales {

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(name);
        action->setToolTip(QStringLiteral("%1（%2）").arg(text.section(u'(', 0, 0), key.toString(QKeySequence::NativeText)));
        return action;
    };
    QAction *newLead = make(tr("新建线索(&N)…"), QKeySequence::New, QStringLiteral("newLeadAction"));
    QAction *find = make(tr("查找(&F)"), QKeySequence::Find, QStringLiteral("findAction"));
    QAction *logActivity = make(tr("记录跟进(&L)…"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("logActivityAction"));
    QAction *advance = make(tr("推进阶段(&A)"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("advanceAction"));
    QAction *moveBack = make(tr("退回阶段(&B)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                             QStringLiteral("moveBackAction"));
    QAction *evidence = make(tr("添加证据(&E)…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("evidenceAction"));
    QAction *overdue = make(tr("今日待办与超时(&O)"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("overdueAction"));
    QAction *allLeads = make(tr("线索(&D)"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("leadsAction"));
    QAction *newContact = make(tr("新建联系人(&C)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                               QStringLiteral("newContactAction"));
    QAction *refresh = make(tr("刷新(&R)"), QKeySequence::Refresh, QStringLiteral("refreshAction"));
    QAction *quit = make(tr("退出(&Q)"), QKeySequence::Quit, QStringLiteral("quitAction"));

    connect(newLead, &QAction::triggered, m_actions, &LeadActions::newLead);
    connect(newContact, &QAction::triggered, this, [this] {
        if (!currentLeadId().isEmpty())
            m_actions->newContact(currentLeadId());
    });
    connect(find, &QAction::triggered, this, [this] {
        if (auto *search = m_filterBar->findChild<QLineEdit *>(QStringLiteral("leadSearch"))) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    // The view's buttons know whether the gate is open; the shortcuts go through them.
    connect(logActivity, &QAction::triggered, this, [this] { m_view->logActivityButton()->click(); });
    connect(advance, &QAction::triggered, this, [this] {
        if (m_view->advanceButton()->isEnabled())
            m_view->advanceButton()->click();
        else if (!currentLeadId().isEmpty())
            m_actions->advance(currentLeadId()); // explains what is missing
    });
    connect(moveBack, &QAction::triggered, this, [this] { m_view->moveBackButton()->click(); });
    connect(evidence, &QAction::triggered, this, [this] {
        auto *missing = m_view->findChild<QListWidget *>(QStringLiteral("missingList"));
        missing->setFocus(Qt::ShortcutFocusReason);
        if (missing->count() > 0 && !missing->currentItem())
            missing->setCurrentRow(0);
    });
    connect(overdue, &QAction::triggered, this, [this] { showArea(Area::Overdue); });
    connect(allLeads, &QAction::triggered, this, [this] { showArea(Area::Leads); });
    connect(refresh, &QAction::triggered, this, [this] { refreshLead(currentLeadId()); });
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(newLead);
    file->addSeparator();
    file->addAction(quit);
    QMenu *lead = menuBar()->addMenu(tr("线索(&L)"));
    lead->addActions({logActivity, evidence, advance, moveBack});
    lead->addSeparator();
    lead->addAction(newContact);
    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    view->addActions({allLeads, overdue, find, refresh});

    QToolBar *bar = addToolBar(tr("常用操作"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({newLead, logActivity, evidence, advance, moveBack});
    bar->addSeparator();
    bar->addAction(find);
}

} // namespace sales
