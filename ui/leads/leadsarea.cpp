// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsarea.h"

#include "replicadamagenotice.h"

#include "leadactions.h"
#include "leadfilterbar.h"
#include "leadtablemodel.h"
#include "leadview.h"
#include "replicadamagenotice.h"
#include "storage/leadquery.h"
#include "storage/replicareader.h"
#include "storage/settingsstore.h"
#include "clock.h"
#include "workspace/leaddetail.h"
#include "workspace/session.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sales {

LeadsArea::LeadsArea(const WorkAreaContext &context, LeadActions *actions, Preset preset, QObject *parent)
    : WorkArea(parent), m_session(context.session), m_actions(actions), m_preset(preset)
{
    connect(&m_session, &Session::userChanged, this, [this] {
        Q_EMIT titleChanged();
        if (isBuilt())
            applyFilter(); // the model reads again only when the filter really changed
    });
    // Whichever lead area is on screen follows what its actions did; the others
    // hear of it through the registry (changedLocally) and read when shown.
    connect(m_actions, &LeadActions::leadChanged, this, [this](const QString &id) { followLocalEdit(id, false); });
    connect(m_actions, &LeadActions::leadCreated, this, [this](const QString &id) { followLocalEdit(id, true); });
}

void LeadsArea::followLocalEdit(const QString &leadId, bool created)
{
    if (!isCurrent())
        return;
    if (created)
        m_filterBar->clear(); // so that the new lead is in the list
    reload(DataChange::lead(leadId));
    Q_EMIT changedLocally(DataChange::lead(leadId));
}

LeadsArea::~LeadsArea() = default;

QString LeadsArea::id() const
{
    return m_preset == Preset::AllLeads ? QStringLiteral("leads") : QStringLiteral("dueToday");
}

QString LeadsArea::title() const
{
    if (m_preset == Preset::DueOrOverdue)
        return tr("今日待办与超时");
    return ownerFilter().isEmpty() ? tr("全部线索") : tr("我的线索");
}

QString LeadsArea::ownerFilter() const
{
    return m_session.seesOnlyOwnLeads() ? m_session.userId() : QString();
}

QString LeadsArea::statusText() const
{
    if (m_model && m_model->hasFailed())
        return m_model->isDamaged() ? tr("本地数据库已损坏，列表未显示") : tr("线索列表读取失败");
    return m_model ? tr("列表中 %1 条线索").arg(QLocale().toString(m_model->rowCount())) : QString();
}

QWidget *LeadsArea::createWidget(QWidget *parent)
{
    const QSqlDatabase db = m_session.database();
    m_splitter = new QSplitter(parent);
    m_model = new LeadTableModel(db, this); // stage names from each lead's own template
    m_model->setClock(m_session.clock());
    // One worker connection (and its 64 MiB page cache) for every list of the window; each list its own lane.
    m_model->setReader(&m_session.reader(), QStringLiteral("leadList/%1").arg(id()));

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Indicator first: enabling sorting sorts by whatever the indicator says.
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::LastActivity, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LeadTableModel::Title, 240);
    m_table->setColumnWidth(LeadTableModel::Account, 200);
    // The other columns at least as wide as their titles (English ones are longer), with the sort arrow.
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    for (int c = LeadTableModel::Stage; c < LeadTableModel::ColumnCount; ++c) {
        const int titleWidth = headerMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        m_table->setColumnWidth(c, std::max(m_table->horizontalHeader()->defaultSectionSize(),
                                            titleWidth + 4 * headerMetrics.averageCharWidth()));
    }
    m_table->setAccessibleName(tr("线索列表"));

    m_filterBar = new LeadFilterBar(m_splitter);
    loadFilterChoices();
    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    m_problem = new QLabel(listPane);
    m_problem->setObjectName(QStringLiteral("replicaProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse); // the file path can be copied
    m_problem->setMargin(24);
    m_listStack = new QStackedWidget(listPane);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_problem);
    listLayout->addWidget(m_listStack);

    m_view = new LeadView(m_splitter);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    buildActions(m_splitter);

    connect(m_filterBar, &LeadFilterBar::filterChanged, this, &LeadsArea::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsArea::showCurrentLead);
    connect(m_model, &LeadTableModel::loaded, this, [this] {
        m_listStack->setCurrentWidget(m_table);
        Q_EMIT statusTextChanged();
        if (!m_pendingSelection.isEmpty())
            selectLead(std::exchange(m_pendingSelection, {}));
        else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            selectRow(0);
    });
    connect(m_model, &LeadTableModel::loadFailed, this, &LeadsArea::showListProblem);
    connect(m_view, &LeadView::advanceRequested, m_actions, &LeadActions::advance);
    connect(m_view, &LeadView::moveBackRequested, m_actions, &LeadActions::moveBack);
    connect(m_view, &LeadView::resubmitRequested, m_actions, &LeadActions::resubmit);
    connect(m_view, &LeadView::logActivityRequested, m_actions, &LeadActions::logActivity);
    connect(m_view, &LeadView::addEvidenceRequested, m_actions, &LeadActions::addEvidence);

    restoreLayout();
    applyFilter();
    if (m_model->hasFailed()) // its first read, before anyone listened
        showListProblem(m_model->failure());
    if (m_model->rowCount() > 0)
        selectRow(0);
    return m_splitter;
}

void LeadsArea::showListProblem(const QString &text)
{
    const bool shown = m_listStack->currentWidget() == m_problem && m_problem->text() == text;
    m_problem->setText(text);
    m_listStack->setCurrentWidget(m_problem);
    m_view->showMessage(tr("线索列表无法读取，未显示任何线索。"));
    Q_EMIT statusTextChanged();
    if (m_model->isDamaged())
        m_session.noteDamageReported(); // the background check need not say it again
    if (!shown) // once: a reload that fails the same way says nothing new
        Q_EMIT message(m_model->isDamaged() ? tr("本地数据库文件已损坏") : text);
}

void LeadsArea::applyFilter()
{
    LeadFilter filter = m_filterBar->filter();
    filter.ownerId = ownerFilter();
    if (m_preset == Preset::DueOrOverdue && filter.sla == LeadFilter::Sla::Any)
        filter.sla = LeadFilter::Sla::DueOrOverdue;
    m_pendingSelection = currentLeadId();
    m_model->setFilter(filter);
}

void LeadsArea::loadFilterChoices()
{
    // They scan every lead: on the shared reader, never on the GUI thread.
    m_session.reader().read(QStringLiteral("filterChoices/%1").arg(id()), this,
        [](QSqlDatabase &db) -> ReadResult<LeadFilterChoices> {
            LeadQuery query(db);
            LeadFilterChoices choices = query.filterChoices();
            if (!query.errorText().isEmpty())
                return ReadError{query.errorText(), query.isDamaged()};
            return choices;
        },
        [this](ReadResult<LeadFilterChoices> choices) {
            if (choices.ok())
                m_filterBar->setChoices(choices.value());
            else if (!choices.damaged())
                Q_EMIT message(tr("读取筛选项失败：%1").arg(choices.error()));
            else if (!tellReplicaDamage(m_session, m_filterBar->window())) // unless the list already said it
                Q_EMIT message(tr("本地数据库文件已损坏，筛选项未显示"));
        });
}

void LeadsArea::reload(const DataChange &change)
{
    if (change.isEverything()) { // a sync: new templates, industries, sources may have come
        m_model->reloadStageNames();
        loadFilterChoices();
    }
    // A local edit keeps (or moves) the selection to its lead; a sync keeps the current one,
    // which may have changed or left this user's scope.
    const QString lead = change.leadId.isEmpty() ? currentLeadId() : change.leadId;
    m_pendingSelection = lead;
    m_model->reload();
    if (!lead.isEmpty())
        showLead(lead);
}

QString LeadsArea::currentLeadId() const
{
    return m_view ? m_view->leadId() : QString();
}

void LeadsArea::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void LeadsArea::selectLead(const QString &leadId)
{
    // The list is paged: only look through what is cheap (the first pages).
    const int limit = std::min(m_model->rowCount(), LeadTableModel::PageSize * 5);
    for (int row = 0; row < limit; ++row) {
        if (m_model->leadId(row) == leadId) {
            if (m_table->currentIndex().row() != row)
                return selectRow(row); // showCurrentLead follows
            break;
        }
    }
    showLead(leadId); // also when it is not (or no longer) in the current list
}

void LeadsArea::showCurrentLead()
{
    const QString id = m_model->leadId(m_table->currentIndex().row());
    if (id.isEmpty())
        return m_view->showMessage(tr("请在左侧选择一条线索。"));
    showLead(id);
}

void LeadsArea::showLead(const QString &leadId)
{
    const QDateTime now = m_session.clock().now();
    if (const auto detail = loadLeadDetail(m_session.database(), leadId, now))
        m_view->showLead(*detail, now);
    else
        m_view->showMessage(tr("无法读取该线索：%1").arg(detail.message()));
}

void LeadsArea::restoreLayout()
{
    SettingsStore settings(m_session.database());
    if (!m_splitter->restoreState(settings.value(settingKeyFor(SettingKeys::AreaSplitter, id())).toByteArray()))
        m_splitter->setSizes({550, 450});
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(settingKeyFor(SettingKeys::AreaColumns, id())).toByteArray()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder()); // restoring does not sort
}

void LeadsArea::aboutToClose()
{
    m_actions->flushDrafts();
    if (!isBuilt())
        return;
    SettingsStore settings(m_session.database());
    settings.setValue(settingKeyFor(SettingKeys::AreaSplitter, id()), m_splitter->saveState());
    settings.setValue(settingKeyFor(SettingKeys::AreaColumns, id()), m_table->horizontalHeader()->saveState());
}

void LeadsArea::restoreWork()
{
    if (m_preset == Preset::AllLeads) // once per window, however many lead areas share the actions
        m_actions->restoreDrafts();
}

} // namespace sales
