// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasekdf.h"

#include "keymaterial.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>

#include <bitset>

using namespace Qt::StringLiterals;

namespace sales {

namespace {

static_assert(KdfParams::kSaltBytes == crypto_pwhash_argon2id_SALTBYTES);

constexpr qsizetype kMinPassphraseChars = 10;
constexpr quint64 kMemLimitMin = crypto_pwhash_argon2id_MEMLIMIT_MIN;
constexpr quint64 kOpsLimitMin = crypto_pwhash_argon2id_OPSLIMIT_MIN;
constexpr quint64 kOpsLimitMax = crypto_pwhash_argon2id_OPSLIMIT_MAX;

// JSON numbers are doubles: accept only exact non-negative integers (below 2^53).
std::optional<quint64> exactUnsigned(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0.0 && d <= 9007199254740992.0))
        return std::nullopt;
    const auto n = static_cast<quint64>(d);
    if (static_cast<double>(n) != d)
        return std::nullopt;
    return n;
}

enum CharClass { Lower, Upper, Digit, OtherLetter, Symbol, ClassCount };

CharClass classify(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Letter_Lowercase:
        return Lower;
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        return Upper;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return Digit;
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return OtherLetter;
    default:
        return Symbol;
    }
}

} // namespace

KdfParams KdfParams::fresh()
{
    KdfParams params;
    params.salt = QByteArray(kSaltBytes, Qt::Uninitialized);
    if (ensureSodium())
        randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
    else
        params.salt.clear(); // isValid() is then false and derivation refuses it
    params.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MODERATE;
    params.memLimitBytes = crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
    return params;
}

bool KdfParams::isValid() const
{
    return salt.size() == kSaltBytes && opsLimit >= kOpsLimitMin && opsLimit <= kOpsLimitMax
        && memLimitBytes >= kMemLimitMin && memLimitBytes <= kMaxMemLimitBytes;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{
        {u"kdf"_s, u"argon2id13"_s},
        {u"salt"_s, QString::fromLatin1(salt.toBase64())},
        {u"opsLimit"_s, static_cast<double>(opsLimit)},
        {u"memLimitBytes"_s, static_cast<double>(memLimitBytes)},
    };
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    if (json.value(u"kdf"_s).toString() != u"argon2id13"_s)
        return std::nullopt;
    const QJsonValue saltValue = json.value(u"salt"_s);
    if (!saltValue.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(saltValue.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const auto ops = exactUnsigned(json.value(u"opsLimit"_s));
    const auto mem = exactUnsigned(json.value(u"memLimitBytes"_s));
    if (!decoded || !ops || !mem)
        return std::nullopt;
    KdfParams params{decoded.decoded, *ops, *mem};
    if (!params.isValid())
        return std::nullopt;
    return params;
}

std::optional<QByteArray> deriveKeyFromPassphrase(const QString& passphrase,
                                                  const KdfParams& params)
{
    if (!params.isValid()) {
        qCWarning(lcSecurity) << "passphrase KDF: invalid parameters";
        return std::nullopt;
    }
    if (!ensureSodium())
        return std::nullopt;
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(kDatabaseKeyBytes, Qt::Uninitialized);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()),
                                 static_cast<unsigned long long>(key.size()), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char*>(params.salt.constData()),
                                 params.opsLimit, static_cast<size_t>(params.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0) {
        wipe(key);
        qCWarning(lcSecurity) << "passphrase KDF failed (out of memory?) with memLimit"
                              << params.memLimitBytes << "opsLimit" << params.opsLimit;
        return std::nullopt;
    }
    return key;
}

QFuture<std::optional<QByteArray>> deriveKeyAsync(QString passphrase, KdfParams params)
{
    return QtConcurrent::run([passphrase = std::move(passphrase), params = std::move(params)] {
        return deriveKeyFromPassphrase(passphrase, params);
    });
}

QString passphraseWeakness(const QString& passphrase)
{
    qsizetype chars = 0;
    std::bitset<ClassCount> classes;
    const qsizetype n = passphrase.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ucs4 = passphrase.at(i).unicode();
        if (QChar::isHighSurrogate(ucs4) && i + 1 < n && passphrase.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(passphrase.at(i), passphrase.at(i + 1));
            ++i;
        }
        ++chars;
        classes.set(classify(ucs4));
    }
    if (chars < kMinPassphraseChars)
        return QCoreApplication::translate("sales::Passphrase", "口令太短：至少需要 %1 个字符，当前只有 %2 个。")
            .arg(kMinPassphraseChars)
            .arg(chars);
    if (classes.count() < 2)
        return QCoreApplication::translate("sales::Passphrase",
                                           "口令只用了一类字符（例如全是数字或全是小写字母），"
                                           "请混合使用大小写字母、数字、汉字或符号。");
    return {};
}

} // namespace sales
