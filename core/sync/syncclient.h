// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sales {

// One HTTP answer, or why there was none.
struct HttpResult {
    int status = 0;        // 0: no answer (network error, timeout, refused certificate)
    QByteArray body;
    QString networkError;  // in words, when status == 0
    bool pinRefused = false; // the server's certificate is not the pinned one
    QJsonObject json() const;
    QString errorCode() const;    // {"error":{"code"}} of an error answer
    QString errorMessage() const; // {"error":{"message"}}
    bool ok() const { return status >= 200 && status < 300; }
};

// Blocking HTTPS to the sync server, for a worker thread (it makes its own
// QNetworkAccessManager on the thread that first uses it). The server is
// trusted by its certificate's SHA-256 fingerprint, confirmed once by the user,
// or by a configured CA: nothing is sent before the check passes.
class SyncClient final
{
    Q_DECLARE_TR_FUNCTIONS(sales::SyncClient)

public:
    SyncClient(QString baseUrl, QString fingerprint, QList<QSslCertificate> caCertificates = {});
    ~SyncClient();
    Q_DISABLE_COPY_MOVE(SyncClient)

    // The same server, trust and token, for another thread (its own connection).
    std::unique_ptr<SyncClient> clone() const;

    void setToken(const QByteArray &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QString baseUrl() const { return m_baseUrl; }

    // An answer on its way: started by start(), received by this thread's event
    // loop while the caller waits in header() or wait(). One at a time per
    // client: the certificate is checked when a connection is made for a
    // request, and Qt may pair a connection opened for a second request in
    // flight with no request at all, so it would carry the token unchecked.
    // While one is on its way start() refuses (the answer says why); a second
    // request in flight goes through a clone().
    class Pending;
    std::unique_ptr<Pending> start(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    HttpResult get(const QString &path);
    HttpResult post(const QString &path, const QByteArray &body);
    HttpResult put(const QString &path, const QByteArray &body);

    // "ab cd", "AB:CD" and "abcd" are the same fingerprint.
    static QString normalizeFingerprint(const QString &fp);
    static QString fingerprintOf(const QSslCertificate &cert);

private:
    QString m_baseUrl;
    QString m_fingerprint;
    QList<QSslCertificate> m_ca;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    const Pending *m_busy = nullptr; // the answer on its way
};

class SyncClient::Pending final
{
public:
    ~Pending(); // an answer not waited for is aborted
    Q_DISABLE_COPY_MOVE(Pending)

    // A header of the answer, once its headers have arrived (waits for them);
    // empty if there is none or no answer.
    QByteArray header(const QByteArray &name);
    HttpResult wait(); // the whole answer (once)

private:
    friend class SyncClient;
    Pending() = default;
    bool waitFor(bool headersOnly);
    void dropReply(); // aborted if not finished; the client may start another

    SyncClient *m_client = nullptr;
    QNetworkReply *m_reply = nullptr;
    QMetaObject::Connection m_pinCheck;
    HttpResult m_result;
    bool m_pinRefused = false;
};

} // namespace sales
