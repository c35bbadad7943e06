// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueuearea.h"

#include "clock.h"
#include "reviewcasepanel.h"
#include "reviewmetricsbar.h"
#include "reviewqueuemodel.h"
#include "storage/organisationrepository.h"
#include "storage/replicareader.h"
#include "storage/reviewmetricsquery.h"
#include "workspace/session.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sales {

namespace {
constexpr int TickMs = 15000;      // the countdown moves by the minute
constexpr int CachedCases = 3;     // the one on screen, the next, the one just left
const QString QueueLane = QStringLiteral("reviewQueue");
const QString CaseLane = QStringLiteral("reviewCase");
const QString PreloadLane = QStringLiteral("reviewCasePreload");
const QString MetricsLane = QStringLiteral("reviewMetrics");
constexpr qint64 MetricsDays = 30;
} // namespace

ReviewQueueArea::ReviewQueueArea(const WorkAreaContext &context, QObject *parent)
    : WorkArea(parent), m_session(context.session), m_window(context.window)
{
    connect(&m_session, &Session::userChanged, this, [this] {
        m_cache.clear();
        Q_EMIT titleChanged();
        if (isBuilt()) {
            readQueue();
            readMetrics();
        }
    });
}

ReviewQueueArea::~ReviewQueueArea() = default;

QString ReviewQueueArea::title() const
{
    const int n = m_model && m_loaded ? m_model->rowCount() : 0;
    return n > 0 ? tr("审核队列（%1）").arg(n) : tr("审核队列");
}

QString ReviewQueueArea::menuTitle() const
{
    return tr("审核(&R)");
}

QList<QAction *> ReviewQueueArea::menuActions()
{
    return m_actions;
}

QList<QAction *> ReviewQueueArea::toolBarActions()
{
    return m_actions;
}

QString ReviewQueueArea::statusText() const
{
    if (!m_failure.isEmpty())
        return tr("审核队列读取失败");
    if (!m_model || !m_loaded)
        return {};
    const int n = m_model->rowCount();
    if (n == 0)
        return tr("没有待审核的事项");
    const ReviewQueueEntry *first = m_model->entryAt(0);
    return tr("待审核 %1 项，最近的：%2")
        .arg(QLocale().toString(n), ReviewQueueModel::timeLeftText(first->status, m_session.clock().now()));
}

QWidget *ReviewQueueArea::createWidget(QWidget *parent)
{
    auto *page = new QWidget(parent);
    m_metrics = new ReviewMetricsBar(page);
    auto *split = new QSplitter(page);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_metrics);
    pageLayout->addWidget(split, 1);
    m_model = new ReviewQueueModel(m_session.clock(), this);
    m_listStack = new QStackedWidget(split);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ReviewQueueModel::TimeLeft, 130);
    m_table->setColumnWidth(ReviewQueueModel::Lead, 220);
    m_table->setColumnWidth(ReviewQueueModel::Account, 160);
    m_table->setAccessibleName(tr("审核队列"));
    m_empty = new QLabel(m_listStack);
    m_empty->setObjectName(QStringLiteral("reviewQueueEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_panel = new ReviewCasePanel(split);
    split->addWidget(m_listStack);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 800});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { openCurrent(); });
    connect(m_panel, &ReviewCasePanel::approveRequested, this, &ReviewQueueArea::approveCurrent);
    connect(m_panel, &ReviewCasePanel::rejectRequested, this, &ReviewQueueArea::rejectCurrent);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &ReviewQueueArea::tick);
    m_ticker->start();
    buildActions(page);
    readQueue();
    readMetrics();
    return page;
}

void ReviewQueueArea::buildActions(QWidget *page)
{
    auto make = [page](const QString &text, const QList<QKeySequence> &keys, const QString &name) {
        auto *action = new QAction(text, page);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(name);
        action->setToolTip(QStringLiteral("%1（%2）").arg(text.section(u'(', 0, 0), keys.first().toString(QKeySequence::NativeText)));
        return action;
    };
    QAction *approve = make(tr("通过(&A)"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                            QStringLiteral("reviewApproveAction"));
    QAction *reject = make(tr("驳回(&R)…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, QStringLiteral("reviewRejectAction"));
    QAction *next = make(tr("下一项(&J)"), {QKeySequence(Qt::Key_J)}, QStringLiteral("reviewNextAction"));
    QAction *previous = make(tr("上一项(&K)"), {QKeySequence(Qt::Key_K)}, QStringLiteral("reviewPreviousAction"));
    connect(approve, &QAction::triggered, this, &ReviewQueueArea::approveCurrent);
    connect(reject, &QAction::triggered, this, &ReviewQueueArea::rejectCurrent);
    connect(next, &QAction::triggered, this, &ReviewQueueArea::selectNext);
    connect(previous, &QAction::triggered, this, &ReviewQueueArea::selectPrevious);
    m_actions = {approve, reject, nullptr, next, previous};
}

QString ReviewQueueArea::emptyText() const
{
    const std::optional<User> &me = m_session.user();
    if (!me)
        return tr("没有登录的用户。审核队列按登录用户的团队与区域显示：请先在“同步”菜单登录。");
    switch (me->role) {
    case UserRole::Rep:
        return tr("审核队列供主管和区域经理使用：主管审核本团队的待审核事项，区域经理审核超时升级到本区域的事项。\n"
                  "你提交的审核，进度显示在线索页上。");
    case UserRole::Manager:
        return tr("没有升级到你的区域、等你决定的事项。\n主管在截止前未审核的事项会升级到这里。");
    case UserRole::Supervisor:
    case UserRole::Admin:
        break;
    }
    return tr("没有待审核的事项。\n销售推进到需要审核的阶段时，事项会出现在这里。");
}

void ReviewQueueArea::reload(const DataChange &change)
{
    // Evidence, activities or decisions of a lead change what its case shows.
    if (change.isEverything() || change.leadId.isEmpty()) {
        m_cache.clear();
    } else {
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (it->entry.row.item.leadId == change.leadId)
                it = m_cache.erase(it);
            else
                ++it;
        }
    }
    readQueue();
    readMetrics();
}

void ReviewQueueArea::readMetrics()
{
    const std::optional<User> &me = m_session.user();
    m_metrics->setVisible(me && me->role != UserRole::Rep);
    if (!me || me->role == UserRole::Rep)
        return;
    const QString team = me->role == UserRole::Supervisor ? me->teamId : QString();
    const QString region = me->role == UserRole::Manager ? me->regionId : QString();
    const QDateTime to = m_session.clock().now();
    const QDateTime from = to.addDays(-MetricsDays);
    const UserRole role = me->role;
    m_session.reader().read(MetricsLane, this,
        [team, region, from, to, role](QSqlDatabase &db) -> ReadResult<std::pair<ReviewMetricsReport, QString>> {
            ReviewMetricsQuery query(db);
            const std::optional<ReviewMetricsReport> report = query.report(team, region, from, to);
            if (!report)
                return ReadError{query.errorText(), query.isDamaged()};
            QString scope = ReviewQueueArea::tr("全部");
            const OrganisationRepository organisation(db);
            if (role == UserRole::Supervisor) {
                for (const Team &t : organisation.teams())
                    if (t.id == team)
                        scope = t.name;
            } else if (role == UserRole::Manager) {
                for (const Region &r : organisation.regions())
                    if (r.id == region)
                        scope = r.name;
            }
            return std::pair{*report, scope};
        },
        [this](ReadResult<std::pair<ReviewMetricsReport, QString>> result) {
            if (result.ok())
                m_metrics->showReport(result.value().first, result.value().second);
            else
                m_metrics->showProblem(result.error());
        });
}

void ReviewQueueArea::readQueue()
{
    const ReviewQueueEntry *current = m_model->entryAt(currentRow());
    if (current && m_keepSelected.isEmpty())
        m_keepSelected = current->row.item.id;
    const Clock &clock = m_session.clock();
    const QString userId = m_session.userId();
    m_session.reader().read(QueueLane, this,
        [&clock, userId](QSqlDatabase &db) -> ReadResult<QList<ReviewQueueEntry>> {
            Expected<QList<ReviewQueueEntry>> queue = ReviewService(db, clock, userId).queue();
            if (!queue)
                return ReadError{queue.message()};
            return *queue;
        },
        [this](ReadResult<QList<ReviewQueueEntry>> result) {
            if (!result.ok()) {
                m_failure = result.error();
                m_loaded = false;
                m_model->setEntries({});
                m_empty->setText(tr("审核队列无法读取：%1").arg(m_failure));
                m_listStack->setCurrentWidget(m_empty);
                m_panel->showMessage(tr("审核队列无法读取，未显示任何事项。"));
                Q_EMIT statusTextChanged();
                return;
            }
            m_failure.clear();
            queueArrived(std::move(result.value()));
        });
}

void ReviewQueueArea::queueArrived(QList<ReviewQueueEntry> entries)
{
    const QString keep = std::exchange(m_keepSelected, QString());
    const int rowAfterDecision = std::exchange(m_rowAfterDecision, -1);
    m_model->setEntries(std::move(entries));
    m_loaded = true;
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
    if (m_model->rowCount() == 0) {
        m_empty->setText(emptyText());
        m_listStack->setCurrentWidget(m_empty);
        m_panel->showMessage(m_session.user() && m_session.user()->role != UserRole::Rep
                                 ? tr("队列已清空。") : QString());
        return;
    }
    m_listStack->setCurrentWidget(m_table);
    int row = m_model->rowOf(keep);
    if (row < 0)
        row = rowAfterDecision >= 0 ? std::min(rowAfterDecision, m_model->rowCount() - 1) : 0;
    selectRow(row);
}

int ReviewQueueArea::currentRow() const
{
    return m_table && m_table->selectionModel()->currentIndex().isValid() ? m_table->selectionModel()->currentIndex().row()
                                                                          : -1;
}

void ReviewQueueArea::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, ReviewQueueModel::Lead);
    if (currentRow() == row) {
        openCurrent(); // the same row, maybe another item (the queue was read again)
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ReviewQueueArea::selectNext()
{
    selectRow(std::min(currentRow() + 1, m_model->rowCount() - 1));
}

void ReviewQueueArea::selectPrevious()
{
    selectRow(std::max(currentRow() - 1, 0));
}

void ReviewQueueArea::openCurrent()
{
    const int row = currentRow();
    const ReviewQueueEntry *entry = m_model->entryAt(row);
    if (!entry)
        return;
    const auto cached = m_cache.constFind(entry->row.item.id);
    if (cached != m_cache.constEnd()) {
        ReviewCase c = *cached;
        c.entry = *entry; // the status as the queue read it last
        m_panel->showCase(c, m_session.clock().now());
        preloadAfter(row);
    } else {
        m_panel->showMessage(tr("正在读取“%1”的证据…").arg(entry->row.leadTitle));
        m_session.reader().cancel(PreloadLane); // this one first
        readCase(*entry, false);
    }
}

void ReviewQueueArea::preloadAfter(int row)
{
    if (const ReviewQueueEntry *next = m_model->entryAt(row + 1); next && !m_cache.contains(next->row.item.id))
        readCase(*next, true);
}

void ReviewQueueArea::readCase(const ReviewQueueEntry &entry, bool preload)
{
    const Clock &clock = m_session.clock();
    m_session.reader().read(preload ? PreloadLane : CaseLane, this,
        [&clock, entry](QSqlDatabase &db) -> ReadResult<ReviewCase> {
            Expected<ReviewCase> c = loadReviewCase(db, clock.now(), entry);
            if (!c)
                return ReadError{c.message()};
            return *c;
        },
        [this, preload, itemId = entry.row.item.id](ReadResult<ReviewCase> result) {
            const ReviewQueueEntry *current = m_model->entryAt(currentRow());
            const bool onScreen = current && current->row.item.id == itemId;
            if (!result.ok()) {
                if (onScreen && !preload)
                    m_panel->showMessage(tr("无法读取该事项：%1").arg(result.error()));
                return;
            }
            // Keep the one on screen, the one just read and the next; drop the rest.
            if (m_cache.size() >= CachedCases) {
                for (auto it = m_cache.begin(); it != m_cache.end();) {
                    if (!current || it.key() != current->row.item.id)
                        it = m_cache.erase(it);
                    else
                        ++it;
                }
            }
            m_cache.insert(itemId, result.value());
            if (onScreen && !preload)
                openCurrent();
        });
}

void ReviewQueueArea::approveCurrent()
{
    const QString itemId = m_panel->itemId();
    if (itemId.isEmpty())
        return;
    const QStringList unchecked = m_panel->uncheckedItems();
    if (!unchecked.isEmpty()) {
        const auto answer = QMessageBox::question(
            m_window, tr("通过审核"),
            tr("以下清单项尚未勾选：\n\n%1\n\n仍然通过？").arg(unchecked.join(QStringLiteral("\n"))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const ReviewCase *c = m_panel->currentCase();
    const QString leadId = c->entry.row.item.leadId;
    const QString title = c->entry.row.leadTitle;
    const Result r = ReviewService(m_session).approve(itemId);
    if (!r.ok) {
        m_panel->setError(r.message);
        return;
    }
    decided(itemId, leadId, tr("已通过：%1").arg(title));
}

void ReviewQueueArea::rejectCurrent()
{
    const QString itemId = m_panel->itemId();
    if (itemId.isEmpty())
        return;
    if (m_panel->reason().isEmpty()) {
        m_panel->focusReason();
        m_panel->setError(tr("请写明驳回原因（已按未勾选的清单项预填），再按 Ctrl+Shift+R 驳回。"));
        return;
    }
    const ReviewCase *c = m_panel->currentCase();
    const QString leadId = c->entry.row.item.leadId;
    const QString title = c->entry.row.leadTitle;
    const Result r = ReviewService(m_session).reject(itemId, m_panel->reason());
    if (!r.ok) {
        m_panel->setError(r.message);
        return;
    }
    decided(itemId, leadId, tr("已驳回：%1，销售会在线索上看到原因和话术包").arg(title));
}

void ReviewQueueArea::decided(const QString &itemId, const QString &leadId, const QString &text)
{
    // The next item opens by itself: it moves up into this row.
    const int row = m_model->rowOf(itemId);
    m_cache.remove(itemId);
    m_model->removeItem(itemId);
    m_panel->clearReason();
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
    Q_EMIT message(text);
    if (m_model->rowCount() == 0) {
        m_empty->setText(emptyText());
        m_listStack->setCurrentWidget(m_empty);
        m_panel->showMessage(tr("队列已清空。"));
    } else {
        m_table->selectionModel()->clearCurrentIndex();
        selectRow(std::min(row, m_model->rowCount() - 1));
    }
    m_rowAfterDecision = row;
    readMetrics();
    Q_EMIT changedLocally(DataChange{{QStringLiteral("review_decision")}, leadId});
}

void ReviewQueueArea::tick()
{
    if (!m_model || !isCurrent())
        return;
    const QDateTime now = m_session.clock().now();
    m_model->tick();
    m_panel->updateDeadline(now);
    Q_EMIT statusTextChanged();
    // A deadline passed: the item goes to the manager or is auto-rejected; read again.
    for (const ReviewQueueEntry &e : m_model->entries()) {
        if (e.status.secondsLeft > 0 && e.status.deadline <= now) {
            readQueue();
            return;
        }
    }
}

} // namespace sales
