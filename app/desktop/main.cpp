// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfile.h"
#include "mainwindow.h"
#include "startupcontroller.h"
#include "terminationsignals.h"
#include "workspace/workspaceinfo.h"

#include <QAction>
#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    // Source strings are Chinese (zh_CN is the default and complete); other
    // languages come from translations/sales_<lang>.ts, compiled into the binary.
    const QLocale locale = language.isEmpty() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (locale.language() != QLocale::Chinese && ours->load(locale, u"sales"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"SalesCompass"_s);
    QApplication::setOrganizationDomain(u"salescompass.cn"_s);
    QApplication::setApplicationName(u"sales-client"_s);
    QApplication::setApplicationDisplayName(u"销售罗盘"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(u"cn.salescompass.Client"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"销售罗盘：销售过程管理客户端"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(u"workspace"_s, u"工作区目录（默认：本机演示工作区）"_s, u"dir"_s);
    const QCommandLineOption demoLeads(u"demo-leads"_s, u"新建演示工作区时生成的线索数"_s, u"n"_s, u"5000"_s);
    const QCommandLineOption language(u"lang"_s, u"界面语言，例如 zh_CN 或 en"_s, u"lang"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"主窗口显示后截图保存到此文件并退出"_s, u"png"_s);
    const QCommandLineOption screenshotAction(u"screenshot-action"_s,
                                              u"截图前先触发此操作（如 logActivityAction），截取整个屏幕"_s, u"name"_s);
    const QCommandLineOption server(u"server"_s, u"同步服务器地址，例如 https://127.0.0.1:8443（未登录时打开登录窗口）"_s,
                                    u"url"_s);
    const QCommandLineOption serverCa(u"server-ca"_s, u"信任由此 CA（PEM 文件）签发证书的服务器，不再逐一确认指纹"_s, u"pem"_s);
    const QCommandLineOption screenshotDelay(u"screenshot-delay"_s,
                                             u"主窗口显示多少毫秒后截图（默认 1200；指定时截取整个屏幕）"_s, u"ms"_s,
                                             u"1200"_s);
    const QCommandLineOption demoAs(u"demo-as"_s, u"以此角色查看演示工作区：rep（销售）、supervisor（主管）、manager（区域经理）"_s,
                                    u"role"_s);
    parser.addOptions({demoAs, workspace, demoLeads, language, screenshot, screenshotAction, screenshotDelay, server, serverCa});
    parser.process(app);

    installTranslations(app, parser.value(language));
    const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
    sales::installLogFile(logDir + u"/sales-client.log"_s);

    sales::StartupController::Options options;
    options.workspaceRoot = parser.isSet(workspace) ? parser.value(workspace) : sales::WorkspaceDir::defaultDemoRoot();
    options.demo = !parser.isSet(workspace) || parser.isSet(demoLeads);
    options.demoOptions = sales::DemoOptions::benchmark(qBound(1, parser.value(demoLeads).toInt(), 1000000));

    if (parser.isSet(demoAs)) {
        const QString role = parser.value(demoAs);
        if (role == u"rep"_s)
            options.demoAs = sales::UserRole::Rep;
        else if (role == u"supervisor"_s)
            options.demoAs = sales::UserRole::Supervisor;
        else if (role == u"manager"_s)
            options.demoAs = sales::UserRole::Manager;
        else {
            qCritical("--demo-as: '%s' is not rep, supervisor or manager", qPrintable(role));
            return 2;
        }
    }
    options.serverUrl = parser.value(server);
    options.serverCa = parser.value(serverCa);
    sales::StartupController controller(options);
    QObject::connect(&controller, &sales::StartupController::failed, &app, [] { QApplication::exit(1); });
    QObject::connect(&controller, &sales::StartupController::alreadyRunning, &app, [] {
        qInfo("%s", qPrintable(QCoreApplication::translate("main", "该工作区已在另一个窗口中打开，已切换到那个窗口。")));
        QApplication::exit(0);
    });
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        const QString action = parser.value(screenshotAction);
        // Later than the default (e.g. after the background check, 3 s in): whatever opened is in the picture too.
        const bool wholeScreen = !action.isEmpty() || parser.isSet(screenshotDelay);
        const int delay = qBound(300, parser.value(screenshotDelay).toInt(), 600000);
        QObject::connect(&controller, &sales::StartupController::ready, &app,
                         [path, action, wholeScreen, delay](sales::MainWindow *window) {
            if (auto *a = window->findAction(action))
                QTimer::singleShot(300, a, &QAction::trigger);
            QTimer::singleShot(delay, window, [window, path, wholeScreen] {
                // With a dialog open, take the whole screen so the dialog is in the picture.
                const QPixmap shot = wholeScreen ? window->screen()->grabWindow(0) : window->grab();
                QApplication::exit(shot.save(path) ? 0 : 2);
            });
        });
    }
    // Logging out sends SIGTERM: quit as the window's close button would, so drafts
    // are kept and the replica is closed cleanly when the controller goes.
    sales::TerminationSignals termination;
    QObject::connect(&termination, &sales::TerminationSignals::received, &app, [&controller](int number) {
        qInfo("signal %d: closing the workspace", number);
        if (sales::MainWindow *window = controller.mainWindow())
            window->close();
        QApplication::exit(0);
    });
    QObject::connect(&controller, &sales::StartupController::ready, &app,
                     [] { qInfo("main window shown"); });
    controller.start();
    return app.exec();
}
