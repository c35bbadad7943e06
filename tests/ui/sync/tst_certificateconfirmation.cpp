// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Confirming a server's certificate never blocks the GUI thread: against a
// server that accepts the TCP connection and never answers the TLS handshake,
// every step returns at once, a timer keeps firing while it waits, and the
// timeout ends in a clear error. Against the real sales-server, a changed
// certificate is asked about in a dialog opened with open(), also from the
// background sync through SyncController.
#include "serverprocess.h"
#include "storage/localstate.h"
#include "sync/certificateconfirmation.h"
#include "sync/certificateprobe.h"
#include "sync/fingerprintdialog.h"
#include "sync/logindialog.h"
#include "sync/signinflow.h"
#include "sync/synccontroller.h"
#include "testreplica.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
constexpr int kTimeoutMs = 700;
constexpr auto kWrongPin = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

// Accepts connections on 127.0.0.1 and never says a word.
class SilentServer final : public QTcpServer
{
public:
    SilentServer() { listen(QHostAddress::LocalHost); }
    QString url() const { return u"https://127.0.0.1:%1"_s.arg(serverPort()); }
    int accepted = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this); // kept open, never read or written
        socket->setSocketDescriptor(handle);
        ++accepted;
    }
};

// Counts the ticks of a 20 ms timer: proof that the event loop runs.
struct Ticker {
    QTimer timer;
    int ticks = 0;
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start(20);
    }
};

FingerprintDialog *visibleFingerprintDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<FingerprintDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

void trustChanged(FingerprintDialog *d)
{
    d->findChild<QCheckBox *>(u"confirmChange"_s)->setChecked(true);
    d->trustButton()->click();
}
} // namespace

class TestCertificateConfirmation : public QObject
{
    Q_OBJECT
    test::ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.init(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void probeOfASilentServerTimesOut()
    {
        SilentServer silent;
        QVERIFY(silent.isListening());
        CertificateProbe probe;
        probe.setTimeoutMs(kTimeoutMs);
        QSignalSpy finished(&probe, &CertificateProbe::finished);
        Ticker ticker;
        QElapsedTimer clock;
        clock.start();
        probe.start(silent.url());
        QVERIFY2(clock.elapsed() < 100, "start() must return at once");
        QVERIFY(probe.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() >= kTimeoutMs - 50);
        QCOMPARE(silent.accepted, 1); // the TCP connection was made; the handshake never ended
        QVERIFY2(ticker.ticks >= 10, qPrintable(QString::number(ticker.ticks)));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toString().isEmpty());
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(u"超时"_s) && error.contains(u"加密握手"_s), qPrintable(error));
        QVERIFY(!probe.isRunning());
        QTest::qWait(kTimeoutMs); // exactly one answer
        QCOMPARE(finished.size(), 1);
    }

    void probeOfAClosedPortAndOfAnHttpAddressSayWhy()
    {
        quint16 port = 0;
        {
            QTcpServer gone;
            QVERIFY(gone.listen(QHostAddress::LocalHost));
            port = gone.serverPort();
        }
        CertificateProbe probe;
        QSignalSpy finished(&probe, &CertificateProbe::finished);
        probe.start(u"https://127.0.0.1:%1"_s.arg(port));
        QVERIFY(finished.wait(5000));
        QVERIFY2(finished.at(0).at(1).toString().startsWith(u"无法与服务器建立加密连接"_s),
                 qPrintable(finished.at(0).at(1).toString()));
        probe.start(u"http://127.0.0.1:1"_s);
        QCOMPARE(finished.size(), 1); // answered later, like the rest
        QVERIFY(finished.wait(1000));
        QVERIFY(finished.at(1).at(1).toString().contains(u"https://"_s));
    }

    void signInToASilentServerShowsTheTimeoutInTheDialog()
    {
        SilentServer silent;
        SignInFlow flow;
        flow.setCertificateTimeoutMs(kTimeoutMs);
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        flow.start(nullptr, {}, silent.url());
        LoginDialog *dialog = flow.dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"sue"_s);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"secret"_s);
        Ticker ticker;
        QElapsedTimer clock;
        clock.start();
        dialog->accept(); // 登录
        QVERIFY2(clock.elapsed() < 100, "the login button must return at once");
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 5000);
        QVERIFY2(ticker.ticks >= 10, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(dialog->errorText().contains(u"超时"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible()); // everything typed stays for another try
        QVERIFY(!dialog->isBusy());
        QVERIFY(!visibleFingerprintDialog());
        QCOMPARE(signedIn.size(), 0);
        dialog->reject();
    }

    void changedCertificateIsAskedWithoutBlocking()
    {
        CertificateConfirmation confirmation;
        QSignalSpy trusted(&confirmation, &CertificateConfirmation::trusted);
        QSignalSpy refused(&confirmation, &CertificateConfirmation::refused);
        Ticker ticker;
        QElapsedTimer clock;
        clock.start();
        confirmation.start(nullptr, m_server.url(), QString::fromLatin1(kWrongPin));
        QVERIFY(clock.elapsed() < 100);
        QVERIFY(confirmation.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(confirmation.dialog() && confirmation.dialog()->isVisible(), 5000);
        FingerprintDialog *dialog = confirmation.dialog();
        QVERIFY(dialog->isChanged());
        QCOMPARE(FingerprintDialog::formatFingerprint(dialog->fingerprint()), m_server.fingerprint());
        const int ticksBefore = ticker.ticks;
        QTRY_VERIFY(ticker.ticks > ticksBefore + 3); // the user thinks; the application runs
        QCOMPARE(trusted.size() + refused.size(), 0);
        trustChanged(dialog);
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(trusted.at(0).at(0).toString(), m_server.fingerprint());
        QVERIFY(!confirmation.isBusy());

        confirmation.start(nullptr, m_server.url(), QString::fromLatin1(kWrongPin));
        QTRY_VERIFY_WITH_TIMEOUT(confirmation.dialog() && confirmation.dialog()->isVisible(), 5000);
        confirmation.dialog()->cancelButton()->click();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(trusted.size(), 1);
    }

    void pinnedCertificateIsTrustedWithoutAsking()
    {
        CertificateConfirmation confirmation;
        QSignalSpy trusted(&confirmation, &CertificateConfirmation::trusted);
        confirmation.start(nullptr, m_server.url(), m_server.fingerprint().toLower());
        QVERIFY(trusted.wait(5000));
        QVERIFY(!visibleFingerprintDialog());
    }

    void backgroundSyncAsksAboutAChangedCertificate()
    {
        test::TestReplica replica;
        const SyncProfile stale{m_server.url(), QString::fromLatin1(kWrongPin), u"sue"_s, {}, {}};
        QVERIFY(stale.save(replica.db()));
        QVERIFY(LocalState(replica.db()).setValue("sync.token", u"not-a-token"_s));
        SyncController sync(replica.db(), replica.config, u"ws-pin"_s, false, nullptr);
        sync.setIntervals(600000, 100);
        Ticker ticker;
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(visibleFingerprintDialog(), 10000);
        FingerprintDialog *dialog = visibleFingerprintDialog();
        QVERIFY(dialog->isChanged());
        QCOMPARE(sync.status().state, SyncStatus::State::Error);
        const int ticksBefore = ticker.ticks;
        QTRY_VERIFY(ticker.ticks > ticksBefore + 3);
        trustChanged(dialog);
        QTRY_COMPARE(SyncProfile::load(replica.db()).fingerprint, m_server.fingerprint());
        // The next run gets past the certificate; the made-up token is refused.
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().lastError.contains(u"重新登录"_s), 10000);
        QVERIFY(!visibleFingerprintDialog());
    }
};

QTEST_MAIN(TestCertificateConfirmation)
#include "tst_certificateconfirmation.moc"
