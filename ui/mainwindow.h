// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;

namespace sales {

class Session;
class SyncController;
class SyncStatusWidget;
class WorkArea;
class WorkAreaRegistry;

// The frame around the work areas (workareas.cpp registers them): navigation,
// menus, tool bar, status bar, sync wiring and the window's layout. Holds no
// business logic and knows no area by type.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The session (made at start-up) outlives the window.
    MainWindow(Session &session, const QString &workspaceName, QWidget *parent = nullptr);
    // With a session of its own over db on the system clock (tests, benches).
    MainWindow(QSqlDatabase db, const QString &workspaceName, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return m_session; }
    WorkAreaRegistry &areas() const { return *m_areas; }
    WorkArea *currentArea() const;
    template<class Area> Area *currentArea() const { return qobject_cast<Area *>(currentArea()); }
    // False for an unknown or unavailable area.
    bool showArea(const QString &id);
    // An action by object name: the current area's first, then the window's.
    QAction *findAction(const QString &objectName) const;
    // Once the window is on screen: lets each area reopen work that survived a crash.
    void restoreWork();
    // Adds the 同步 menu and the sync status to the status bar (mainwindowsync.cpp).
    void attachSync(SyncController *sync);
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(std::unique_ptr<Session> own, Session *shared, const QString &workspaceName, QWidget *parent);
    void buildMenus();
    void showAreaActions(WorkArea *area); // the current area's menu and tool bar
    void updateStatus();
    void restoreLayout();
    void reloadAfterSync();

    std::unique_ptr<Session> m_ownSession;
    Session &m_session;
    QString m_workspaceName;
    WorkAreaRegistry *m_areas = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_areaMenu = nullptr;
    QToolBar *m_areaToolBar = nullptr;
    QLabel *m_status = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
};

} // namespace sales
