// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passphrasekdf.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kMiB = 1024 * 1024;

// Small cost so the suite stays fast; libsodium's minimum ops for Argon2id is 1.
sales::KdfParams cheap(const QByteArray& salt = "saltsaltsaltsalt"_ba, quint64 ops = 1)
{
    return sales::KdfParams{salt, ops, 8 * kMiB};
}

QJsonObject withValue(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(key, value);
    return json;
}

} // namespace

class TestPassphraseKdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReferenceArgon2id()
    {
        // Reference: `argon2 <salt> -id -t <ops> -m 13 -p 1 -l 32 -r` (the Argon2 CLI).
        QCOMPARE(sales::deriveKeyFromPassphrase(u"correct horse battery"_s, cheap())->toHex(),
                 "7b187f4663b5edf4bb835cf198dd815412fbc8db101b496bab7cabba4a67531f"_ba);
        QCOMPARE(sales::deriveKeyFromPassphrase(u"口令测试passphrase1"_s,
                                                cheap("0123456789abcdef"_ba, 2))->toHex(),
                 "882085c813f5a8bd020e1af10d446f65f1381bd89a1c589894db0fd17d0883c0"_ba);
    }

    void deterministicForSameInput()
    {
        const auto a = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap());
        const auto b = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap());
        QVERIFY(a && b);
        QCOMPARE(a->size(), 32);
        QCOMPARE(*a, *b);
    }

    void differsForSaltPassphraseOrCost()
    {
        const auto base = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap());
        const auto salt = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap("SALTSALTSALTSALT"_ba));
        const auto pass = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&4"_s, cheap());
        const auto ops = sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap("saltsaltsaltsalt"_ba, 2));
        QVERIFY(base && salt && pass && ops);
        QVERIFY(*base != *salt);
        QVERIFY(*base != *pass);
        QVERIFY(*base != *ops);
    }

    void refusesInvalidParams()
    {
        QVERIFY(!sales::deriveKeyFromPassphrase(u"x"_s, cheap("short"_ba)));
        QVERIFY(!sales::deriveKeyFromPassphrase(u"x"_s, cheap("saltsaltsaltsalt"_ba, 0)));
        QVERIFY(!sales::deriveKeyFromPassphrase(u"x"_s, sales::KdfParams{"saltsaltsaltsalt"_ba, 1, 4096}));
    }

    void freshParamsUseProductionCost()
    {
        const auto a = sales::KdfParams::fresh();
        const auto b = sales::KdfParams::fresh();
        QCOMPARE(a.salt.size(), 16);
        QVERIFY(a.salt != b.salt);
        QCOMPARE(a.opsLimit, quint64(3));
        QCOMPARE(a.memLimitBytes, 256 * kMiB);
        QVERIFY(a.isValid());
    }

    void asyncWithDefaultCost()
    {
        const auto params = sales::KdfParams::fresh();
        QFutureWatcher<std::optional<QByteArray>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<std::optional<QByteArray>>::finished);
        watcher.setFuture(sales::deriveKeyAsync(u"Tr0ub4dor&3"_s, params));
        QVERIFY(finished.wait(60'000));
        const auto key = watcher.result();
        QVERIFY(key);
        QCOMPARE(key->size(), 32);
        QVERIFY(*key != *sales::deriveKeyFromPassphrase(u"Tr0ub4dor&3"_s, cheap(params.salt)));
    }

    void jsonRoundTrip()
    {
        const auto params = sales::KdfParams::fresh();
        const QByteArray text = QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact);
        const auto back = sales::KdfParams::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QCOMPARE(*back, params);
        QCOMPARE(params.toJson().value(u"kdf"_s).toString(), u"argon2id13"_s);
        const auto small = sales::KdfParams::fromJson(cheap().toJson());
        QVERIFY(small);
        QCOMPARE(*small, cheap());
    }

    void rejectsMalformedJson_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QJsonObject good = cheap().toJson();
        QVERIFY(sales::KdfParams::fromJson(good));
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("salt 15 bytes") << withValue(good, u"salt"_s, QString::fromLatin1(QByteArray(15, 's').toBase64()));
        QTest::newRow("salt 17 bytes") << withValue(good, u"salt"_s, QString::fromLatin1(QByteArray(17, 's').toBase64()));
        QTest::newRow("salt not base64") << withValue(good, u"salt"_s, u"!!!!not-base64!!!!!!!!"_s);
        QTest::newRow("salt a number") << withValue(good, u"salt"_s, 16);
        QTest::newRow("zero ops") << withValue(good, u"opsLimit"_s, 0);
        QTest::newRow("negative ops") << withValue(good, u"opsLimit"_s, -3);
        QTest::newRow("fractional ops") << withValue(good, u"opsLimit"_s, 1.5);
        QTest::newRow("ops as text") << withValue(good, u"opsLimit"_s, u"3"_s);
        QTest::newRow("memory below minimum") << withValue(good, u"memLimitBytes"_s, 4096);
        QTest::newRow("memory above cap") << withValue(good, u"memLimitBytes"_s, 64.0 * 1024 * kMiB);
        QTest::newRow("memory missing") << withValue(good, u"memLimitBytes"_s, QJsonValue());
        QTest::newRow("other kdf") << withValue(good, u"kdf"_s, u"scrypt"_s);
        QTest::newRow("kdf missing") << withValue(good, u"kdf"_s, QJsonValue());
    }

    void rejectsMalformedJson()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(!sales::KdfParams::fromJson(json));
    }

    void weakness_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("weak");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("9 mixed") << u"Abcdefg1!"_s << true;
        QTest::newRow("10 lower") << u"abcdefghij"_s << true;
        QTest::newRow("12 digits") << u"123456789012"_s << true;
        QTest::newRow("12 han") << u"这是一个很长的中文口令啊"_s << true;
        QTest::newRow("10 emoji") << u"😀😀😀😀😀😀😀😀😀😀"_s << true;
        // Five emoji are ten UTF-16 units but only six characters.
        QTest::newRow("emoji counted as one") << u"😀😀😀😀😀a"_s << true;
        QTest::newRow("10 lower+digit") << u"abcdefghi1"_s << false;
        QTest::newRow("han+digit") << u"这是一个很长的中文口令1"_s << false;
        QTest::newRow("spaces and words") << u"correct horse"_s << false;
        QTest::newRow("upper+lower") << u"CorrectHorse"_s << false;
    }

    void weakness()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, weak);
        const QString reason = sales::passphraseWeakness(passphrase);
        QCOMPARE(!reason.isEmpty(), weak);
    }

    void weaknessReasonsAreSpecific()
    {
        QVERIFY(sales::passphraseWeakness(u"abc"_s).contains(u"太短"_s));
        QVERIFY(sales::passphraseWeakness(u"abcdefghijkl"_s).contains(u"一类字符"_s));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseKdf)
#include "tst_passphrasekdf.moc"
