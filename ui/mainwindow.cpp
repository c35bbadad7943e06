// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "clock.h"
#include "storage/settingsstore.h"
#include "workarea/workarea.h"
#include "workarea/workarearegistry.h"
#include "windowgeometry.h"
#include "workareas.h"
#include "workspace/session.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace sales {

MainWindow::MainWindow(QSqlDatabase db, const QString &workspaceName, QWidget *parent)
    : MainWindow(std::make_unique<Session>(std::move(db), systemClock()), nullptr, workspaceName, parent)
{
}

MainWindow::MainWindow(Session &session, const QString &workspaceName, QWidget *parent)
    : MainWindow(nullptr, &session, workspaceName, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Session> own, Session *shared, const QString &workspaceName, QWidget *parent)
    : QMainWindow(parent), m_ownSession(std::move(own)), m_session(shared ? *shared : *m_ownSession),
      m_workspaceName(workspaceName)
{
    setWindowTitle(tr("销售罗盘 — %1").arg(workspaceName));

    m_areas = new WorkAreaRegistry(this);
    registerWorkAreas(*m_areas, WorkAreaContext{m_session, this});
    QListWidget *navigation = m_areas->navigation();
    int widest = 0;
    for (int i = 0; i < navigation->count(); ++i)
        widest = std::max(widest, navigation->fontMetrics().horizontalAdvance(navigation->item(i)->text()));
    navigation->setMaximumWidth(widest + 40);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(navigation);
    m_splitter->addWidget(m_areas->stack());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    buildMenus(); // mainwindowactions.cpp

    for (int i = 0; i < m_areas->count(); ++i) {
        WorkArea *area = m_areas->at(i);
        connect(area, &WorkArea::statusTextChanged, this, [this, area] {
            if (area == currentArea())
                updateStatus();
        });
        connect(area, &WorkArea::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    }
    connect(m_areas, &WorkAreaRegistry::currentChanged, this, [this](WorkArea *area) {
        showAreaActions(area);
        updateStatus();
    });
    restoreLayout();
    m_areas->setCurrentIndex(0);
}

MainWindow::~MainWindow() = default;

WorkArea *MainWindow::currentArea() const
{
    return m_areas->current();
}

bool MainWindow::showArea(const QString &id)
{
    return m_areas->setCurrent(id);
}

void MainWindow::restoreWork()
{
    m_areas->restoreWork();
}

void MainWindow::updateStatus()
{
    const QString area = currentArea() ? currentArea()->statusText() : QString();
    const QString workspace = tr("工作区：%1").arg(m_workspaceName);
    m_status->setText(area.isEmpty() ? workspace : QStringLiteral("%1　|　%2").arg(workspace, area));
}

void MainWindow::restoreLayout()
{
    // Layout lives in the workspace's settings table (never synced); an older
    // client kept it in QSettings, taken over once.
    SettingsStore settings(m_session.database());
    QSettings legacy;
    settings.importLegacy(legacy);
    windowgeometry::restore(this, settings.value(SettingKeys::WindowGeometry).toByteArray(), {1360, 820});
    if (!m_splitter->restoreState(settings.value(SettingKeys::MainSplitter).toByteArray()))
        m_splitter->setSizes({m_areas->navigation()->maximumWidth(), width()});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_areas->aboutToClose(); // drafts first: they matter more than the layout
    SettingsStore settings(m_session.database());
    settings.setValue(SettingKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingKeys::MainSplitter, m_splitter->saveState());
    event->accept();
}

} // namespace sales
