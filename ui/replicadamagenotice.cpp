// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicadamagenotice.h"

#include "storage/replicadamage.h"
#include "workspace/session.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace sales {

bool tellReplicaDamage(Session &session, QWidget *window)
{
    if (!window || !session.noteDamageReported())
        return false;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("sales::ReplicaHealthCheck", "本地数据库已损坏"),
                                ReplicaDamage::messageFor(session.database()), QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("replicaDamaged"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

} // namespace sales
