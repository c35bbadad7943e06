// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fingerprintdialog.h"
#include "sync/certificateprobe.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace sales {

// "Do we trust the certificate this server shows now?", without a nested event
// loop: fetches the certificate (CertificateProbe), and unless it is the pinned
// one asks the user in a FingerprintDialog opened with open(). Every start()
// ends in exactly one of trusted, refused or failed, unless it is cancelled or
// the parent it was given goes before the user has answered.
class CertificateConfirmation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateConfirmation)

public:
    explicit CertificateConfirmation(QObject *parent = nullptr);
    ~CertificateConfirmation() override;

    void setTimeoutMs(int ms) { m_probe.setTimeoutMs(ms); }
    // pinned: the fingerprint trusted so far, empty on first use. The dialog is
    // a child of parent (window-modal to it). Returns at once.
    void start(QWidget *parent, const QString &serverUrl, const QString &pinned);
    void cancel();
    bool isBusy() const { return m_probe.isRunning() || m_dialog; }
    FingerprintDialog *dialog() const { return m_dialog; } // while the user decides

Q_SIGNALS:
    void trusted(const QString &fingerprint); // the pinned one, or one the user accepted
    void refused();                           // the user did not trust it
    void failed(const QString &error);        // no certificate to show

private:
    void ask(const QString &fingerprint);

    CertificateProbe m_probe;
    QPointer<QWidget> m_parent;
    QPointer<FingerprintDialog> m_dialog;
    QString m_url;
    QString m_pinned;
    bool m_hadParent = false;
};

} // namespace sales
