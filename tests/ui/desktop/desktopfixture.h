// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "storage/localstate.h"
#include "storage/organisationrepository.h"
#include "testreplica.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QtTest>

namespace sales::test {

// A small demo replica signed in as one of its reps.
inline void fillAsRep(TestReplica &r, int leads = 40)
{
    DemoOptions options;
    options.leads = leads;
    DemoGenerator generator(r.db(), options);
    QVERIFY(generator.run());
    for (const User &u : OrganisationRepository(r.db()).users()) {
        if (u.role == UserRole::Rep) {
            QVERIFY(LocalState(r.db()).setValue(LocalState::SignedInUser, u.id));
            return;
        }
    }
    QFAIL("no rep in the demo");
}

// The visible top-level widget of type T, once one shows up (null after 10 s).
template<typename T>
T *waitForWindow(const T *notThis = nullptr)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *t = qobject_cast<T *>(w);
            if (t && t != notThis && t->isVisible())
                return t;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

inline QString labelContaining(const QWidget *root, const QString &text)
{
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (l->text().contains(text))
            return l->text();
    }
    return {};
}

} // namespace sales::test
