// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sales {

// Argon2id parameters for the passphrase fallback (no keychain). Not secret: they are
// stored beside the database so the same key can be derived again.
struct KdfParams
{
    QByteArray salt; // kSaltBytes random bytes
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    static constexpr qsizetype kSaltBytes = 16;
    // A damaged or hostile params file must not make the app allocate without bound.
    static constexpr quint64 kMaxMemLimitBytes = quint64(4) << 30;

    // Fresh random salt with the production cost (OPSLIMIT_MODERATE, 256 MiB).
    static KdfParams fresh();

    // {"kdf":"argon2id13","salt":<base64>,"opsLimit":n,"memLimitBytes":n}
    QJsonObject toJson() const;
    // nullopt for an unknown kdf, a salt that is not kSaltBytes of strict base64, or
    // limits outside libsodium's bounds (zero included) or above kMaxMemLimitBytes.
    static std::optional<KdfParams> fromJson(const QJsonObject& json);

    bool isValid() const;
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// Argon2id13 over the UTF-8 passphrase: a 32-byte database key, or nullopt when the
// params are invalid or libsodium fails (out of memory). Takes about a second at the
// production cost: call it off the GUI thread (deriveKeyAsync).
std::optional<QByteArray> deriveKeyFromPassphrase(const QString& passphrase,
                                                  const KdfParams& params);

// Runs deriveKeyFromPassphrase on the global QThreadPool. Watch the future with a
// QFutureWatcher parented to the object that consumes the key.
QFuture<std::optional<QByteArray>> deriveKeyAsync(QString passphrase, KdfParams params);

// Empty if the passphrase is acceptable, otherwise a Chinese sentence for the user:
// fewer than 10 characters, or only one character class (lower-case, upper-case,
// digits, other letters such as 汉字, symbols and spaces).
QString passphraseWeakness(const QString& passphrase);

} // namespace sales
