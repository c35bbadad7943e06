// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust by a configured CA instead of a pinned fingerprint (--server-ca): the
// server's certificate must chain to it; another CA or an unreadable file is
// refused before anything is sent.
#include "sync/syncaccount.h"
#include "sync/syncclient.h"
#include "syncfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

class TestSyncClientCa : public QObject
{
    Q_OBJECT
    test::ServerProcess m_server;
    test::ServerProcess m_other; // initialised only: another self-signed certificate
    test::Org m_org;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::startWithOrg(m_server, m_org, &error), qPrintable(error));
        QVERIFY2(m_other.init(&error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void theServersOwnCertificateAsCaIsTrusted()
    {
        const auto client = syncaccount::clientFor(m_server.url(), {}, m_server.dataDir() + u"/cert.pem"_s);
        const HttpResult r = client->get(u"/healthz"_s);
        QCOMPARE(r.status, 200);
        const LoginResult login = syncaccount::login(m_server.url(), {}, m_server.dataDir() + u"/cert.pem"_s,
                                                     u"ann"_s, QString::fromLatin1(test::kPassword), u"ca-test"_s);
        QVERIFY2(login.ok, qPrintable(login.error));
        QCOMPARE(login.userId, m_org.ann);
    }

    void anotherCaIsRefused()
    {
        auto isRequest = [](const QJsonObject &o) { return o.value(u"msg"_s).toString() == u"request"_s; };
        QVERIFY(m_server.waitForLog(0, isRequest)); // the check below would see one
        const qsizetype logFrom = m_server.log().size();
        const auto client = syncaccount::clientFor(m_server.url(), {}, m_other.dataDir() + u"/cert.pem"_s);
        const HttpResult r = client->get(u"/healthz"_s);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        const LoginResult login = syncaccount::login(m_server.url(), {}, m_other.dataDir() + u"/cert.pem"_s, u"ann"_s,
                                                     QString::fromLatin1(test::kPassword), u"ca-test"_s);
        QVERIFY(!login.ok);
        QVERIFY2(!m_server.waitForLog(logFrom, isRequest, 500), "a request reached the server");
    }

    void anUnreadableCaFileTrustsNobody()
    {
        const auto client = syncaccount::clientFor(m_server.url(), {}, u"/nonexistent/ca.pem"_s);
        QCOMPARE(client->get(u"/healthz"_s).status, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncClientCa)
#include "tst_syncclient_ca.moc"
