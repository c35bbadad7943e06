// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sales {

// Moving a lead back is allowed but counted (backflow) and needs a reason.
class MoveBackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveBackDialog)

public:
    // earlierStages: (key, name) of the stages before the current one, nearest last.
    MoveBackDialog(const QString &leadTitle, const QList<QPair<QString, QString>> &earlierStages,
                   QWidget *parent = nullptr);

    QString stageKey() const;
    QString reason() const;
    void showReasonError(const QString &message);

private:
    void validate();

    QComboBox *m_stage = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sales
