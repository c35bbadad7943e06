// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The log is only its user's to read, as the replica is: a log an older client
// left readable by everyone is tightened, and what it held is kept.
// (A new log is created 0600: tst_desktopsignals checks that on the real client.)
#include "logfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existingLooseLogBecomesOwnerOnlyAndKeepsItsLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"logs/sales-client.log"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"logs"_s)));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older line\n");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

        QVERIFY(sales::installLogFile(path));
        QCOMPARE(sales::logFilePath(), path);
        qWarning("a new line");

        struct stat st{};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile log(path);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.startsWith("an older line\n"));
        QVERIFY(text.contains("warning default: a new line"));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
