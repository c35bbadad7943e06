// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real sales-client, on the offscreen platform inside a throwaway keychain
// session, on an empty workspace: SIGTERM (what a session logout sends) ends it
// as its close button would. It exits 0, the replica is closed cleanly (WAL
// checkpointed, no -wal left behind), the lock is released, and the log it wrote
// is its user's alone.
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

bool logSays(const QString &path, const QByteArray &line)
{
    QFile log(path);
    return log.open(QIODevice::ReadOnly) && log.readAll().contains(line);
}

} // namespace

class TestClientSigterm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigtermClosesTheReplicaCleanly()
    {
        QTemporaryDir data; // the client's XDG_DATA_HOME: its log goes there
        QTemporaryDir workspace;
        const QString log = data.filePath(u"SalesCompass/sales-client/logs/sales-client.log"_s);
        const QString replica = workspace.filePath(u"replica.db"_s);

        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        client.setProcessEnvironment(env);
        client.setProcessChannelMode(QProcess::ForwardedChannels);
        client.start(QStringLiteral(SALES_CLIENT_BIN), {u"--workspace"_s, workspace.path()});
        QVERIFY(client.waitForStarted());

        QDeadlineTimer deadline(90000);
        while (!logSays(log, "main window shown") && client.state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(50);
        QVERIFY2(logSays(log, "main window shown"), "the client did not come up");
        QVERIFY(QFile::exists(workspace.filePath(u"replica.lock"_s)));
        QVERIFY(QFile::exists(replica + u"-wal"_s)); // open in WAL mode: what a clean close must fold back

        QCOMPARE(::kill(pid_t(client.processId()), SIGTERM), 0);
        QVERIFY(client.waitForFinished(60000));
        QCOMPARE(client.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(client.exitCode(), 0);

        QVERIFY(logSays(log, "signal 15: closing the workspace"));
        const QFileInfo wal(replica + u"-wal"_s);
        QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(u"replica.db-wal left with %1 bytes"_s.arg(wal.size())));
        QVERIFY(!QFile::exists(workspace.filePath(u"replica.lock"_s)));
        QVERIFY(QFileInfo(replica).size() > 0);

        struct stat st{};
        QVERIFY(::stat(QFile::encodeName(log).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600)); // a new log is created owner-only
    }
};

QTEST_GUILESS_MAIN(TestClientSigterm)
#include "tst_clientsigterm.moc"
