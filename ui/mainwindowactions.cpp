// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MainWindow: menus and tool bar. The window's own actions stay; the current
// work area's menu and tool-bar actions are swapped in when it becomes current,
// so two areas may use the same shortcut without making it ambiguous.
#include "mainwindow.h"

#include "workarea/workarea.h"
#include "workarea/workarearegistry.h"

#include <QAction>
#include <QMenuBar>
#include <QToolBar>

namespace sales {
namespace {

// A null action is a separator (owned by the widget, so clearing it away deletes it).
void addWithSeparators(QWidget *widget, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action) {
            action = new QAction(widget);
            action->setSeparator(true);
        }
        widget->addAction(action);
    }
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *quit = file->addAction(tr("退出(&Q)"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_areaMenu = menuBar()->addMenu(QString());

    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    view->addActions(m_areas->switchActions());
    view->addSeparator();
    QAction *refresh = view->addAction(tr("刷新(&R)"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (WorkArea *area = currentArea())
            area->refresh(DataChange::everything());
    });

    m_areaToolBar = addToolBar(tr("常用操作"));
    m_areaToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_areaToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::showAreaActions(WorkArea *area)
{
    // The actions belong to the area; only the separators belong to the menu and the bar.
    for (QWidget *widget : {static_cast<QWidget *>(m_areaMenu), static_cast<QWidget *>(m_areaToolBar)}) {
        for (QAction *action : widget->actions()) {
            widget->removeAction(action);
            if (action->parent() == widget)
                delete action;
        }
    }
    const QList<QAction *> menu = area->menuActions();
    addWithSeparators(m_areaMenu, menu);
    m_areaMenu->setTitle(area->menuTitle());
    m_areaMenu->menuAction()->setVisible(!menu.isEmpty());
    const QList<QAction *> bar = area->toolBarActions();
    addWithSeparators(m_areaToolBar, bar);
    m_areaToolBar->setVisible(!bar.isEmpty());
}

QAction *MainWindow::findAction(const QString &objectName) const
{
    if (WorkArea *area = currentArea()) {
        for (QAction *action : area->menuActions() + area->toolBarActions()) {
            if (action && action->objectName() == objectName)
                return action;
        }
    }
    return findChild<QAction *>(objectName);
}

} // namespace sales
