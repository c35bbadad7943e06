// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keymaterial.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray countingKey()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(static_cast<char>(i));
    return key;
}

} // namespace

class TestKeyMaterial final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAre32RandomBytes()
    {
        const QByteArray a = sales::generateDatabaseKey();
        const QByteArray b = sales::generateDatabaseKey();
        QCOMPARE(a.size(), 32);
        QCOMPARE(b.size(), 32);
        QVERIFY(a != b);
        QVERIFY(a != QByteArray(32, '\0'));
    }

    void passwordIsLowerCaseHex()
    {
        QCOMPARE(sales::rawKeyToSqlCipherPassword(countingKey()),
                 u"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"_s);
        const QString random = sales::rawKeyToSqlCipherPassword(sales::generateDatabaseKey());
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        QVERIFY2(hex.match(random).hasMatch(), qPrintable(random));
    }

    void passwordRefusesWrongLength()
    {
        QVERIFY(sales::rawKeyToSqlCipherPassword(QByteArray()).isEmpty());
        QVERIFY(sales::rawKeyToSqlCipherPassword(QByteArray(31, 'k')).isEmpty());
        QVERIFY(sales::rawKeyToSqlCipherPassword(QByteArray(33, 'k')).isEmpty());
    }

    void keyCheckValueIsHmacSha256()
    {
        // Reference values from Python's hmac module.
        QCOMPARE(sales::keyCheckValue(countingKey()),
                 "bdae00bbef30ca13e15d64d762caf353bb1ab5dd5f4e0f79293c42abd73662fb"_ba);
        QCOMPARE(sales::keyCheckValue(QByteArray(32, '\0')),
                 "633daba037b75a3703195a4f743e4ca71e69175c75ec326db2861d9de0cf01c4"_ba);
    }

    void keyCheckValueIsStablePerKey()
    {
        const QByteArray key = sales::generateDatabaseKey();
        const QByteArray other = sales::generateDatabaseKey();
        const QByteArray kcv = sales::keyCheckValue(key);
        QCOMPARE(kcv.size(), 64);
        QCOMPARE(sales::keyCheckValue(key), kcv);
        QVERIFY(sales::keyCheckValue(other) != kcv);
        QVERIFY(kcv != sales::rawKeyToSqlCipherPassword(key).toLatin1());
        QVERIFY(sales::keyCheckValue(QByteArray()).isEmpty());
    }

    void wipeClears()
    {
        QByteArray bytes = sales::generateDatabaseKey();
        sales::wipe(bytes);
        QVERIFY(bytes.isEmpty());
        QString text = sales::rawKeyToSqlCipherPassword(sales::generateDatabaseKey());
        sales::wipe(text);
        QVERIFY(text.isEmpty());
        QByteArray empty;
        sales::wipe(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyMaterial)
#include "tst_keymaterial.moc"
