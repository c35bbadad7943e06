// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class QIODevice;

namespace sales {

// Writes every live (not deleted) replicated row of the replica as one JSON
// line {"e","id","f"}, f holding the catalog's fields (integers as numbers,
// NULL as null), entities in catalog order so parents come before children:
// the input of `sales-server import`. *rows counts the lines written.
bool exportRows(QSqlDatabase db, QIODevice &out, QString *error, qint64 *rows);

} // namespace sales
