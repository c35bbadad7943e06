// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

namespace sales {

class KeyStore;

// Where this device's sync token is kept: the OS keychain, or, for a passphrase
// workspace (or when the keychain refuses to store it), local_state inside the
// encrypted replica. Never in settings.
class TokenCustody final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCustody)

public:
    TokenCustody(QSqlDatabase db, QString workspaceId, bool inKeychain, KeyStore *keyStore, QObject *parent = nullptr);

    // Finds the stored token: loaded() at once when it is in the replica, later
    // (loaded() or missing()) when the keychain is asked; nothing when there is none.
    void load();
    void store(const QByteArray &token);
    void forget(); // from both places
    QByteArray token() const { return m_token; }
    bool isEmpty() const { return m_token.isEmpty(); }

Q_SIGNALS:
    void loaded();
    void missing(const QString &why); // the keychain has no token for this workspace

private:
    QString entry() const;

    QSqlDatabase m_db;
    QString m_workspaceId;
    bool m_inKeychain = true;
    QPointer<KeyStore> m_keyStore;
    QByteArray m_token;
};

} // namespace sales
