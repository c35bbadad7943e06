// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sales-server"));
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sales::server::cli::run(QCoreApplication::arguments(), in, out, err);
}
