// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sales::server::crypto {

// Argon2id (libsodium crypto_pwhash_str, interactive limits). Empty on failure.
QByteArray hashPassword(const QByteArray &password);
bool verifyPassword(const QByteArray &hash, const QByteArray &password);
// A hash to verify against when the user does not exist, so timing is alike.
const QByteArray &dummyHash();

// 32 random bytes, base64url without padding.
QString newToken();
// Lower-case hex SHA-256 of the token: the only form stored on the server.
QString tokenHash(const QString &token);

} // namespace sales::server::crypto
