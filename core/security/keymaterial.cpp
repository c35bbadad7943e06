// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keymaterial.h"

#include "logging.h"

#include <sodium.h>

#include <array>

namespace sales {

namespace {

// Changing this label invalidates every stored check value: bump the version.
constexpr char kKeyCheckLabel[] = "sales-replica-key-check-v1";

// bin2hex writes 2 chars per byte plus a terminating NUL.
template <std::size_t N>
QByteArray toHexWiping(const std::array<unsigned char, N>& bytes)
{
    std::array<char, N * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    QByteArray result(hex.data(), static_cast<qsizetype>(N * 2));
    sodium_memzero(hex.data(), hex.size());
    return result;
}

} // namespace

bool ensureSodium()
{
    // A function-local static is initialised exactly once, even with racing threads;
    // sodium_init() itself is also idempotent (1 = already initialised).
    static const bool ok = [] {
        const int rc = sodium_init();
        if (rc < 0)
            qCCritical(lcSecurity) << "libsodium failed to initialise";
        return rc >= 0;
    }();
    return ok;
}

QByteArray generateDatabaseKey()
{
    if (!ensureSodium())
        return {};
    QByteArray key(kDatabaseKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    return key;
}

QString rawKeyToSqlCipherPassword(const QByteArray& key)
{
    if (key.size() != kDatabaseKeyBytes) {
        qCWarning(lcSecurity) << "refusing to format a database key of" << key.size()
                              << "bytes; expected" << kDatabaseKeyBytes;
        return {};
    }
    std::array<unsigned char, kDatabaseKeyBytes> bytes{};
    std::copy(key.cbegin(), key.cend(), bytes.begin());
    QByteArray hex = toHexWiping(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    QString password = QString::fromLatin1(hex);
    wipe(hex);
    return password;
}

QByteArray keyCheckValue(const QByteArray& key)
{
    if (key.isEmpty() || !ensureSodium())
        return {};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.constData()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(kKeyCheckLabel),
                                  sizeof(kKeyCheckLabel) - 1);
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof(state));
    return toHexWiping(mac);
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

void wipe(QString& secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace sales
