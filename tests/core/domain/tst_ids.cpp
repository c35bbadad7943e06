// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ids.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {
qint64 timeOf(const QString &id)
{
    return QStringView(id).left(8).toLongLong(nullptr, 16) << 16 | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
}
} // namespace

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void rfc9562Example()
    {
        // RFC 9562, appendix A.6: unix_ts_ms 0x017F22E279B0, rand_a 0xCC3,
        // rand_b 0x18C4DC0C0C07398F.
        QCOMPARE(uuidV7(0x017F22E279B0, 0xCC3, 0x18C4DC0C0C07398FULL), u"017f22e2-79b0-7cc3-98c4-dc0c0c07398f"_s);
        // Only the bits of each part that fit are used.
        QCOMPARE(uuidV7(0x7F017F22E279B0, 0xFCC3, 0xD8C4DC0C0C07398FULL), u"017f22e2-79b0-7cc3-98c4-dc0c0c07398f"_s);
    }

    void newIdIsVersion7Now()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = newId();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const QUuid u = QUuid::fromString(id);
        QVERIFY(!u.isNull());
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), u'7'); // the version (QUuid of Qt 6.4 knows only 1 to 5)
        QCOMPARE(u.variant(), QUuid::DCE);
        // The sequence may carry the time a little past the clock, never before it.
        QVERIFY2(timeOf(id) >= before && timeOf(id) <= after + 1, qPrintable(id));
    }

    void idsMadeLaterSortLater()
    {
        // Far more than one millisecond's 4096 sequence numbers: the time part
        // moves on by itself and the order holds as text, as SQLite compares it.
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString id = newId();
            QVERIFY2(id > previous, qPrintable(previous + u" then "_s + id));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
