// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "protocol/fieldmerge.h"
#include "store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sales::server {

// Who is asking, and what they may see: a rep their own leads, a supervisor the
// team's, a manager the region's, an admin everything. Global rows (organisation,
// templates, the customer directory, cases) are everyone's.
struct Viewer {
    QString uid;
    QString role;
    QString teamId;
    QString regionId;
    qint64 deviceId = 0; // the signed-in device the request came from (0: an admin command)
    static Viewer of(const UserRecord &u, qint64 deviceId) { return {u.uid, u.role, u.teamId, u.regionId, deviceId}; }
    bool isAdmin() const { return role == QStringLiteral("admin"); }
};

// Where a row of a lead lives: copied from its lead.
struct LeadScope {
    QString leadId;
    QString ownerId;
    QString teamId;
    QString regionId;
    bool visibleTo(const Viewer &v) const;
};

// One op of a push, parsed and checked for shape.
struct OpRequest {
    QString opId;
    QString entity;
    QString rowId;
    bool isNew = false;
    QJsonObject fields;
    QJsonObject bases;
    QString digest; // of the canonical op: a reused op id with other content is refused
};

// The answer for one op. status: applied, merged (a conflict record was made),
// rejected (code + message), or error (nothing happened; the client retries).
struct OpResult {
    QString opId;
    QString status;
    QString code;
    QString message;
    QList<protocol::FieldConflict> conflicts;
    qint64 rev = 0;
    std::optional<QJsonObject> row; // the server's row after the op, if it exists
    bool deletedRow = false;
    QJsonObject toJson() const;
    static OpResult fromJson(const QJsonObject &o);
};

// One page of a pull, already serialised: the response body. cursorAhead: the
// cursor is beyond the server's rev counter (latest); no body.
struct PullPage {
    QByteArray body;
    int changes = 0;
    int removals = 0;
    qint64 cursor = 0;
    qint64 latest = 0;
    bool hasMore = false;
    bool cursorAhead = false;
};

// The replicated rows on the server, their revs, the removals log, applied ops
// and blobs. Each op is one transaction that first takes the rev counter, so
// writers are serialised and revs become visible in order.
class SyncStore
{
public:
    // clock: "now" for the rules that read the time (review deadlines, decision times).
    explicit SyncStore(Store &store, const Clock &clock = systemClock()) : m_store(store), m_clock(clock) {}

    std::optional<PullPage> pull(const Viewer &viewer, qint64 cursor, int limit, QString *error);
    OpResult apply(const Viewer &viewer, const OpRequest &op);

    // The row as the viewer may see it: nullopt if absent; *forbidden when out of scope.
    std::optional<QJsonObject> row(const Viewer &viewer, const QString &entity, const QString &id,
                                   bool *forbidden, qint64 *rev);

    // Files (syncblobs.cpp). Bytes are stored once; every user who sent them is
    // recorded as having them. A user may name a file in a row when they sent its
    // bytes or can already see a row naming it; what they may not name is
    // "missing" to them, whether or not the server has it.
    bool hasBlob(const QString &sha256);
    bool putBlob(const QString &sha256, const QByteArray &data, const QString &uploader, QString *error);
    QStringList missingBlobs(const Viewer &viewer, const QStringList &sha256s);
    // The bytes when the viewer may read them: a row the viewer may see names the
    // file, or the viewer sent it and no row names it yet; nullopt otherwise (absent
    // and forbidden alike, so an outsider cannot tell whether a file exists).
    std::optional<QByteArray> blob(const Viewer &viewer, const QString &sha256);

    // Admin writes (organisation, templates, imports): no scope checks, new rev.
    bool putRow(const QString &entity, const QString &id, const QJsonObject &fields, QString *error);
    // Bulk load (import): one transaction per call, revs in the order given.
    struct RowIn {
        QString entity;
        QString id;
        QJsonObject fields;
    };
    bool putRows(const QList<RowIn> &rows, QString *error);
    qint64 rowCount();
    // Live rows of one entity (admin listings), by id.
    QList<QPair<QString, QJsonObject>> rowsOf(const QString &entity);

private:
    friend class OpApplier;
    Store &m_store;
    const Clock &m_clock;
};

bool isValidRowId(const QString &id);
bool isValidSha256(const QString &s);
// Whether viewer may name this file in a row (see SyncStore's files).
bool mayNameBlob(QSqlDatabase &db, const Viewer &viewer, const QString &sha256);

} // namespace sales::server
