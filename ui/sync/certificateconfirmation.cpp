// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateconfirmation.h"

#include "fingerprintdialog.h"
#include "sync/syncclient.h"

#include <QUrl>
#include <QWidget>

namespace sales {
namespace {
QByteArray rawFingerprint(const QString &fp)
{
    return QByteArray::fromHex(SyncClient::normalizeFingerprint(fp).toLatin1());
}
} // namespace

CertificateConfirmation::CertificateConfirmation(QObject *parent) : QObject(parent)
{
    connect(&m_probe, &CertificateProbe::finished, this, [this](const QString &fingerprint, const QString &error) {
        if (fingerprint.isEmpty())
            return Q_EMIT failed(error);
        if (!m_pinned.isEmpty()
            && SyncClient::normalizeFingerprint(fingerprint) == SyncClient::normalizeFingerprint(m_pinned))
            return Q_EMIT trusted(fingerprint);
        if (m_hadParent && !m_parent)
            return; // whoever asked is gone
        ask(fingerprint);
    });
}

CertificateConfirmation::~CertificateConfirmation()
{
    cancel();
}

void CertificateConfirmation::start(QWidget *parent, const QString &serverUrl, const QString &pinned)
{
    cancel();
    m_parent = parent;
    m_hadParent = parent != nullptr;
    m_url = serverUrl;
    m_pinned = pinned;
    m_probe.start(serverUrl);
}

void CertificateConfirmation::cancel()
{
    m_probe.cancel();
    if (FingerprintDialog *dialog = m_dialog) {
        m_dialog = nullptr;
        dialog->disconnect(this);
        dialog->close();
    }
}

void CertificateConfirmation::ask(const QString &fingerprint)
{
    const QString host = QUrl(m_url).host();
    auto *dialog = m_pinned.isEmpty()
        ? new FingerprintDialog(host, rawFingerprint(fingerprint), m_parent)
        : new FingerprintDialog(host, rawFingerprint(fingerprint), rawFingerprint(m_pinned), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, fingerprint](int result) {
        if (dialog != m_dialog)
            return;
        m_dialog = nullptr;
        if (result == QDialog::Accepted)
            Q_EMIT trusted(fingerprint);
        else
            Q_EMIT refused();
    });
    dialog->open();
}

} // namespace sales
