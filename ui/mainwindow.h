// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QTableView;

namespace sales {

class LeadActions;
class LeadFilterBar;
class LeadTableModel;
class LeadView;
class Session;
class SyncController;
class SyncStatusWidget;

// Wires the work areas, the lead list, the lead view and the actions together;
// holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Area { Leads, Overdue };

    MainWindow(QSqlDatabase db, const QString &workspaceName, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *leadTable() const { return m_table; }
    LeadView *leadView() const { return m_view; }
    LeadFilterBar *filterBar() const { return m_filterBar; }
    LeadActions *actions() const { return m_actions; }
    QListWidget *navigation() const { return m_navigation; }
    Session &session() const { return *m_session; }
    void selectRow(int row);
    void selectLead(const QString &leadId);
    QString currentLeadId() const;
    void showArea(Area area);
    // Adds the 同步 menu and the sync status to the status bar (mainwindowsync.cpp).
    void attachSync(SyncController *sync);
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildActions();
    void applyFilter();
    void showCurrentLead();
    void showLead(const QString &leadId);
    void refreshLead(const QString &leadId);
    void updateStatus();
    void restoreLayout();
    void followSession(); // who is signed in decides "my leads"
    // Reps see their own leads; managers and supervisors all they replicate.
    QString ownerFilter() const;
    void reloadAfterSync();

    QSqlDatabase m_db;
    std::unique_ptr<Session> m_session;
    QString m_workspaceName;
    QString m_pendingSelection;
    LeadTableModel *m_model = nullptr;
    LeadActions *m_actions = nullptr;
    QListWidget *m_navigation = nullptr;
    LeadFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    LeadView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
};

} // namespace sales
