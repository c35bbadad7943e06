// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workarea/workarea.h"

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sales {

class LeadActions;
class LeadFilterBar;
class LeadTableModel;
class LeadView;

// The lead list with its filter bar beside the selected lead, and the rep's
// actions on it. Registered twice: every lead the user may see, and the same
// list preset to today's to-dos and overdue leads. Both share one LeadActions
// (one set of open dialogs and drafts).
class LeadsArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsArea)

public:
    enum class Preset { AllLeads, DueOrOverdue };

    LeadsArea(const WorkAreaContext &context, LeadActions *actions, Preset preset, QObject *parent = nullptr);
    ~LeadsArea() override;

    QString id() const override;
    QString title() const override;
    QString menuTitle() const override;
    QList<QAction *> menuActions() override;
    QList<QAction *> toolBarActions() override;
    QString statusText() const override;
    void aboutToClose() override;
    void restoreWork() override;

    // The parts, for tests and benches (valid once the area is built).
    QTableView *leadTable() const { return m_table; }
    LeadView *leadView() const { return m_view; }
    LeadFilterBar *filterBar() const { return m_filterBar; }
    LeadActions *actions() const { return m_actions; }
    void selectRow(int row);
    void selectLead(const QString &leadId);
    QString currentLeadId() const;

protected:
    QWidget *createWidget(QWidget *parent) override;
    void reload(const DataChange &change) override;

private:
    void buildActions(QWidget *page); // leadsareaactions.cpp
    void followLocalEdit(const QString &leadId, bool created);
    void applyFilter();
    void loadFilterChoices();
    void showCurrentLead();
    void showLead(const QString &leadId);
    void restoreLayout();
    void showListProblem(const QString &text); // instead of the list, never beside a part of it
    // Reps see their own leads; managers and supervisors all they replicate.
    QString ownerFilter() const;

    Session &m_session;
    LeadActions *m_actions;
    Preset m_preset;
    QString m_pendingSelection;
    LeadTableModel *m_model = nullptr;
    LeadFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listStack = nullptr; // the table, or the panel saying why there is none
    QLabel *m_problem = nullptr;
    LeadView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<QAction *> m_menu;
    QList<QAction *> m_toolBar;
};

} // namespace sales
