// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "keymaterial.h"
#include "logging.h"

#include <qt6keychain/keychain.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sales {

namespace {

const QString kProbeEntry = u"probe"_s;
constexpr qsizetype kProbeValueBytes = 16;

// Jobs get no parent: the libsecret backend keeps a raw pointer to a running job, so
// deleting one early (with its parent) would crash. With autoDelete a job frees
// itself after `finished`; the connection below dies with the KeyStore instead.
template <typename Job>
Job* makeJob(const QString& service, const QString& entry)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

template <typename Job>
void startJob(Job* job, QObject* context, std::function<void(Job*)> onFinished)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, onFinished = std::move(onFinished)](QKeychain::Job*) {
                         onFinished(job);
                     });
    job->start();
}

KeyStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeyStore::Status::AccessDenied;
    // Without a Secret Service (no D-Bus session, no daemon) the libsecret backend
    // reports OtherError, never NoBackendAvailable; the kwallet backend uses the
    // latter. Both mean the keychain cannot be used now.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeyStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return KeyStore::Status::Failed;
}

QString unavailableReason(QKeychain::Error error, const QString& detail)
{
    if (statusFor(error) == KeyStore::Status::AccessDenied)
        return KeyStore::tr("系统钥匙串拒绝了访问（%1），将改用口令保护本地数据库。").arg(detail);
    return KeyStore::tr("系统钥匙串不可用（%1），将改用口令保护本地数据库。").arg(detail);
}

} // namespace

QString KeyStore::defaultService()
{
    return u"cn.salescompass.Client"_s;
}

QString KeyStore::entryName(const QString& workspaceId)
{
    if (workspaceId.startsWith(u"device-token:"_s))
        return workspaceId; // tokenEntry(): the sync server's device token
    return u"replica-key:"_s + workspaceId;
}

KeyStore::KeyStore(QObject* parent)
    : KeyStore(defaultService(), parent)
{
}

KeyStore::KeyStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(2min);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        finishProbe(m_probeGeneration, false,
                    tr("系统钥匙串长时间没有响应，将改用口令保护本地数据库。"));
    });
}

KeyStore::~KeyStore() = default;

void KeyStore::setProbeTimeout(std::chrono::milliseconds timeout)
{
    m_probeTimer.setInterval(timeout);
}

void KeyStore::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    const quint64 generation = ++m_probeGeneration;
    m_probeTimer.start();

    const QByteArray value = generateDatabaseKey().left(kProbeValueBytes);
    if (value.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, generation] {
            finishProbe(generation, false, tr("随机数生成器不可用，无法检测系统钥匙串。"));
        }, Qt::QueuedConnection);
        return;
    }
    auto* write = makeJob<QKeychain::WritePasswordJob>(m_service, kProbeEntry);
    write->setBinaryData(value);
    startJob<QKeychain::WritePasswordJob>(write, this, [this, generation, value](auto* job) {
        probeWritten(generation, job->error(), job->errorString(), value);
    });
}

void KeyStore::probeWritten(quint64 generation, int error, const QString& errorString,
                            const QByteArray& value)
{
    const auto code = static_cast<QKeychain::Error>(error);
    if (code != QKeychain::NoError) {
        qCInfo(lcSecurity) << "keychain probe: write failed:" << code << errorString;
        finishProbe(generation, false, unavailableReason(code, errorString));
        return;
    }
    auto* read = makeJob<QKeychain::ReadPasswordJob>(m_service, kProbeEntry);
    startJob<QKeychain::ReadPasswordJob>(read, this, [this, generation, value](auto* job) {
        probeReadBack(generation, job->error(), job->errorString(), value, job->binaryData());
    });
}

void KeyStore::probeReadBack(quint64 generation, int error, const QString& errorString,
                             const QByteArray& expected, const QByteArray& actual)
{
    const auto code = static_cast<QKeychain::Error>(error);
    // Delete whatever happened; the probe value is random and not a secret.
    auto* remove = makeJob<QKeychain::DeletePasswordJob>(m_service, kProbeEntry);
    startJob<QKeychain::DeletePasswordJob>(remove, this, [](auto* job) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecurity) << "keychain probe: could not delete the probe entry:"
                                  << job->error() << job->errorString();
    });

    if (code != QKeychain::NoError) {
        qCInfo(lcSecurity) << "keychain probe: read-back failed:" << code << errorString;
        // A locked Secret Service accepts the write, then reads as EntryNotFound.
        const QString detail = code == QKeychain::EntryNotFound
                                   ? tr("写入的测试数据读不回来，钥匙串可能已锁定")
                                   : errorString;
        finishProbe(generation, false, unavailableReason(code, detail));
        return;
    }
    if (actual != expected) {
        qCInfo(lcSecurity) << "keychain probe: read-back returned different data";
        finishProbe(generation, false,
                    unavailableReason(QKeychain::OtherError, tr("读回的测试数据与写入的不一致")));
        return;
    }
    finishProbe(generation, true, QString());
}

void KeyStore::finishProbe(quint64 generation, bool available, const QString& reason)
{
    // A late answer from a probe that already timed out is ignored.
    if (!m_probing || generation != m_probeGeneration)
        return;
    m_probing = false;
    m_probeTimer.stop();
    qCInfo(lcSecurity) << "keychain available:" << available;
    Q_EMIT probed(available, reason);
}

void KeyStore::storeKey(const QString& workspaceId, const QByteArray& key)
{
    if (workspaceId.isEmpty() || key.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, workspaceId] {
            Q_EMIT keyStored(workspaceId, false, tr("工作区标识或密钥为空，未写入钥匙串。"));
        }, Qt::QueuedConnection);
        return;
    }
    auto* write = makeJob<QKeychain::WritePasswordJob>(m_service, entryName(workspaceId));
    write->setBinaryData(key);
    startJob<QKeychain::WritePasswordJob>(write, this, [this, workspaceId](auto* job) {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSecurity) << "could not store the replica key for workspace"
                                  << workspaceId << ':' << job->error() << job->errorString();
        Q_EMIT keyStored(workspaceId, ok,
                         ok ? QString()
                            : tr("无法把数据库密钥保存到系统钥匙串（%1）。").arg(job->errorString()));
    });
}

void KeyStore::readKey(const QString& workspaceId)
{
    if (workspaceId.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT keyRead(QString(), QByteArray(), Status::Failed, tr("工作区标识为空。"));
        }, Qt::QueuedConnection);
        return;
    }
    auto* read = makeJob<QKeychain::ReadPasswordJob>(m_service, entryName(workspaceId));
    startJob<QKeychain::ReadPasswordJob>(read, this, [this, workspaceId](auto* job) {
        const Status status = statusFor(job->error());
        if (status == Status::Ok) {
            Q_EMIT keyRead(workspaceId, job->binaryData(), status, QString());
            return;
        }
        if (status != Status::NotFound)
            qCWarning(lcSecurity) << "could not read the replica key for workspace"
                                  << workspaceId << ':' << job->error() << job->errorString();
        const QString error = status == Status::NotFound
                                  ? tr("系统钥匙串中没有这个工作区的数据库密钥。")
                                  : tr("无法从系统钥匙串读取数据库密钥（%1）。").arg(job->errorString());
        Q_EMIT keyRead(workspaceId, QByteArray(), status, error);
    });
}

void KeyStore::removeKey(const QString& workspaceId)
{
    if (workspaceId.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT keyRemoved(QString(), false, tr("工作区标识为空。"));
        }, Qt::QueuedConnection);
        return;
    }
    auto* remove = makeJob<QKeychain::DeletePasswordJob>(m_service, entryName(workspaceId));
    startJob<QKeychain::DeletePasswordJob>(remove, this, [this, workspaceId](auto* job) {
        // Removing an entry that is already gone is success: the outcome is the same.
        const bool ok = job->error() == QKeychain::NoError
                     || job->error() == QKeychain::EntryNotFound;
        if (!ok)
            qCWarning(lcSecurity) << "could not remove the replica key for workspace"
                                  << workspaceId << ':' << job->error() << job->errorString();
        Q_EMIT keyRemoved(workspaceId, ok,
                          ok ? QString()
                             : tr("无法从系统钥匙串删除数据库密钥（%1）。").arg(job->errorString()));
    });
}

} // namespace sales
