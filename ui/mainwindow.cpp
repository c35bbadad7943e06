// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "domain/pipelinetemplate.h"
#include "leadtablemodel.h"
#include "leadview.h"
#include "storage/knowledgerepository.h"
#include "workspace/leaddetail.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

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
    : QMainWindow(parent), m_db(std::move(db))
{
    setWindowTitle(tr("销售罗盘 — %1").arg(workspaceName));
    m_model = new LeadTableModel(m_db, stageNames(m_db), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LeadTableModel::Title, 260);
    m_table->setColumnWidth(LeadTableModel::Account, 220);
    m_table->setAccessibleName(tr("线索列表"));

    m_view = new LeadView(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    auto *fileMenu = menuBar()->addMenu(tr("文件(&F)"));
    fileMenu->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_status->setText(tr("工作区：%1　|　离线（仅本地数据）　|　共 %2 条线索")
                          .arg(workspaceName, QLocale().toString(m_model->rowCount())));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentLead);
    restoreLayout();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::showCurrentLead()
{
    const QString id = m_model->leadId(m_table->currentIndex().row());
    if (id.isEmpty())
        return m_view->showMessage(tr("请在左侧选择一条线索。"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    if (const auto detail = loadLeadDetail(m_db, id, now, &error))
        m_view->showLead(*detail, now);
    else
        m_view->showMessage(tr("无法读取该线索：%1").arg(error));
}

void MainWindow::restoreLayout()
{
    // Only layout goes to QSettings; nothing secret, nothing of a customer's.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/leadColumns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/leadColumns"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace sales
