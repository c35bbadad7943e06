// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupcontroller.h"

#include "clock.h"
#include "offguithread.h"
#include "mainwindow.h"
#include "passphrasedialog.h"
#include "replicahealthcheck.h"
#include "security/keystore.h"
#include "storage/indexsuspension.h"
#include "sync/synccontroller.h"
#include "workspace/instancechannel.h"
#include "workspace/session.h"
#include "workspace/workspacelock.h"
#include "workspace/workspaceopener.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sales {

StartupController::StartupController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_keyStore(new KeyStore(this)),
      m_opener(new WorkspaceOpener(WorkspaceDir(m_options.workspaceRoot), m_keyStore, this))
{
    m_opener->setDemo(m_options.demo);
    connect(m_opener, &WorkspaceOpener::passphraseNeeded, this, &StartupController::askPassphrase);
    connect(m_opener, &WorkspaceOpener::opened, this, &StartupController::onOpened);
    connect(m_opener, &WorkspaceOpener::failed, this,
            [this](WorkspaceFailure, const QString &message) { reportFailure(message); });
}

StartupController::~StartupController()
{
    holdQuit(false);
    *m_cancel = true;
    delete m_sync; // uses the window's connection
}

void StartupController::start()
{
    // Between the passphrase dialog and the main window (the key is derived, the
    // workspace made) no window is visible: that is not the last window closing.
    holdQuit(true);
    if (lockWorkspace())
        m_opener->start();
}

bool StartupController::lockWorkspace()
{
    m_lock = std::make_unique<WorkspaceLock>(m_options.workspaceRoot);
    const QString channel = WorkspaceLock::channelName(m_options.workspaceRoot);
    switch (m_lock->tryLock()) {
    case WorkspaceLock::Result::Locked:
        m_channel = new InstanceChannel(this);
        m_channel->listen(channel); // without it a second start still refuses, it only cannot raise us
        connect(m_channel, &InstanceChannel::activationRequested, this, &StartupController::bringToFront);
        return true;
    case WorkspaceLock::Result::HeldElsewhere:
        InstanceChannel::askToActivate(channel, 3000, this, [this](bool answered) {
            if (!answered)
                return reportFailure(m_lock->errorText());
            holdQuit(false);
            Q_EMIT alreadyRunning();
        });
        return false;
    case WorkspaceLock::Result::Failed:
        reportFailure(m_lock->errorText());
        return false;
    }
    return false;
}

void StartupController::bringToFront()
{
    QWidget *front = m_window.get();
    if (!front) // still unlocking: the passphrase dialog or the progress
        front = QApplication::activeModalWidget();
    if (!front)
        return;
    if (front->isMinimized())
        front->showNormal();
    front->raise();
    front->activateWindow();
}

void StartupController::holdQuit(bool hold)
{
    if (hold && !m_quitOnLastWindowClosed) {
        m_quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
    } else if (!hold && m_quitOnLastWindowClosed) {
        QGuiApplication::setQuitOnLastWindowClosed(*m_quitOnLastWindowClosed);
        m_quitOnLastWindowClosed.reset();
    }
}

void StartupController::askPassphrase(bool creating, const QString &why)
{
    auto *dialog = new PassphraseDialog(creating, why);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_opener->providePassphrase(dialog->passphrase());
        } else {
            holdQuit(false);
            Q_EMIT failed(tr("已取消解锁。"));
        }
    });
    dialog->open();
}

void StartupController::onOpened(const ReplicaConfig &config, const WorkspaceInfo &info, bool)
{
    m_config = config;
    m_info = info;
    m_connection = std::make_unique<ReplicaConnection>(config);
    if (!m_connection->isOpen())
        return reportFailure(m_connection->errorText());
    // A first sync that was cut off by a crash left the replica without its
    // secondary indexes; nothing else writes yet, so they are built now.
    QString error;
    if (!IndexSuspension::restorePending(m_connection->database(), &error))
        return reportFailure(tr("无法重建本地数据库索引：%1").arg(error));
    if (info.demo && !DemoGenerator::isComplete(m_connection->database()))
        return generateDemo();
    showMainWindow();
}

void StartupController::generateDemo()
{
    m_progress = new QProgressDialog(tr("正在生成演示数据（%1 条线索）…").arg(m_options.demoOptions.leads), tr("取消"), 0,
                                     100);
    m_progress->setWindowTitle(tr("首次启动"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });

    // The worker opens its own connection: one connection per thread.
    QFuture<QString> generation = QtConcurrent::run([config = m_config, options = m_options.demoOptions,
                                                     cancel = m_cancel](QPromise<QString> &promise) {
        promise.setProgressRange(0, 100);
        ReplicaConnection connection(config);
        if (!connection.isOpen()) {
            promise.addResult(connection.errorText());
            return;
        }
        DemoGenerator generator(connection.database(), options);
        const bool ok = generator.run([&](int percent) {
            promise.setProgressValue(percent);
            return !cancel->load();
        });
        promise.addResult(ok ? QString() : generator.errorText());
    });
    deliverToContext(
        this, std::move(generation),
        [this](const QString &error) {
            if (m_progress)
                m_progress->close();
            if (!error.isEmpty())
                return reportFailure(error);
            showMainWindow();
        },
        [this](int percent) {
            if (m_progress)
                m_progress->setValue(percent);
        });
}

void StartupController::showMainWindow()
{
    if (m_options.demoAs) {
        QString error;
        if (!m_info.demo)
            qWarning("--demo-as applies to demo workspaces only; this one is signed in as it is");
        else if (!DemoGenerator::signInAs(m_connection->database(), *m_options.demoAs, &error))
            return reportFailure(tr("无法切换演示身份：%1").arg(error));
    }
    m_session = std::make_unique<Session>(m_connection->database(), systemClock());
    ReplicaConfig worker = m_config; // the worker's connection: the same file and key, never creating
    worker.create = false;
    m_session->setReplicaConfig(worker);
    m_window = std::make_unique<MainWindow>(*m_session, m_info.name);
    m_window->show();
    holdQuit(false); // from now on closing the main window quits
    m_window->restoreWork(); // what was typed before a crash or a kill
    // The whole file once, in the background, after the window has settled.
    (new ReplicaHealthCheck(*m_session, m_config, m_window.get(), this))->start(3000);
    if (m_options.sync) {
        m_sync = new SyncController(m_connection->database(), m_config, m_info.id,
                                    m_info.custody == KeyCustody::Keychain, m_keyStore, this);
        m_sync->setCaFile(m_options.serverCa);
        m_window->attachSync(m_sync);
        // workspace.json names the server from the sign-in on, not only from the next open.
        const auto remember = [this] { m_opener->rememberServer(m_connection->database()); };
        connect(m_sync, &SyncController::signedIn, this, remember);
        connect(m_sync, &SyncController::signedOut, this, remember);
        m_sync->start();
        if (!m_options.serverUrl.isEmpty() && !m_sync->isSignedIn()
            && SyncProfile::load(m_connection->database()).serverUrl.isEmpty())
            m_sync->signIn(m_window.get(), m_options.serverUrl);
    }
    Q_EMIT ready(m_window.get());
}

void StartupController::reportFailure(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("无法打开工作区"), message, QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, message] {
        holdQuit(false);
        Q_EMIT failed(message);
    });
    box->open();
}

} // namespace sales
