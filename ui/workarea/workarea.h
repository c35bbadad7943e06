// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace sales {

class Session;

// What changed in the replica, for WorkArea::refresh(). Empty means "anything
// may have changed" (a sync, F5): read everything again.
struct DataChange
{
    QStringList entities; // entity names, as in the entity catalog ("lead", "activity" …)
    QString leadId;       // the lead a local edit was about, when there is one

    bool isEverything() const { return entities.isEmpty(); }
    static DataChange everything() { return {}; }
    static DataChange lead(const QString &id) { return {{QStringLiteral("lead")}, id}; }
};

// What every work area gets: the session (database, clock, signed-in user) and
// the window that parents its dialogs.
struct WorkAreaContext
{
    Session &session;
    QWidget *window;
};

// One page of the main window: the lead list, today's to-dos, the review queue,
// a dashboard. The registry lists it in the navigation in registration order,
// gives it the shortcut Ctrl+<position>, and builds its widget the first time it
// is shown. While it is the current area, its menu and tool-bar actions are in
// the window's menu bar and tool bar, and only then are their shortcuts live.
class WorkArea : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkArea)

public:
    explicit WorkArea(QObject *parent = nullptr);
    ~WorkArea() override;

    // Stable, never shown: names the area in settings and in showArea().
    virtual QString id() const = 0;
    // The navigation entry; emit titleChanged() when it changes (e.g. the user's role).
    virtual QString title() const = 0;
    // Listed but not selectable ("coming") when false.
    virtual bool isAvailable() const { return true; }

    // The area's page, built on first use (parented to the registry's stack).
    QWidget *widget(QWidget *parent = nullptr);
    bool isBuilt() const { return !m_widget.isNull(); }
    bool isCurrent() const { return m_current; }

    // The area's own menu (title, actions; a null action is a separator) and tool bar.
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction *> menuActions() { return {}; }
    virtual QList<QAction *> toolBarActions() { return {}; }
    // One line for the status bar while the area is current.
    virtual QString statusText() const { return {}; }

    // The replica changed: the current area reads again now, the others when next shown.
    void refresh(const DataChange &change);
    // Before the window closes: save what is typed and the area's layout.
    virtual void aboutToClose() {}
    // Once the window is on screen: e.g. reopen dialogs whose drafts survived a crash.
    virtual void restoreWork() {}

Q_SIGNALS:
    void titleChanged();
    void statusTextChanged();
    // A passing message for the status bar (an error reading, a notice).
    void message(const QString &text);
    // This area wrote to the replica: the other areas refresh, sync is told.
    void changedLocally(const sales::DataChange &change);

protected:
    virtual QWidget *createWidget(QWidget *parent) = 0;
    // Read again for this change; called only while built and current.
    virtual void reload(const DataChange &change) = 0;
    // The area became current (its widget is built). Changes that arrived while it
    // was hidden are read after this, as one reload(everything()).
    virtual void activated() {}

private:
    friend class WorkAreaRegistry;
    void setCurrent(bool current);

    QPointer<QWidget> m_widget;
    bool m_current = false;
    bool m_stale = false;
};

} // namespace sales

Q_DECLARE_METATYPE(sales::DataChange)
