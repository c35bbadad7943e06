// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sales {

// Asks for the passphrase that protects a workspace when no keychain holds its
// key. When creating, asks twice and says why a passphrase is needed at all.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    PassphraseDialog(bool creating, const QString &why, QWidget *parent = nullptr);

    QString passphrase() const;

private:
    void validate();

    bool m_creating = false;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sales
