// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "sync/syncstatus.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sales {

// Sync in the main window's status bar: 未登录服务器 / 同步中… / 已同步 17:25,
// then 待上传 N and a highlighted 冲突 N that opens the conflicts (click, or
// Enter when it has focus), and a file the server refused. Offline counts down
// to the next retry; an error shows in red, shortened, with the whole text as
// tooltip. A full resync (the server's data is older) says so while it runs.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr, const Clock &clock = systemClock());

    void setStatus(const SyncStatus &status);
    SyncStatus status() const { return m_status; }
    // Everything shown, as one line ("已同步 17:25 · 待上传 3 · 冲突 2").
    QString text() const;

Q_SIGNALS:
    void conflictsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    QString stateText() const;

    const Clock &m_clock;
    SyncStatus m_status;
    QLabel *m_state = nullptr;
    QLabel *m_waiting = nullptr;
    QPushButton *m_conflicts = nullptr;
    QLabel *m_held = nullptr; // a file the server refused, and that its edits wait
    QTimer m_tick;
};

} // namespace sales
