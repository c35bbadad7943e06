// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"

#include <QDialog>
#include <QList>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sales {

class ConflictStore;

// What sync could not save as typed, one record at a time: mine, the server's
// and the value both started from, side by side, with a merge box prefilled
// with mine. Records that cannot be written back (lost access, whole rows) only
// offer 知道了, with every value shown as selectable text so nothing is lost.
// Ctrl+Enter takes the merge (or 知道了); after each resolution the next
// record is selected and resolved() is emitted.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    explicit ConflictDialog(ConflictStore &store, QWidget *parent = nullptr);

    // Re-reads the open records and selects the one at row (clamped).
    void reload(int row = 0);
    int count() const { return int(m_records.size()); }
    qint64 currentId() const; // 0 when nothing is selected
    QString problemText() const;

Q_SIGNALS:
    void resolved();

private:
    enum class Resolution { KeepMine, KeepServer, Merge };

    const ConflictRecord *current() const;
    bool writable() const;
    void showCurrent();
    void resolve(Resolution how);
    void acceptPrimary();
    void setProblem(const QString &text);
    QPlainTextEdit *addBox(QGridLayout *grid, int row, int column, const QString &caption,
                           const QString &objectName);

    ConflictStore &m_store;
    QList<ConflictRecord> m_records;
    QTreeWidget *m_list = nullptr;
    QLabel *m_reason = nullptr;
    QPlainTextEdit *m_mine = nullptr;
    QPlainTextEdit *m_server = nullptr;
    QPlainTextEdit *m_base = nullptr;
    QPlainTextEdit *m_merge = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepServer = nullptr;
    QPushButton *m_useMerge = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sales
