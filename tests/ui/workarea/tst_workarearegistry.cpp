// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workarea/comingsoonarea.h"
#include "workarea/workarearegistry.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

// A minimal area that counts what the registry asks of it.
class CountingArea final : public WorkArea
{
public:
    CountingArea(QString id, QString title) : m_id(std::move(id)), m_title(std::move(title)) {}

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    void rename(const QString &title)
    {
        m_title = title;
        Q_EMIT titleChanged();
    }
    void writeSomething() { Q_EMIT changedLocally(DataChange::lead(u"L1"_s)); }

    int built = 0;
    QList<DataChange> reloads;

protected:
    QWidget *createWidget(QWidget *parent) override
    {
        ++built;
        return new QLabel(m_title, parent);
    }
    void reload(const DataChange &change) override { reloads.append(change); }

private:
    QString m_id;
    QString m_title;
};

} // namespace

class TestWorkAreaRegistry : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QWidget window;
        WorkAreaRegistry registry{&window};
        CountingArea *a = new CountingArea(u"a"_s, u"甲"_s);
        CountingArea *b = new CountingArea(u"b"_s, u"乙"_s);
        Fixture()
        {
            registry.add(a);
            registry.add(new ComingSoonArea(u"later"_s, u"丙"_s));
            registry.add(b);
        }
    };

private Q_SLOTS:
    void navigationAndShortcutsFollowRegistrationOrder()
    {
        Fixture f;
        QListWidget *nav = f.registry.navigation();
        QCOMPARE(nav->count(), 3);
        QCOMPARE(nav->item(0)->text(), u"甲"_s);
        QCOMPARE(nav->item(1)->text(), u"丙（即将推出）"_s);
        QCOMPARE(nav->item(2)->text(), u"乙"_s);
        QVERIFY(!(nav->item(1)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(f.registry.stack()->count(), 3);

        const QList<QAction *> &actions = f.registry.switchActions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(actions.at(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QVERIFY(actions.at(0)->isEnabled());
        QVERIFY(!actions.at(1)->isEnabled());
        QVERIFY(actions.at(2)->text().startsWith(u"乙"_s));

        f.b->rename(u"乙二"_s);
        QCOMPARE(nav->item(2)->text(), u"乙二"_s);
        QVERIFY(actions.at(2)->text().startsWith(u"乙二"_s));
    }

    void pagesAreBuiltWhenFirstShownAndOnlyOnce()
    {
        Fixture f;
        QCOMPARE(f.a->built + f.b->built, 0);
        QVERIFY(f.registry.setCurrentIndex(0));
        QCOMPARE(f.a->built, 1);
        QCOMPARE(f.b->built, 0);
        QSignalSpy changed(&f.registry, &WorkAreaRegistry::currentChanged);
        f.registry.switchActions().at(2)->trigger(); // Ctrl+3
        QCOMPARE(f.registry.current(), f.b);
        QCOMPARE(f.b->built, 1);
        QCOMPARE(f.registry.stack()->currentWidget(), f.b->widget());
        QCOMPARE(f.registry.navigation()->currentRow(), 2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.registry.setCurrent(u"a"_s));
        QVERIFY(f.registry.setCurrent(u"b"_s));
        QCOMPARE(f.a->built, 1);
        QCOMPARE(f.b->built, 1);
        QVERIFY(f.a->isBuilt() && !f.a->isCurrent() && f.b->isCurrent());
    }

    void anUnavailableOrUnknownAreaNeverBecomesCurrent()
    {
        Fixture f;
        QVERIFY(f.registry.setCurrentIndex(0));
        QVERIFY(!f.registry.setCurrent(u"later"_s));
        QVERIFY(!f.registry.setCurrent(u"nowhere"_s));
        QVERIFY(!f.registry.setCurrentIndex(7));
        f.registry.navigation()->setCurrentRow(1); // as a click would, were the row enabled
        QCOMPARE(f.registry.current(), f.a);
        QCOMPARE(f.registry.navigation()->currentRow(), 0);
    }

    void theCurrentAreaReadsAtOnceAHiddenOneWhenShown()
    {
        Fixture f;
        QVERIFY(f.registry.setCurrentIndex(2)); // b built
        QVERIFY(f.registry.setCurrentIndex(0)); // a built and current, b hidden
        f.registry.refreshAll(DataChange::everything());
        f.registry.refreshAll(DataChange::lead(u"L9"_s));
        QCOMPARE(f.a->reloads.size(), 2);
        QCOMPARE(f.a->reloads.at(1).leadId, u"L9"_s);
        QVERIFY(f.b->reloads.isEmpty());
        QVERIFY(f.registry.setCurrentIndex(2));
        QCOMPARE(f.b->reloads.size(), 1); // two changes while hidden: one read
        QVERIFY(f.b->reloads.at(0).isEverything());
        QVERIFY(f.registry.setCurrentIndex(0));
        QVERIFY(f.registry.setCurrentIndex(2));
        QCOMPARE(f.b->reloads.size(), 1); // nothing changed meanwhile: no read
    }

    void aLocalWriteRefreshesTheOtherAreasAndIsAnnounced()
    {
        Fixture f;
        QVERIFY(f.registry.setCurrentIndex(2));
        QVERIFY(f.registry.setCurrentIndex(0));
        QSignalSpy local(&f.registry, &WorkAreaRegistry::changedLocally);
        f.a->writeSomething();
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.at(0).at(0).value<DataChange>().leadId, u"L1"_s);
        QVERIFY(f.a->reloads.isEmpty()); // the writer refreshed itself
        QVERIFY(f.registry.setCurrentIndex(2));
        QCOMPARE(f.b->reloads.size(), 1);
    }
};

QTEST_MAIN(TestWorkAreaRegistry)
#include "tst_workarearegistry.moc"
