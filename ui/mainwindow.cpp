// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "domain/pipelinetemplate.h"
#include "leads/leadactions.h"
#include "leads/leadfilterbar.h"
#include "leads/leadtablemodel.h"
#include "leads/leadview.h"
#include "storage/knowledgerepository.h"
#include "storage/leadquery.h"
#include "clock.h"
#include "workspace/leaddetail.h"
#include "workspace/session.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sales {
namespace {

QHash<QString, QString> stageNames(const QSqlDatabase &db)
{
    QHash<QString, QString> names;
    const PipelineTemplate pipeline = KnowledgeRepository(db).findTemplate(QStringLiteral("default"))
                                          .value_or(defaultPipelineTemplate());
    for (const StageDefinition &s : pipeline.stages)
        names.insert(s.key, s.name);
    return names;
}

} // namespace

MainWindow::MainWindow(QSqlDatabase db, const QString &workspaceName, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_session(std::make_unique<Session>(m_db, systemClock())),
      m_workspaceName(workspaceName)
{
    setWindowTitle(tr("销售罗盘 — %1").arg(workspaceName));

    m_model = new LeadTableModel(m_db, stageNames(m_db), this);
    m_actions = new LeadActions(*m_session, this);

    m_table = new QTableView(this);
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
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LeadTableModel::Title, 240);
    m_table->setColumnWidth(LeadTableModel::Account, 200);
    m_table->setAccessibleName(tr("线索列表"));

    m_filterBar = new LeadFilterBar(this);
    // The choices scan every lead: fill them once the window is on screen.
    QTimer::singleShot(0, this, [this] { m_filterBar->setChoices(LeadQuery(m_db).filterChoices()); });
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table);

    m_view = new LeadView(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);

    buildNavigation();
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    buildActions();

    connect(m_filterBar, &LeadFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentLead);
    connect(m_model, &LeadTableModel::loaded, this, [this] {
        updateStatus();
        if (!m_pendingSelection.isEmpty())
            selectLead(std::exchange(m_pendingSelection, {}));
        else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            selectRow(0);
    });
    connect(m_model, &LeadTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("读取线索失败：%1").arg(message)); });
    connect(m_view, &LeadView::advanceRequested, m_actions, &LeadActions::advance);
    connect(m_view, &LeadView::moveBackRequested, m_actions, &LeadActions::moveBack);
    connect(m_view, &LeadView::logActivityRequested, m_actions, &LeadActions::logActivity);
    connect(m_view, &LeadView::addEvidenceRequested, m_actions, &LeadActions::addEvidence);
    connect(m_actions, &LeadActions::leadChanged, this, &MainWindow::refreshLead);
    connect(m_actions, &LeadActions::leadCreated, this, [this](const QString &id) {
        m_filterBar->clear();
        refreshLead(id);
    });

    connect(m_session.get(), &Session::userChanged, this, &MainWindow::followSession);
    restoreLayout();
    applyFilter();
    updateStatus();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("工作区导航"));
    m_navigation->addItem(ownerFilter().isEmpty() ? tr("全部线索") : tr("我的线索"));
    m_navigation->addItem(tr("今日待办与超时"));
    for (const QString &later : {tr("审核队列（即将推出）"), tr("仪表盘（即将推出）")}) {
        auto *item = new QListWidgetItem(later, m_navigation);
        item->setFlags(Qt::NoItemFlags);
    }
    m_navigation->setCurrentRow(0);
    m_navigation->setMaximumWidth(fontMetrics().horizontalAdvance(tr("审核队列（即将推出）")) + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::applyFilter);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area == Area::Overdue ? 1 : 0);
}

void MainWindow::applyFilter()
{
    LeadFilter filter = m_filterBar->filter();
    filter.ownerId = ownerFilter();
    if (m_navigation->currentRow() == 1 && filter.sla == LeadFilter::Sla::Any)
        filter.sla = LeadFilter::Sla::DueOrOverdue;
    m_pendingSelection = currentLeadId();
    m_model->setFilter(filter);
}

QString MainWindow::ownerFilter() const
{
    return m_session->seesOnlyOwnLeads() ? m_session->userId() : QString();
}

void MainWindow::followSession()
{
    m_navigation->item(0)->setText(ownerFilter().isEmpty() ? tr("全部线索") : tr("我的线索"));
    applyFilter(); // the model reads again only when the filter really changed
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("工作区：%1　|　列表中 %2 条线索").arg(m_workspaceName, QLocale().toString(m_model->rowCount())));
}

QString MainWindow::currentLeadId() const
{
    return m_view->leadId();
}

void MainWindow::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::selectLead(const QString &leadId)
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

void MainWindow::showCurrentLead()
{
    const QString id = m_model->leadId(m_table->currentIndex().row());
    if (id.isEmpty())
        return m_view->showMessage(tr("请在左侧选择一条线索。"));
    showLead(id);
}

void MainWindow::showLead(const QString &leadId)
{
    const QDateTime now = m_session->clock().now();
    QString error;
    if (const auto detail = loadLeadDetail(m_db, leadId, now, &error))
        m_view->showLead(*detail, now);
    else
        m_view->showMessage(tr("无法读取该线索：%1").arg(error));
}

void MainWindow::refreshLead(const QString &leadId)
{
    m_pendingSelection = leadId;
    m_model->reload();
    showLead(leadId);
}

void MainWindow::restoreLayout()
{
    // Only layout goes to QSettings; nothing secret, nothing of a customer's.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 820);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({m_navigation->maximumWidth(), width() * 55 / 100, width() * 45 / 100});
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("mainWindow/leadColumns")).toByteArray()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder()); // restoring does not sort
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_actions->flushDrafts();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/leadColumns"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace sales
