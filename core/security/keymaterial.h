// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sales {

// Size of the replica's database key: SQLCipher takes a 256-bit raw key.
inline constexpr qsizetype kDatabaseKeyBytes = 32;

// Initialises libsodium once per process (safe from any thread). False only if
// libsodium cannot work at all; every helper here then fails instead of crashing.
bool ensureSodium();

// 32 random bytes from libsodium's CSPRNG; empty if libsodium is unusable.
QByteArray generateDatabaseKey();

// The key as 64 lower-case hex characters, the form the QSQLCIPHER driver takes
// as a raw key (no KDF). Empty unless the key is exactly kDatabaseKeyBytes long.
// The result is key material: wipe() it when done.
QString rawKeyToSqlCipherPassword(const QByteArray& key);

// HMAC-SHA256 of a fixed label under the key, as 64 lower-case hex characters.
// Stored beside the database, it tells "wrong key" from "damaged file" without
// revealing the key. Empty for an empty key.
QByteArray keyCheckValue(const QByteArray& key);

// Zeroes this object's buffer (sodium_memzero, not optimised away), then clears
// it. Implicitly shared copies held elsewhere keep their own bytes.
void wipe(QByteArray& secret);
void wipe(QString& secret);

} // namespace sales
