// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

class QLabel;
class QSplitter;
class QTableView;

namespace sales {

class LeadTableModel;
class LeadView;

// Wires the lead list to the lead view; holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QSqlDatabase db, const QString &workspaceName, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *leadTable() const { return m_table; }
    LeadView *leadView() const { return m_view; }
    void selectRow(int row);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCurrentLead();
    void restoreLayout();

    QSqlDatabase m_db;
    LeadTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    LeadView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sales
