// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <stdexcept>

namespace sales::server::crypto {

namespace {
void ensureSodium()
{
    static const int rc = sodium_init();
    if (rc < 0)
        throw std::runtime_error("libsodium failed to initialise");
}
} // namespace

QByteArray hashPassword(const QByteArray &password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QByteArray &password)
{
    ensureSodium();
    if (hash.isEmpty())
        return false;
    return crypto_pwhash_str_verify(hash.constData(), password.constData(),
                                    quint64(password.size()))
        == 0;
}

const QByteArray &dummyHash()
{
    static const QByteArray hash = hashPassword(QByteArrayLiteral("not-a-user-password"));
    return hash;
}

QString newToken()
{
    ensureSodium();
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace sales::server::crypto
