// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workarea.h"

#include <QObject>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace sales {

// The registered work areas, in order, and the navigation and page stack built
// from them: row i of the navigation, page i of the stack and the action
// Ctrl+<i+1> all name area i. Pages are built the first time they are shown.
class WorkAreaRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkAreaRegistry)

public:
    explicit WorkAreaRegistry(QWidget *parent);
    ~WorkAreaRegistry() override;

    // Takes ownership. Register every area before the window is shown.
    void add(WorkArea *area);

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *stack() const { return m_stack; }
    // One per area, Ctrl+1…Ctrl+9 by registration order (for the 视图 menu).
    const QList<QAction *> &switchActions() const { return m_switch; }

    int count() const { return int(m_areas.size()); }
    WorkArea *at(int index) const;
    WorkArea *find(const QString &id) const;
    WorkArea *current() const { return at(m_current); }
    // False (and nothing changes) for an unknown or unavailable area.
    bool setCurrent(const QString &id);
    bool setCurrentIndex(int index);

    // The replica changed under every area (a sync, F5 in the current one).
    void refreshAll(const DataChange &change);
    void aboutToClose();
    void restoreWork();

Q_SIGNALS:
    // After the new area's page is built and shown.
    void currentChanged(sales::WorkArea *area);
    // Some area wrote to the replica (for sync); the other areas were told already.
    void changedLocally(const sales::DataChange &change);

private:
    void updateTitle(WorkArea *area);
    void onLocalChange(WorkArea *from, const DataChange &change);

    std::vector<WorkArea *> m_areas; // children of this registry
    QList<QAction *> m_switch;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    int m_current = -1;
};

} // namespace sales
