// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace sales {

// Every replicated row is named by a UUID so that offline clients never collide.
// The UUIDs are version 7 (RFC 9562): a millisecond Unix time in the first 48
// bits, then a 12-bit sequence and 62 random bits. Ids made later sort later,
// so the primary-key index of a table (the replica's and the server's) grows at
// its end instead of at random pages: a first sync, which brings rows in the
// order they were written, appends to every id index.
QString newId();

// The text form of a version-7 UUID with these parts: unixMs (48 bits used),
// sequence (12 bits used: the ids of one millisecond, in order), random (62
// bits used). newId() and the demo workspace's seeded ids both make theirs here.
QString uuidV7(qint64 unixMs, quint16 sequence, quint64 random);

} // namespace sales
