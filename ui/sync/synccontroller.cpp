// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "certificateconfirmation.h"
#include "clock.h"
#include "conflictdialog.h"
#include "signinflow.h"
#include "storage/localstate.h"
#include "storage/organisationrepository.h"
#include "sync/conflictstore.h"
#include "syncrunner.h"
#include "syncscheduler.h"
#include "tokencustody.h"

#include <QApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sales {

SyncController::SyncController(QSqlDatabase db, ReplicaConfig replica, QString workspaceId, bool tokenInKeychain,
                               KeyStore *keyStore, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scheduler(new SyncScheduler(this))
    , m_runner(new SyncRunner(std::move(replica), this))
    , m_token(new TokenCustody(std::move(db), std::move(workspaceId), tokenInKeychain, keyStore, this))
    , m_signIn(new SignInFlow(this))
    , m_certificate(new CertificateConfirmation(this))
{
    connect(m_scheduler, &SyncScheduler::due, this, &SyncController::syncNow);
    connect(m_runner, &SyncRunner::progress, this, [this](int rows, int percent) {
        m_status.rowsReceived = rows;
        m_status.percent = percent;
        publish();
    });
    connect(m_runner, &SyncRunner::finished, this, &SyncController::finished);
    connect(m_token, &TokenCustody::loaded, this, [this] {
        m_scheduler->setEnabled(true);
        m_scheduler->soon();
    });
    connect(m_token, &TokenCustody::missing, this, [this](const QString &why) {
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = why;
        publish();
    });
    connect(m_signIn, &SignInFlow::signedIn, this, &SyncController::adopt);
    connect(m_certificate, &CertificateConfirmation::trusted, this, [this](const QString &fingerprint) {
        m_profile.fingerprint = fingerprint;
        m_profile.save(m_db);
        m_scheduler->soon();
    });
    connect(m_certificate, &CertificateConfirmation::refused, this,
            [this] { Q_EMIT notice(tr("服务器证书已变化且未被确认，同步已暂停")); });
    connect(m_certificate, &CertificateConfirmation::failed, this,
            [this](const QString &error) { Q_EMIT notice(tr("无法核对服务器的新证书：%1").arg(error)); });
}

SyncController::~SyncController() = default;

bool SyncController::isSignedIn() const
{
    return !m_token->isEmpty();
}

void SyncController::setIntervals(int idleMs, int afterEditMs)
{
    m_scheduler->setIntervals(idleMs, afterEditMs);
}

void SyncController::setCaFile(const QString &pemFile)
{
    m_signIn->setCaFile(pemFile);
}

void SyncController::start()
{
    m_profile = SyncProfile::load(m_db);
    m_status.serverUrl = m_profile.serverUrl;
    m_status.userName = m_profile.userName;
    m_status.state = m_profile.isSet() ? SyncStatus::State::Idle : SyncStatus::State::SignedOut;
    publish();
    if (m_profile.isSet())
        m_token->load();
}

void SyncController::publish()
{
    syncaccount::fillCounts(m_db, m_status);
    Q_EMIT statusChanged(m_status);
}

void SyncController::localChange()
{
    publish();
    m_scheduler->afterEdit();
}

void SyncController::syncNow()
{
    if (m_token->isEmpty() || !m_profile.isSet())
        return publish();
    if (!m_scheduler->begin())
        return; // another run follows the one under way
    m_status.state = SyncStatus::State::Syncing;
    m_status.rowsReceived = 0;
    m_status.percent = -1;
    publish();
    m_userBefore = userRow();
    m_runner->start(m_profile, m_token->token());
}

void SyncController::finished(const SyncReport &report)
{
    m_status.rowsReceived = 0;
    m_status.percent = -1;
    if (report.pulled > 0 || report.pushed > 0 || report.conflicts > 0 || report.rejected > 0 || report.removed > 0)
        Q_EMIT dataChanged();
    if (report.pulled > 0 || report.removed > 0) {
        if (const QString now = userRow(); now != m_userBefore) {
            m_userBefore = now;
            Q_EMIT userChanged();
        }
    }
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
    if (!isSignedIn()) { // signed out while it ran
        m_scheduler->halted();
        m_status.state = SyncStatus::State::SignedOut;
        return publish();
    }
    if (report.ok) {
        m_status.state = SyncStatus::State::Idle;
        m_status.lastError.clear();
        publish();
        return m_scheduler->succeeded();
    }
    m_status.lastError = report.error;
    if (report.damaged) { // retrying would fail the same way: say so once, in words
        m_scheduler->halted();
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = tr("本地数据库文件已损坏，同步已停止");
        publish();
        Q_EMIT replicaDamaged();
        return;
    }
    if (report.authFailed) {
        m_scheduler->halted();
        m_status.state = SyncStatus::State::Error;
        m_status.lastError = tr("登录已失效或这台设备已被管理员停用，请重新登录");
        return publish();
    }
    if (report.pinRefused) {
        m_scheduler->halted();
        m_status.state = SyncStatus::State::Error;
        publish();
        return confirmChangedCertificate();
    }
    // Offline or a temporary server problem: try again, waiting longer each time.
    m_status.nextRetry = m_scheduler->retry();
    m_status.state = report.network ? SyncStatus::State::Offline : SyncStatus::State::Error;
    publish();
}

void SyncController::confirmChangedCertificate()
{
    if (!m_profile.caFile.isEmpty())
        return; // a CA decides, not the user
    if (m_certificate->isBusy())
        return; // already asking
    // Returns at once: the answer is one of m_certificate's signals.
    m_certificate->start(QApplication::activeWindow(), m_profile.serverUrl, m_profile.fingerprint);
}

void SyncController::adopt(const SyncProfile &profile, const QByteArray &token)
{
    m_certificate->cancel(); // a question about the old server is moot
    m_profile = profile;
    m_profile.save(m_db);
    m_token->store(token);
    m_status.serverUrl = profile.serverUrl;
    m_status.userName = profile.userName;
    m_status.state = SyncStatus::State::Idle;
    m_status.lastError.clear();
    m_scheduler->resetBackoff();
    m_scheduler->setEnabled(true);
    Q_EMIT signedIn();
    syncNow();
}

void SyncController::signOut()
{
    m_scheduler->setEnabled(false);
    m_certificate->cancel();
    m_token->forget();
    m_status.state = SyncStatus::State::SignedOut;
    m_status.lastError.clear();
    m_status.nextRetry = {};
    publish();
    Q_EMIT signedOut();
}

void SyncController::signIn(QWidget *parent, const QString &serverUrl)
{
    m_signIn->start(parent, m_profile, serverUrl);
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

QString SyncController::userRow() const
{
    const auto user = OrganisationRepository(m_db).findUser(LocalState(m_db).value(LocalState::SignedInUser));
    if (!user)
        return {};
    return QStringList{user->id, user->name, QString::number(int(user->role)), user->teamId, user->regionId}.join(
        u'\x1f');
}

} // namespace sales
