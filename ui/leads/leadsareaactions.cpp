// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LeadsArea: its menu, tool bar and keyboard shortcuts.
#include "leadactions.h"
#include "leadfilterbar.h"
#include "leadsarea.h"
#include "leadview.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace sales {

void LeadsArea::buildActions(QWidget *page)
{
    auto make = [page](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, page);
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
    QAction *newContact = make(tr("新建联系人(&C)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                               QStringLiteral("newContactAction"));

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

    m_menu = {newLead, nullptr, logActivity, evidence, advance, moveBack, nullptr, newContact, nullptr, find};
    m_toolBar = {newLead, logActivity, evidence, advance, moveBack, nullptr, find};
}

QString LeadsArea::menuTitle() const
{
    return tr("线索(&L)");
}

QList<QAction *> LeadsArea::menuActions()
{
    return m_menu;
}

QList<QAction *> LeadsArea::toolBarActions()
{
    return m_toolBar;
}

} // namespace sales
