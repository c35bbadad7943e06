// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncstatuswidget.h"

#include "format.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr qsizetype MaxErrorChars = 48;

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent, const Clock &clock) : QWidget(parent), m_clock(clock)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_state = new QLabel(this);
    m_state->setObjectName(u"syncState"_s);
    layout->addWidget(m_state);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(u"syncWaiting"_s);
    m_waiting->setToolTip(tr("本机已保存、还没有被服务器接收的修改"));
    layout->addWidget(m_waiting);
    m_conflicts = new QPushButton(this);
    m_conflicts->setObjectName(u"syncConflicts"_s);
    m_conflicts->setFlat(true);
    m_conflicts->setCursor(Qt::PointingHandCursor);
    m_conflicts->setFocusPolicy(Qt::StrongFocus);
    m_conflicts->setToolTip(tr("有修改没能按你输入的样子保存到服务器，点击查看并处理"));
    m_conflicts->setStyleSheet(u"QPushButton { color: white; background: #e65100; border-radius: 3px; "
                               u"padding: 1px 8px; font-weight: bold; }"
                               u"QPushButton:focus { outline: none; border: 2px solid #1565c0; }"_s);
    m_conflicts->installEventFilter(this);
    layout->addWidget(m_conflicts);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    m_held = new QLabel(this);
    m_held->setObjectName(u"syncHeld"_s);
    m_held->setStyleSheet(u"color: #e65100;"_s);
    layout->addWidget(m_held);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    refresh();
}

bool SyncStatusWidget::eventFilter(QObject *watched, QEvent *event)
{
    // A status bar is not a dialog: a focused push button would ignore Enter.
    if (watched == m_conflicts && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_conflicts->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SyncStatusWidget::stateText() const
{
    const QDateTime now = m_clock.now();
    switch (m_status.state) {
    case SyncStatus::State::SignedOut: return tr("未登录服务器");
    case SyncStatus::State::Syncing:
        if (m_status.fullResync) {
            const QString resync = tr("服务器的数据比本机旧（可能从备份恢复），正在重新完整同步；未上传的修改会保留");
            if (m_status.rowsReceived <= 0)
                return resync;
            if (m_status.percent < 0)
                return resync + tr("（已接收 %L1 行）").arg(m_status.rowsReceived);
            return resync + tr("（已接收 %L1 行，%2%）").arg(m_status.rowsReceived).arg(m_status.percent);
        }
        if (m_status.rowsReceived <= 0)
            return tr("同步中…");
        if (m_status.percent < 0)
            return tr("同步中… 已接收 %L1 行").arg(m_status.rowsReceived);
        return tr("同步中… 已接收 %L1 行（%2%）").arg(m_status.rowsReceived).arg(m_status.percent);
    case SyncStatus::State::Idle: {
        if (!m_status.lastSync.isValid())
            return tr("尚未同步");
        const QDateTime last = m_status.lastSync.toLocalTime();
        if (last.date() == now.toLocalTime().date())
            return tr("已同步 %1").arg(last.toString(u"HH:mm"_s));
        return tr("已同步 %1").arg(format::dateTime(last, now));
    }
    case SyncStatus::State::Offline: {
        if (!m_status.nextRetry.isValid())
            return tr("离线");
        const qint64 seconds = now.secsTo(m_status.nextRetry);
        if (seconds <= 0)
            return tr("离线，正在重试…");
        if (seconds < 100)
            return tr("离线，%1 秒后重试").arg(seconds);
        return tr("离线，%1 分钟后重试").arg((seconds + 59) / 60);
    }
    case SyncStatus::State::Error: {
        const QString error = m_status.lastError.isEmpty() ? tr("同步出错") : m_status.lastError.simplified();
        return error.size() > MaxErrorChars ? error.left(MaxErrorChars - 1) + u'…' : error;
    }
    }
    return {};
}

void SyncStatusWidget::refresh()
{
    const bool signedIn = m_status.state != SyncStatus::State::SignedOut;
    m_state->setText(stateText());
    const bool error = m_status.state == SyncStatus::State::Error;
    m_state->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    if (error)
        m_state->setToolTip(m_status.lastError);
    else if (signedIn)
        m_state->setToolTip(tr("已登录 %1（%2）").arg(m_status.userName, m_status.serverUrl));
    else
        m_state->setToolTip(tr("本机数据单独使用，不与服务器同步"));

    m_waiting->setText(u"· "_s + tr("待上传 %1").arg(m_status.opsWaiting));
    m_waiting->setVisible(m_status.opsWaiting > 0);
    m_conflicts->setText(tr("冲突 %1").arg(m_status.openConflicts));
    m_conflicts->setVisible(m_status.openConflicts > 0);
    // A file the server refused names itself: the edits behind it wait for it.
    const QStringList &held = m_status.heldFiles;
    QString heldText = held.isEmpty() ? QString() : held.first();
    if (held.size() > 1)
        heldText += tr("（另有 %n 个文件）", nullptr, int(held.size() - 1));
    m_held->setText(heldText);
    m_held->setToolTip(held.join(u'\n'));
    m_held->setVisible(!held.isEmpty());

    const bool countingDown = m_status.state == SyncStatus::State::Offline && m_status.nextRetry.isValid();
    if (countingDown && !m_tick.isActive())
        m_tick.start();
    else if (!countingDown)
        m_tick.stop();
}

QString SyncStatusWidget::text() const
{
    QStringList parts{m_state->text()};
    if (!m_waiting->isHidden())
        parts << m_waiting->text().mid(2);
    if (!m_conflicts->isHidden())
        parts << m_conflicts->text();
    if (!m_held->isHidden())
        parts << m_held->text();
    return parts.join(u" · "_s);
}

} // namespace sales
