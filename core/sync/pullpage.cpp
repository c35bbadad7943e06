// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullpage.h"

#include "protocol/entitycatalog.h"

#include <QSet>
#include <QThread>

#include <algorithm>

#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace sales {
namespace {
constexpr std::size_t kPagesAhead = 1; // one page read while one is written: 2 cores busy
}

QString PullPage::path(qint64 cursor, int limit)
{
    return u"/api/v1/sync/pull?cursor=%1&limit=%2"_s.arg(cursor).arg(limit);
}

PullPage PullPage::fetch(SyncClient &client, qint64 cursor, int limit)
{
    return fromAnswer(client.get(path(cursor, limit)), cursor);
}

PullPage PullPage::fromAnswer(HttpResult &&r, qint64 cursor)
{
    if (!r.ok()) {
        PullPage page;
        page.failure = std::move(r);
        return page;
    }
    return read(r.body, cursor);
}

namespace {
using simdjson::dom::element;
using simdjson::dom::element_type;

QString fromView(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// A field's JSON as the replica's value; false when the type is not the field's.
bool fieldValue(const element &v, protocol::FieldType type, FieldValue &out)
{
    switch (v.type()) {
    case element_type::NULL_VALUE:
        out.kind = FieldValue::Null;
        return true;
    case element_type::STRING: {
        if (type != protocol::FieldType::Text)
            return false;
        const std::string_view text = v.get_string().value_unsafe();
        out.kind = FieldValue::Text;
        out.utf8 = QByteArray(text.data(), qsizetype(text.size()));
        return true;
    }
    case element_type::INT64:
        if (type != protocol::FieldType::Integer)
            return false;
        out.kind = FieldValue::Integer;
        out.integer = v.get_int64().value_unsafe();
        return true;
    case element_type::BOOL:
        if (type != protocol::FieldType::Integer)
            return false;
        out.kind = FieldValue::Integer;
        out.integer = v.get_bool().value_unsafe() ? 1 : 0;
        return true;
    case element_type::DOUBLE: {
        const double d = v.get_double().value_unsafe();
        // In range before the cast (a cast out of range is undefined), then integral.
        if (type != protocol::FieldType::Integer || !(d >= -9.2e18 && d <= 9.2e18) || d != double(qint64(d)))
            return false;
        out.kind = FieldValue::Integer;
        out.integer = qint64(d);
        return true;
    }
    default: // an unsigned above 2^63, an array, an object
        return false;
    }
}

// {"e","id","rev"[,"f"]} as a row; an error in words when it is not one.
bool readRow(const element &c, ServerRow &row, QString *error)
{
    simdjson::dom::object o;
    std::string_view e, id;
    int64_t rev = 0;
    if (c.get_object().get(o) || o["e"].get_string().get(e) || o["id"].get_string().get(id)
        || o["rev"].get_int64().get(rev)) {
        *error = PullPage::tr("一行缺少 e、id 或 rev");
        return false;
    }
    row.entity = fromView(e);
    row.id = fromView(id);
    row.idUtf8 = QByteArray(id.data(), qsizetype(id.size()));
    row.rev = rev;
    row.spec = protocol::entity(row.entity);
    simdjson::dom::object f;
    const auto fields = o["f"];
    if (fields.error() == simdjson::NO_SUCH_FIELD) {
        row.removal = true;
        return true;
    }
    if (fields.get_object().get(f)) {
        *error = PullPage::tr("%1 %2 的 f 不是对象").arg(row.entity, row.id);
        return false;
    }
    if (!row.spec)
        return true; // an entity this client does not know (a newer server): skipped when written
    row.values.resize(row.spec->fields.size());
    for (const auto field : f) {
        // Few fields per entity: a comparison each beats hashing the key.
        for (qsizetype i = 0; i < row.spec->fields.size(); ++i) {
            const protocol::FieldSpec &spec = row.spec->fields.at(i);
            if (QLatin1StringView(field.key.data(), qsizetype(field.key.size())) != spec.name)
                continue;
            if (!fieldValue(field.value, spec.type, row.values[i])) {
                *error = PullPage::tr("%1.%2 的值类型不对").arg(row.entity, spec.name);
                return false;
            }
            break;
        }
    }
    return true;
}
} // namespace

PullPage PullPage::read(const QByteArray &body, qint64 cursor)
{
    PullPage page;
    const auto fail = [&page](const QString &why) {
        page.failure.status = 0;
        page.failure.networkError = PullPage::tr("服务器的同步数据无法解析：%1").arg(why);
        page.rows.clear();
        return page;
    };
    // The DOM parser validates the whole document (UTF-8 included) before any
    // of it is used; it copies the body once into its padded buffer.
    simdjson::dom::parser parser;
    element root;
    if (const auto err = parser.parse(body.constData(), std::size_t(body.size())).get(root))
        return fail(QString::fromUtf8(simdjson::error_message(err)));
    simdjson::dom::array changes, removals;
    int64_t next = 0;
    bool hasMore = false;
    if (root["changes"].get_array().get(changes) || root["cursor"].get_int64().get(next)
        || root["has_more"].get_bool().get(hasMore))
        return fail(PullPage::tr("缺少 changes、cursor 或 has_more"));
    auto removed = root["removals"];
    if (removed.error() != simdjson::NO_SUCH_FIELD && removed.get_array().get(removals))
        return fail(PullPage::tr("removals 不是数组"));
    page.rows.reserve(qsizetype(changes.size() + (removed.error() ? 0 : removals.size())));
    QSet<QString> blobs;
    QString error;
    for (const element c : changes) {
        ServerRow row;
        if (!readRow(c, row, &error) || row.removal)
            return fail(error.isEmpty() ? PullPage::tr("changes 中的一行没有 f") : error);
        if (row.spec && !row.spec->blobField.isEmpty()) {
            const protocol::FieldSpec *blobField = row.spec->field(row.spec->blobField);
            const QString sha = blobField ? row.values.at(blobField - row.spec->fields.constData()).text() : QString();
            if (!sha.isEmpty() && !blobs.contains(sha)) {
                blobs.insert(sha);
                page.blobs.append(sha);
            }
        }
        page.rows.append(std::move(row));
    }
    const qsizetype changed = page.rows.size();
    if (!removed.error()) {
        for (const element c : removals) {
            ServerRow row;
            if (!readRow(c, row, &error))
                return fail(error);
            row.removal = true;
            row.values.clear();
            page.rows.append(std::move(row));
        }
    }
    // Changes and removals in rev order (each list already is).
    if (page.rows.size() > changed)
        std::stable_sort(page.rows.begin(), page.rows.end(), [](const ServerRow &a, const ServerRow &b) { return a.rev < b.rev; });
    page.changes = int(changed);
    page.cursor = next < cursor ? cursor : next;
    page.hasMore = hasMore;
    int64_t latest = 0;
    if (!root["latest"].get_int64().get(latest))
        page.latest = latest;
    page.ok = true;
    return page;
}

PullPrefetcher::PullPrefetcher(const SyncClient &client, qint64 cursor, int limit)
    : m_clients{client.clone(), client.clone()}
{
    m_thread = QThread::create([this, cursor, limit] { run(cursor, limit); });
    m_thread->setObjectName(u"pull-prefetch"_s);
    m_thread->start();
}

PullPrefetcher::~PullPrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread->wait();
    delete m_thread;
}

void PullPrefetcher::run(qint64 cursor, int limit)
{
    const auto freeUsed = [this] {
        std::deque<PullPage> used;
        std::lock_guard lock(m_mutex);
        used.swap(m_used);
        return used; // destroyed by the caller, outside the lock
    };
    const auto stopping = [this] {
        std::lock_guard lock(m_mutex);
        return m_stop;
    };
    int turn = 0; // the client that carries `current`
    std::unique_ptr<SyncClient::Pending> current = m_clients[turn]->start("GET", PullPage::path(cursor, limit));
    for (;;) {
        freeUsed();
        // The server names where a page ends in its headers: the next page is
        // asked for at once, so the server builds it while this one arrives and
        // is read (one request ahead; a server that does not say gets one at a time).
        std::unique_ptr<SyncClient::Pending> following;
        qint64 followingCursor = -1;
        if (current->header("Sales-Has-More") == "true" && !stopping()) {
            bool ok = false;
            followingCursor = current->header("Sales-Cursor").toLongLong(&ok);
            if (ok && followingCursor > cursor)
                following = m_clients[1 - turn]->start("GET", PullPage::path(followingCursor, limit));
        }
        PullPage page = PullPage::fromAnswer(current->wait(), cursor);
        current.reset();
        const bool last = !page.ok || !page.hasMore;
        cursor = page.cursor;
        if (!last) {
            if (following && followingCursor == cursor) {
                current = std::move(following);
                turn = 1 - turn;
            } else { // no headers, or the body disagreed with them: its cursor wins
                current = m_clients[turn]->start("GET", PullPage::path(cursor, limit));
            }
        }
        following.reset();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kPagesAhead; });
        if (m_stop)
            break;
        m_ready.push_back(std::move(page));
        m_done = last;
        lock.unlock();
        m_changed.notify_all();
        if (last)
            break;
    }
    current.reset(); // a request still on its way is aborted, before its manager goes
    for (auto &client : m_clients)
        client.reset(); // its QNetworkAccessManager lives on this thread
}

void PullPrefetcher::recycle(PullPage &&page)
{
    std::lock_guard lock(m_mutex);
    if (!m_done)
        m_used.push_back(std::move(page));
}

PullPage PullPrefetcher::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) {
        PullPage none;
        none.failure.networkError = PullPage::tr("同步已结束");
        return none;
    }
    PullPage page = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return page;
}

} // namespace sales
