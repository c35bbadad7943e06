// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace sales {

QString uuidV7(qint64 unixMs, quint16 sequence, quint64 random)
{
    QUuid u;
    const quint64 ms = quint64(unixMs) & 0xffffffffffffULL;
    u.data1 = quint32(ms >> 16);
    u.data2 = quint16(ms);
    u.data3 = quint16(0x7000 | (sequence & 0x0fff));
    u.data4[0] = uchar(0x80 | ((random >> 56) & 0x3f)); // variant 10
    for (int i = 1; i < 8; ++i)
        u.data4[i] = uchar(random >> (8 * (7 - i)));
    return u.toString(QUuid::WithoutBraces);
}

QString newId()
{
    // Method 1 of RFC 9562 (6.2): within one millisecond the 12-bit sequence
    // counts up; when it runs out, or the clock steps back, the time part moves
    // on by itself, so ids made by this process never go backwards.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 sequence = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        if (ms > lastMs) {
            lastMs = ms;
            sequence = 0;
        } else if (++sequence > 0x0fff) {
            ++lastMs;
            sequence = 0;
        }
        ms = lastMs;
        seq = sequence;
    }
    return uuidV7(ms, seq, QRandomGenerator::system()->generate64());
}

} // namespace sales
