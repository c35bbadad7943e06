// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Nothing typed is lost to a kill: a child process opens the new-lead dialog,
// types into it and is killed with SIGKILL once the draft is autosaved; the next
// start reopens the dialog with what was typed.
#include "desktopfixture.h"
#include "dialogs/newleaddialog.h"
#include "dialogtesting.h"
#include "leads/leadactions.h"
#include "leadsof.h"
#include "mainwindow.h"
#include "workspace/draftstore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

const auto Company = u"温州东方管业有限公司"_s;
const auto Phone = u"0577-8888 6666"_s;

// Child: type half a lead, wait for the autosave, say so, then wait to be killed.
int runChild(const QString &path, const QString &readyFile)
{
    ReplicaConfig config;
    config.path = path;
    config.keyHex = qEnvironmentVariable("SALES_TEST_REPLICA_KEY"); // throwaway key of a temp replica
    ReplicaConnection connection(config);
    if (!connection.isOpen())
        return 3;
    MainWindow w(connection.database(), u"child"_s);
    w.show();
    test::leadsOf(w).actions()->newLead();
    auto *dialog = test::waitForWindow<NewLeadDialog>();
    if (!dialog)
        return 4;
    dialog->findChild<QLineEdit *>(u"accountName"_s)->setText(Company);
    dialog->findChild<QLineEdit *>(u"contactPhone"_s)->setText(Phone);
    dialog->findChild<QComboBox *>(u"source"_s)->setCurrentText(u"展会名片"_s);
    QDeadlineTimer deadline(15000);
    while (!test::leadsOf(w).actions()->drafts().load(NewLeadDialog::draftKeyFor()).valueOr(std::nullopt) && !deadline.hasExpired())
        QTest::qWait(50);
    QFile ready(readyFile);
    if (!ready.open(QIODevice::WriteOnly))
        return 5;
    ready.write("saved");
    ready.close();
    QTest::qWait(60000); // killed long before
    return 6;
}

} // namespace

class TestDraftRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftSurvivesSigkill()
    {
        test::TestReplica r;
        test::fillAsRep(r, 20);
        const QString ready = r.dir.filePath(u"child-ready"_s);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SALES_TEST_REPLICA_KEY"_s, r.config.keyHex);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, r.config.path, ready});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready) || child.state() == QProcess::NotRunning, 30000);
        QVERIFY2(QFile::exists(ready), qPrintable(u"child exited with %1"_s.arg(child.exitCode())));
        child.kill(); // SIGKILL: no close event, no flush
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        MainWindow w(r.db(), u"测试工作区"_s);
        QVERIFY(test::showActive(w));
        QVERIFY(test::leadsOf(w).actions()->drafts().load(NewLeadDialog::draftKeyFor()).valueOr(std::nullopt));
        test::leadsOf(w).actions()->restoreDrafts();
        auto *dialog = test::waitForWindow<NewLeadDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"accountName"_s)->text(), Company);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"contactPhone"_s)->text(), Phone);
        QCOMPARE(dialog->findChild<QComboBox *>(u"source"_s)->currentText(), u"展会名片"_s);
        QVERIFY(dialog->hasUnsavedInput() || !dialog->toDraft().isEmpty());

        // Finishing the lead clears the draft.
        dialog->findChild<QLineEdit *>(u"contactName"_s)->setText(u"周立新"_s);
        QPointer<NewLeadDialog> guard(dialog);
        dialog->accept();
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_VERIFY(!test::leadsOf(w).actions()->drafts().load(NewLeadDialog::draftKeyFor()).valueOr(std::nullopt));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestDraftRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftrecovery.moc"
