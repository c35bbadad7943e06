// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QSslSocket;

namespace sales {

// Fetches the certificate a sync server shows, without sending anything, for the
// user to confirm its fingerprint. Non-blocking: start() returns at once and the
// answer comes later, exactly once, as finished() — from the socket's encrypted
// or errorOccurred signal, or from the timeout when the handshake never ends.
class CertificateProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateProbe)

public:
    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; } // default 10 s
    // A probe still running is abandoned (its answer never comes).
    void start(const QString &baseUrl);
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }

Q_SIGNALS:
    // fingerprint: AB:CD:… (SyncClient::fingerprintOf), empty when error says why.
    void finished(const QString &fingerprint, const QString &error);

private:
    void finish(const QString &fingerprint, const QString &error);

    QSslSocket *m_socket = nullptr; // a child, dropped in cancel()
    QTimer m_timeout;
    int m_timeoutMs = 10000;
    quint64 m_generation = 0; // a cancelled start() answers no more
};

} // namespace sales
