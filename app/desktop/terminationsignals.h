// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sales {

// SIGTERM (the session logging out), SIGHUP and SIGINT arrive as a Qt signal on the
// GUI thread, so the client quits the normal way: drafts flushed, layout saved, the
// replica closed and its WAL checkpointed. The handler only writes a byte to a
// socket pair (the self-pipe trick): nothing else is safe inside a signal handler.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sales
