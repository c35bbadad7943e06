// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "clock.h"
#include "conflictdialog.h"
#include "fingerprintdialog.h"
#include "logindialog.h"
#include "security/keystore.h"
#include "storage/localstate.h"
#include "sync/conflictstore.h"
#include "sync/syncclient.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
constexpr const char *kTokenKey = "sync.token"; // passphrase workspaces only
QByteArray rawFingerprint(const QString &fp) { return QByteArray::fromHex(SyncClient::normalizeFingerprint(fp).toLatin1()); }
} // namespace

SyncController::SyncController(QSqlDatabase db, ReplicaConfig replica, QString workspaceId, bool tokenInKeychain,
                               KeyStore *keyStore, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_replica(std::move(replica))
    , m_workspaceId(std::move(workspaceId))
    , m_tokenInKeychain(tokenInKeychain && keyStore)
    , m_keyStore(keyStore)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &SyncController::showProgress);
    if (m_keyStore) {
        connect(m_keyStore, &KeyStore::keyRead, this,
                [this](const QString &id, const QByteArray &value, KeyStore::Status, const QString &) {
                    if (id != KeyStore::tokenEntry(m_workspaceId))
                        return;
                    m_token = value;
                    if (m_token.isEmpty()) {
                        m_status.state = SyncStatus::State::Error;
                        m_status.lastError = tr("钥匙串中没有这台设备的登录凭据，请重新登录");
                        return publish();
                    }
                    schedule(0);
                });
        connect(m_keyStore, &KeyStore::keyStored, this, [this](const QString &id, bool ok, const QString &) {
            if (id == KeyStore::tokenEntry(m_workspaceId) && !ok) {
                // No keychain after all: keep it inside the encrypted replica.
                m_tokenInKeychain = false;
                LocalState(m_db).setValue(kTokenKey, QString::fromLatin1(m_token));
            }
        });
    }
}

SyncController::~SyncController() = default;

void SyncController::setIntervals(int idleMs, int afterEditMs)
{
    m_idleMs = idleMs;
    m_afterEditMs = afterEditMs;
}

void SyncController::start()
{
    m_profile = SyncProfile::load(m_db);
    m_status.serverUrl = m_profile.serverUrl;
    m_status.userName = m_profile.userName;
    m_status.state = m_profile.isSet() ? SyncStatus::State::Idle : SyncStatus::State::SignedOut;
    publish();
    if (!m_profile.isSet())
        return;
    const QString inReplica = LocalState(m_db).value(kTokenKey);
    if (!inReplica.isEmpty()) {
        m_token = inReplica.toLatin1();
        schedule(0);
    } else if (m_tokenInKeychain) {
        m_keyStore->readKey(KeyStore::tokenEntry(m_workspaceId));
    }
}

struct SyncController::ProgressBox {
    std::mutex mutex;
    int rows = 0;
    int percent = -1;
    bool fresh = false;
};

void SyncController::showProgress()
{
    if (!m_progressBox)
        return;
    {
        std::lock_guard lock(m_progressBox->mutex);
        if (!m_progressBox->fresh)
            return;
        m_progressBox->fresh = false;
        m_status.rowsReceived = m_progressBox->rows;
        m_status.percent = m_progressBox->percent;
    }
    publish();
}

void SyncController::publish()
{
    syncaccount::fillCounts(m_db, m_status);
    Q_EMIT statusChanged(m_status);
}

void SyncController::schedule(int ms)
{
    if (m_token.isEmpty())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > ms)
        m_timer.start(ms);
}

void SyncController::localChange()
{
    publish();
    schedule(m_afterEditMs);
}

void SyncController::syncNow()
{
    if (m_token.isEmpty() || !m_profile.isSet())
        return publish();
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_running = true;
    m_status.state = SyncStatus::State::Syncing;
    publish();
    auto *watcher = new QFutureWatcher<SyncReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished(watcher->result());
    });
    m_status.rowsReceived = 0;
    m_status.percent = -1;
    m_progressBox = std::make_shared<ProgressBox>();
    m_progressTimer.start();
    const auto progress = [box = m_progressBox](int rows, int percent) {
        std::lock_guard lock(box->mutex);
        box->rows = rows;
        box->percent = percent;
        box->fresh = true;
    };
    watcher->setFuture(QtConcurrent::run([replica = m_replica, profile = m_profile, token = m_token, progress] {
        return syncaccount::syncOnce(replica, profile, token, progress);
    }));
}

void SyncController::finished(const SyncReport &report)
{
    m_running = false;
    m_progressTimer.stop();
    m_progressBox.reset();
    m_status.rowsReceived = 0;
    m_status.percent = -1;
    if (report.pulled > 0 || report.pushed > 0 || report.conflicts > 0 || report.rejected > 0 || report.removed > 0)
        Q_EMIT dataChanged();
    if (report.ok || !report.heldFiles.isEmpty())
        m_status.heldFiles = report.heldFiles; // the push got that far
    if (report.fullResyncComplete)
        Q_EMIT notice(tr("已按服务器的数据重新完整同步，未上传的修改已保留；本机多出的 %n 条记录已删除", nullptr,
                         report.resyncRemoved));
    else if (report.rejected > 0)
        Q_EMIT notice(tr("服务器拒绝了 %n 项修改，原因见“同步冲突”", nullptr, report.rejected));
    else if (report.conflicts > 0)
        Q_EMIT notice(tr("%n 个字段与别人的修改冲突，已保留服务器的值，你的值见“同步冲突”", nullptr, report.conflicts));
    m_status.nextRetry = {};
    if (report.ok) {
        m_failures = 0;
        m_status.state = SyncStatus::State::Idle;
        m_status.lastError.clear();
        publish();
        return schedule(m_again ? 0 : m_idleMs);
    }
    m_again = false;
    m_status.lastError = report.error;
    if (report.authFailed) {
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = tr("登录已失效或这台设备已被管理员停用，请重新登录");
        return publish();
    }
    if (report.pinRefused) {
        m_status.state = SyncStatus::State::Error;
        publish();
        return confirmChangedCertificate();
    }
    // Offline or a temporary server problem: try again, waiting longer each time.
    const int delay = std::min(5000 << std::min(m_failures, 6), 300000);
    ++m_failures;
    m_status.state = report.network ? SyncStatus::State::Offline : SyncStatus::State::Error;
    m_status.nextRetry = QDateTime::currentDateTime().addMSecs(delay);
    publish();
    schedule(delay);
}

void SyncController::storeToken(const QByteArray &token)
{
    m_token = token;
    if (m_tokenInKeychain)
        m_keyStore->storeKey(KeyStore::tokenEntry(m_workspaceId), token);
    else
        LocalState(m_db).setValue(kTokenKey, QString::fromLatin1(token));
}

void SyncController::signOut()
{
    m_timer.stop();
    m_token.clear();
    LocalState(m_db).setValue(kTokenKey, QString());
    if (m_keyStore)
        m_keyStore->removeKey(KeyStore::tokenEntry(m_workspaceId));
    m_status.state = SyncStatus::State::SignedOut;
    m_status.lastError.clear();
    publish();
}

void SyncController::signIn(QWidget *parent, const QString &serverUrl)
{
    auto *dialog = new LoginDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(serverUrl.isEmpty() ? m_profile.serverUrl : serverUrl, m_profile.userName);
    connect(dialog, &LoginDialog::loginRequested, this, [this, dialog](const LoginValues &v) {
        dialog->setBusy(true);
        const QString url = v.server.toString();
        if (!m_caFile.isEmpty())
            return loginWithFingerprint(dialog, url, QString(), v.userName, v.password, v.deviceName);
        auto *watcher = new QFutureWatcher<QPair<QString, QString>>(this);
        QPointer<LoginDialog> guard(dialog);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, url, v] {
            watcher->deleteLater();
            const auto [fingerprint, error] = watcher->result();
            if (!guard)
                return; // the user gave up
            if (fingerprint.isEmpty())
                return guard->showError(error);
            const bool known = url == m_profile.serverUrl
                && SyncClient::normalizeFingerprint(fingerprint) == SyncClient::normalizeFingerprint(m_profile.fingerprint);
            if (!known) {
                const QByteArray pinned = url == m_profile.serverUrl ? rawFingerprint(m_profile.fingerprint) : QByteArray();
                const bool trusted = pinned.isEmpty()
                    ? FingerprintDialog(QUrl(url).host(), rawFingerprint(fingerprint), guard).exec() == QDialog::Accepted
                    : FingerprintDialog(QUrl(url).host(), rawFingerprint(fingerprint), pinned, guard).exec()
                        == QDialog::Accepted;
                if (!trusted)
                    return guard ? guard->showError(pinned.isEmpty() ? tr("没有信任这台服务器的证书，未登录")
                                                                     : tr("证书已变化且未被确认，未登录"))
                                 : void();
            }
            if (guard)
                loginWithFingerprint(guard, url, fingerprint, v.userName, v.password, v.deviceName);
        });
        watcher->setFuture(QtConcurrent::run([url] {
            QString error;
            const auto fp = SyncClient::fetchFingerprint(url, &error);
            return qMakePair(fp.value_or(QString()), error);
        }));
    });
    dialog->open();
}

void SyncController::loginWithFingerprint(LoginDialog *dialog, const QString &url, const QString &fingerprint,
                                          const QString &user, const QString &password, const QString &device)
{
    QPointer<LoginDialog> guard(dialog);
    auto *watcher = new QFutureWatcher<LoginResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, url, fingerprint] {
        watcher->deleteLater();
        const LoginResult r = watcher->result();
        if (!guard)
            return;
        if (!r.ok)
            return guard->showError(r.error);
        m_profile = {url, fingerprint, r.userName, r.userId, fingerprint.isEmpty() ? m_caFile : QString()};
        m_profile.save(m_db);
        storeToken(r.token);
        m_status.serverUrl = url;
        m_status.userName = r.userName;
        m_status.state = SyncStatus::State::Idle;
        m_status.lastError.clear();
        m_failures = 0;
        guard->loginSucceeded();
        Q_EMIT signedIn();
        syncNow();
    });
    watcher->setFuture(QtConcurrent::run(&syncaccount::login, url, fingerprint, fingerprint.isEmpty() ? m_caFile : QString(),
                                         user, password, device));
}

void SyncController::confirmChangedCertificate()
{
    if (!m_profile.caFile.isEmpty())
        return; // a CA decides, not the user
    QString error;
    const auto fp = SyncClient::fetchFingerprint(m_profile.serverUrl, &error);
    if (!fp)
        return;
    FingerprintDialog dialog(QUrl(m_profile.serverUrl).host(), rawFingerprint(*fp), rawFingerprint(m_profile.fingerprint));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profile.fingerprint = *fp;
    m_profile.save(m_db);
    schedule(0);
}

void SyncController::showConflicts(QWidget *parent)
{
    auto *store = new ConflictStore(m_db, systemClock());
    auto *dialog = new ConflictDialog(*store, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [store] { delete store; });
    connect(dialog, &ConflictDialog::resolved, this, [this] {
        Q_EMIT dataChanged();
        localChange(); // "keep mine" is a new local edit
    });
    dialog->open();
}

} // namespace sales
