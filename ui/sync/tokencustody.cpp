// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencustody.h"

#include "security/keystore.h"
#include "storage/localstate.h"

namespace sales {
namespace {
constexpr const char *kTokenKey = "sync.token"; // passphrase workspaces only
} // namespace

TokenCustody::TokenCustody(QSqlDatabase db, QString workspaceId, bool inKeychain, KeyStore *keyStore, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_workspaceId(std::move(workspaceId))
    , m_inKeychain(inKeychain && keyStore)
    , m_keyStore(keyStore)
{
    if (!m_keyStore)
        return;
    connect(m_keyStore, &KeyStore::keyRead, this,
            [this](const QString &id, const QByteArray &value, KeyStore::Status, const QString &) {
                if (id != entry())
                    return;
                m_token = value;
                if (m_token.isEmpty())
                    Q_EMIT missing(tr("钥匙串中没有这台设备的登录凭据，请重新登录"));
                else
                    Q_EMIT loaded();
            });
    connect(m_keyStore, &KeyStore::keyStored, this, [this](const QString &id, bool ok, const QString &) {
        if (id == entry() && !ok) {
            // No keychain after all: keep it inside the encrypted replica.
            m_inKeychain = false;
            LocalState(m_db).setValue(kTokenKey, QString::fromLatin1(m_token));
        }
    });
}

QString TokenCustody::entry() const
{
    return KeyStore::tokenEntry(m_workspaceId);
}

void TokenCustody::load()
{
    const QString inReplica = LocalState(m_db).value(kTokenKey);
    if (!inReplica.isEmpty()) {
        m_token = inReplica.toLatin1();
        Q_EMIT loaded();
    } else if (m_inKeychain && m_keyStore) {
        m_keyStore->readKey(entry());
    }
}

void TokenCustody::store(const QByteArray &token)
{
    m_token = token;
    if (m_inKeychain && m_keyStore)
        m_keyStore->storeKey(entry(), token);
    else
        LocalState(m_db).setValue(kTokenKey, QString::fromLatin1(token));
}

void TokenCustody::forget()
{
    m_token.clear();
    LocalState(m_db).setValue(kTokenKey, QString());
    if (m_keyStore)
        m_keyStore->removeKey(entry());
}

} // namespace sales
