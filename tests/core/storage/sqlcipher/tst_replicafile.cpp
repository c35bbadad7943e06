// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlciphertestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sales::test::Connection;

// Proves, with tools that are not ours, that the replica file is really encrypted
// and that bad keys or damaged files fail cleanly without touching the file.
class TestReplicaFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headerIsNotPlainSqlite();
    void plainSqliteShellSeesNoData();
    void sqlcipherShellReadsWithRawKey();
    void noKeyOrPlaintextInFile();
    void wrongKeyLeavesFileUntouched();
    void damagedFileFailsCleanly_data();
    void damagedFileFailsCleanly();
    void missingFileIsNotCreated();
    void passphraseModeDiffersFromRawMode();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runShell(const QString &program, const QStringList &args, const QByteArray &input = {});
    bool createDatabase(const QString &file, const QString &key);
    QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }

    QTemporaryDir m_dir;
    QString m_sqlite3;
    QString m_sqlcipher;
    QByteArray m_rawKey;
    QString m_hexKey;
    QString m_file;
    QByteArray m_sha;
};

const QString secretText = u"上海浦东重点客户李娜：预算八百万"_s;

TestReplicaFile::Run TestReplicaFile::runShell(const QString &program, const QStringList &args,
                                               const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path()); // no ~/.sqliterc
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run run;
    if (!p.waitForStarted(10000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

bool TestReplicaFile::createDatabase(const QString &file, const QString &key)
{
    Connection c(file, key);
    if (!c.isOpen())
        return false;
    QSqlQuery q(c.db);
    bool ok = q.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, note TEXT)"_s);
    ok = ok && c.db.transaction();
    ok = ok && q.prepare(u"INSERT INTO customers (id, name, note) VALUES (?, ?, ?)"_s);
    for (int i = 1; ok && i <= 2000; ++i) {
        q.addBindValue(i);
        q.addBindValue(i == 1 ? secretText : u"客户 %1"_s.arg(i));
        q.addBindValue(u"备注 %1 "_s.arg(i).repeated(12));
        ok = q.exec();
    }
    return ok && c.db.commit();
}

void TestReplicaFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    m_sqlcipher = QStandardPaths::findExecutable(u"sqlcipher"_s);
    QVERIFY2(!m_sqlite3.isEmpty(), "sqlite3 shell missing: run scripts/deps.sh");
    QVERIFY2(!m_sqlcipher.isEmpty(), "sqlcipher shell missing: run scripts/deps.sh");

    m_hexKey = sales::test::randomHexKey(&m_rawKey);
    m_file = m_dir.filePath(u"replica.db"_s);
    QVERIFY(createDatabase(m_file, m_hexKey));
    QCOMPARE(entries(), QStringList{u"replica.db"_s});
    QVERIFY(QFileInfo(m_file).size() > 40 * 4096);
    m_sha = sales::test::fileSha256(m_file);
}

void TestReplicaFile::headerIsNotPlainSqlite()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(16);
    QCOMPARE(head.size(), 16);
    QVERIFY(head != QByteArray("SQLite format 3\0", 16));
    QVERIFY(!head.startsWith("SQLite"));
}

void TestReplicaFile::plainSqliteShellSeesNoData()
{
    for (const QString &cmd : {u"SELECT count(*) FROM sqlite_master;"_s,
                               u"SELECT * FROM customers;"_s, u".tables"_s}) {
        const Run r = runShell(m_sqlite3, {m_file, cmd});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("not a database") || r.err.contains("encrypted"), r.err.constData());
        QVERIFY(!r.out.contains("customers"));
        QVERIFY(!r.out.contains("客户"));
    }
    const Run dump = runShell(m_sqlite3, {m_file, u".dump"_s});
    QVERIFY(!dump.out.contains("客户"));
    QVERIFY(!dump.out.contains("INSERT INTO"));
    QCOMPARE(sales::test::fileSha256(m_file), m_sha);
}

void TestReplicaFile::sqlcipherShellReadsWithRawKey()
{
    const QByteArray script = "PRAGMA key = \"x'" + m_hexKey.toLatin1()
            + "'\";\nPRAGMA cipher_page_size = 4096;\n"
              "SELECT name FROM customers WHERE id = 1;\nSELECT count(*) FROM customers;\n";
    const Run r = runShell(m_sqlcipher, {m_file}, script);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(secretText.toUtf8()), r.out.constData());
    QVERIFY(r.out.contains("\n2000"));

    // The same 64 hex digits as a passphrase (the KDF path) do not open it.
    const QByteArray asPassphrase = "PRAGMA key = '" + m_hexKey.toLatin1()
            + "';\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM customers;\n";
    const Run wrong = runShell(m_sqlcipher, {m_file}, asPassphrase);
    QVERIFY(wrong.err.contains("not a database"));
    QVERIFY(!wrong.out.contains("2000"));
    QCOMPARE(sales::test::fileSha256(m_file), m_sha);
}

void TestReplicaFile::noKeyOrPlaintextInFile()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(m_rawKey));
    QVERIFY(!bytes.contains(m_rawKey.toHex()));
    QVERIFY(!bytes.contains(m_rawKey.toHex().toUpper()));
    QVERIFY(!bytes.contains(secretText.toUtf8()));
    QVERIFY(!bytes.contains(u"客户"_s.toUtf8()));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void TestReplicaFile::wrongKeyLeavesFileUntouched()
{
    const QStringList before = entries();
    for (const QString &options : {QString(), u"QSQLCIPHER_CREATE"_s, u"QSQLCIPHER_READONLY"_s}) {
        Connection c(m_file, sales::test::randomHexKey(), options);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error().type(), QSqlError::ConnectionError);
        QCOMPARE(c.error().nativeErrorCode(), u"26"_s);
        QCOMPARE(c.error().driverText(), u"无法打开加密数据库：密钥错误或文件已损坏"_s);
        QVERIFY(!c.error().databaseText().isEmpty());
        QVERIFY(!c.db.isOpen());
    }
    {
        Connection c(m_file, u"not the passphrase"_s);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error().nativeErrorCode(), u"26"_s);
    }
    QCOMPARE(sales::test::fileSha256(m_file), m_sha);
    QCOMPARE(entries(), before);
}

void TestReplicaFile::damagedFileFailsCleanly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("truncated to half") << u"truncate"_s;
    QTest::newRow("bytes flipped in page 1") << u"page1"_s;
    QTest::newRow("bytes flipped in a later page") << u"later"_s;
}

void TestReplicaFile::damagedFileFailsCleanly()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"damaged.db"_s);
    QVERIFY(QFile::copy(m_file, file));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (kind == u"truncate"_s) {
            QVERIFY(f.resize(size / 2));
        } else {
            const qint64 page = kind == u"page1"_s ? 0 : (size / 4096) / 2;
            for (qint64 offset : {page * 4096 + 200, page * 4096 + 1500}) {
                QVERIFY(f.seek(offset));
                char c = 0;
                QVERIFY(f.getChar(&c));
                QVERIFY(f.seek(offset));
                QVERIFY(f.putChar(char(c ^ 0x5a)));
            }
        }
    }
    const QByteArray sha = sales::test::fileSha256(file);

    QSqlError error;
    {
        Connection c(file, m_hexKey);
        if (!c.isOpen()) {
            error = c.error();
            QCOMPARE(error.type(), QSqlError::ConnectionError);
        } else {
            QSqlQuery q(c.db);
            q.setForwardOnly(true);
            if (q.exec(u"SELECT id, name, note FROM customers ORDER BY id"_s)) {
                int rows = 0;
                while (q.next())
                    ++rows;
                QVERIFY2(rows < 2000, "a damaged file must not read as complete");
            }
            error = q.lastError();
            QCOMPARE(error.type(), QSqlError::StatementError);
            QVERIFY2(error.driverText().contains(u"数据库文件已损坏，请从服务器重新同步"_s),
                     qPrintable(error.text()));
        }
    }
    QVERIFY2(error.isValid(), "damage went unnoticed");
    QVERIFY2(error.nativeErrorCode() == u"11"_s || error.nativeErrorCode() == u"26"_s,
             qPrintable(error.nativeErrorCode() + u' ' + error.text()));
    QVERIFY(error.driverText().contains(u"损坏"_s));
    qInfo() << kind << "->" << error.nativeErrorCode() << error.text();
    QCOMPARE(sales::test::fileSha256(file), sha);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"damaged.db"_s});
}

void TestReplicaFile::missingFileIsNotCreated()
{
    const QStringList before = entries();
    const QString missing = m_dir.filePath(u"missing.db"_s);
    for (const QString &options : {QString(), u"QSQLCIPHER_READONLY"_s}) {
        Connection c(missing, m_hexKey, options);
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error().type(), QSqlError::ConnectionError);
        QCOMPARE(c.error().nativeErrorCode(), u"14"_s);
        QVERIFY(c.error().driverText().contains(u"不存在"_s));
    }
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(entries(), before);
}

void TestReplicaFile::passphraseModeDiffersFromRawMode()
{
    const QString passphrase = u"销售 correct horse 电池"_s;
    const QString file = m_dir.filePath(u"passphrase.db"_s);
    QVERIFY(createDatabase(file, passphrase));
    {
        Connection c(file, passphrase, QString());
        QVERIFY2(c.isOpen(), qPrintable(c.error().text()));
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"SELECT name FROM customers WHERE id = 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), secretText);
    }
    {
        Connection c(file, passphrase + u'!', QString());
        QVERIFY(!c.isOpen());
        QCOMPARE(c.error().nativeErrorCode(), u"26"_s);
    }
    {
        Connection c(file, m_hexKey, QString()); // raw key against a passphrase file
        QVERIFY(!c.isOpen());
    }
    // The sqlcipher shell's passphrase path (PBKDF2) opens it.
    const QByteArray script = "PRAGMA key = '" + passphrase.toUtf8()
            + "';\nPRAGMA cipher_page_size = 4096;\nSELECT name FROM customers WHERE id = 1;\n";
    const Run r = runShell(m_sqlcipher, {file}, script);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(secretText.toUtf8()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(passphrase.toUtf8()));
    QVERIFY(!bytes.contains(secretText.toUtf8()));
}

QTEST_GUILESS_MAIN(TestReplicaFile)
#include "tst_replicafile.moc"
