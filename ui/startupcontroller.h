// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "storage/replicaconnection.h"
#include "workspace/workspaceinfo.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;

namespace sales {

class KeyStore;
class InstanceChannel;
class MainWindow;
class Session;
class WorkspaceLock;
class SyncController;
class WorkspaceOpener;
enum class WorkspaceFailure;

// From launch to the main window: unlock the workspace (keychain or
// passphrase), fill a new demo workspace off the GUI thread with progress, then
// show the window. Every failure ends in a clear message, never a crash.
class StartupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupController)

public:
    struct Options
    {
        QString workspaceRoot;
        bool demo = true;
        DemoOptions demoOptions;
        QString serverUrl; // --server: offer to sign in to it when not signed in yet
        QString serverCa;  // --server-ca: trust this CA instead of confirming a fingerprint
        bool sync = true;  // background sync when signed in
        std::optional<UserRole> demoAs; // --demo-as: a demo workspace seen as this role
    };

    explicit StartupController(Options options, QObject *parent = nullptr);
    ~StartupController() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    SyncController *sync() const { return m_sync; }

Q_SIGNALS:
    void ready(sales::MainWindow *window);
    void failed(const QString &message);
    // Another client holds this workspace and came to the front: this start ends
    // here, without opening the replica.
    void alreadyRunning();

private:
    bool lockWorkspace(); // false: this start ends (another client holds it, or no lock)
    void bringToFront();
    void askPassphrase(bool creating, const QString &why);
    void onOpened(const ReplicaConfig &config, const WorkspaceInfo &info, bool created);
    void generateDemo();
    void showMainWindow();
    void reportFailure(const QString &message);
    void holdQuit(bool hold);

    Options m_options;
    std::unique_ptr<WorkspaceLock> m_lock; // released last, after the replica is closed
    InstanceChannel *m_channel = nullptr;
    KeyStore *m_keyStore = nullptr;
    WorkspaceOpener *m_opener = nullptr;
    ReplicaConfig m_config;
    WorkspaceInfo m_info;
    std::unique_ptr<ReplicaConnection> m_connection;
    std::unique_ptr<Session> m_session; // the user and the clock, for the window and everything in it
    std::unique_ptr<MainWindow> m_window;
    SyncController *m_sync = nullptr; // child; deleted before the window
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::optional<bool> m_quitOnLastWindowClosed; // the application's setting, while held
};

} // namespace sales
