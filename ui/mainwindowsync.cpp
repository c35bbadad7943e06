// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MainWindow: the 同步 menu and the sync status in the status bar.
#include "mainwindow.h"
#include "replicadamagenotice.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "workarea/workarearegistry.h"
#include "workspace/session.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>

namespace sales {

void MainWindow::attachSync(SyncController *sync)
{
    m_sync = sync;
    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);

    QMenu *menu = menuBar()->addMenu(tr("同步(&S)"));
    QAction *now = menu->addAction(tr("立即同步(&Y)"));
    now->setObjectName(QStringLiteral("syncNowAction"));
    now->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *conflicts = menu->addAction(tr("同步冲突(&C)…"));
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addSeparator();
    QAction *signIn = menu->addAction(tr("登录服务器(&I)…"));
    signIn->setObjectName(QStringLiteral("signInAction"));
    QAction *signOut = menu->addAction(tr("退出登录(&O)"));
    signOut->setObjectName(QStringLiteral("signOutAction"));

    auto update = [this, now, signOut](const SyncStatus &status) {
        m_syncStatus->setStatus(status);
        const bool in = status.state != SyncStatus::State::SignedOut;
        now->setEnabled(in);
        signOut->setEnabled(in);
    };
    connect(sync, &SyncController::statusChanged, this, update);
    connect(sync, &SyncController::dataChanged, this, &MainWindow::reloadAfterSync);
    connect(sync, &SyncController::signedIn, this, &MainWindow::reloadAfterSync);
    connect(sync, &SyncController::userChanged, &m_session, &Session::reload);
    connect(sync, &SyncController::signedOut, &m_session, &Session::reload);
    connect(sync, &SyncController::notice, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(sync, &SyncController::replicaDamaged, this, [this] {
        if (!tellReplicaDamage(m_session, this))
            statusBar()->showMessage(tr("本地数据库文件已损坏，同步已停止"), 15000);
    });
    connect(now, &QAction::triggered, sync, &SyncController::syncNow);
    connect(conflicts, &QAction::triggered, this, [this] { m_sync->showConflicts(this); });
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, [this] { m_sync->showConflicts(this); });
    connect(signIn, &QAction::triggered, this, [this] { m_sync->signIn(this); });
    connect(signOut, &QAction::triggered, sync, &SyncController::signOut);
    connect(m_areas, &WorkAreaRegistry::changedLocally, sync, &SyncController::localChange);
    update(sync->status());
}

void MainWindow::reloadAfterSync()
{
    m_session.reload(); // a sign-in, or a role or team change that came by sync: the areas follow
    m_areas->refreshAll(DataChange::everything());
}

} // namespace sales
