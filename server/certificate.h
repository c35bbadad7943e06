// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sales::server::certificate {

// Makes a self-signed P-256 certificate (CN=sales-server, SAN 127.0.0.1 and
// localhost, 10 years) and writes it as PEM; the key file is created 0600.
bool generate(const QString &certPath, const QString &keyPath, QString *error);

// SHA-256 of the DER certificate as upper-case hex with colons (AB:CD:...).
QString fingerprint(const QByteArray &certPem);
QString fingerprintOfFile(const QString &certPath);

} // namespace sales::server::certificate
