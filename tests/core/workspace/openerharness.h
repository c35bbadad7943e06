// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/keystore.h"
#include "workspace/workspaceopener.h"

#include <functional>

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

namespace sales::test {

// Runs one WorkspaceOpener to its end, answering passphrase requests from a list.
struct OpenerRun
{
    bool opened = false;
    bool created = false;
    ReplicaConfig config;
    WorkspaceInfo info;
    std::optional<WorkspaceFailure> failure;
    QString message;
    QStringList passphraseReasons;

    // whileOpen runs once it has opened, with the opener still there (as the client keeps it).
    static OpenerRun run(const QString &root, KeyStore *store, QStringList passphrases = {}, bool demo = false,
                         const std::function<void(WorkspaceOpener &, const ReplicaConfig &)> &whileOpen = {})
    {
        OpenerRun result;
        WorkspaceOpener opener(WorkspaceDir(root), store);
        opener.setDemo(demo);
        KdfParams cheap = KdfParams::fresh();
        cheap.opsLimit = 1;
        cheap.memLimitBytes = 8 * 1024 * 1024;
        opener.setKdfParamsForNewWorkspaces(cheap);
        bool done = false;
        QObject::connect(&opener, &WorkspaceOpener::opened, &opener,
                         [&](const ReplicaConfig &c, const WorkspaceInfo &i, bool created) {
                             result.opened = true;
                             result.created = created;
                             result.config = c;
                             result.info = i;
                             if (whileOpen)
                                 whileOpen(opener, c);
                             done = true;
                         });
        QObject::connect(&opener, &WorkspaceOpener::failed, &opener, [&](WorkspaceFailure f, const QString &m) {
            result.failure = f;
            result.message = m;
            done = true;
        });
        QObject::connect(&opener, &WorkspaceOpener::passphraseNeeded, &opener, [&](bool, const QString &why) {
            result.passphraseReasons.append(why);
            if (passphrases.isEmpty()) {
                done = true; // nobody to answer: stop here
                return;
            }
            opener.providePassphrase(passphrases.takeFirst());
        });
        opener.start();
        QDeadlineTimer deadline(30000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        if (!done)
            result.message = QStringLiteral("timed out");
        return result;
    }
};

} // namespace sales::test
