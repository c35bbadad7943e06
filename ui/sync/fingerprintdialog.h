// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QCheckBox;
class QPushButton;
class QVBoxLayout;

namespace sales {

// Asks the user to pin a server's self-signed certificate. Fingerprints are the
// raw SHA-256 digest of the DER certificate (QSslCertificate::digest). Accepted
// means "trust it"; 取消 is the default button, so Enter never trusts by accident.
class FingerprintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FingerprintDialog)

public:
    // First connection to host: compare with what `sales-server init` printed.
    FingerprintDialog(const QString &host, const QByteArray &sha256, QWidget *parent = nullptr);
    // The server now shows a certificate that differs from the pinned one. The
    // trust button only appears once the user confirms checking with the admin.
    FingerprintDialog(const QString &host, const QByteArray &sha256, const QByteArray &pinnedSha256,
                      QWidget *parent = nullptr);

    bool isChanged() const { return !m_pinned.isEmpty(); }
    QByteArray fingerprint() const { return m_sha256; } // what to pin when accepted
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    // AB:CD:… (upper-case hex pairs), as `sales-server init` prints it.
    static QString formatFingerprint(const QByteArray &sha256);

private:
    void build(const QString &host);
    void addFingerprint(QVBoxLayout *layout, const QString &caption, const QByteArray &sha256,
                        const QString &objectName);

    QByteArray m_sha256;
    QByteArray m_pinned;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace sales
