// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/attachment.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace sales {

// The files attached to an activity: a list with add (file picker) and remove.
// Refused files (too big, unreadable) come back as a sentence for the form to show.
class AttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)

public:
    explicit AttachmentList(QWidget *parent = nullptr);

    QList<Attachment> attachments() const { return m_attachments; }
    // Returns the refusals, one line per file; empty when every file was taken.
    QString addFiles(const QStringList &paths);

    QJsonArray toDraft() const;
    // Re-reads the files a draft names; returns the names of those no longer there.
    QStringList restoreDraft(const QJsonArray &draft);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void refused(const QString &message);

private:
    void pickFiles();
    void removeCurrent();
    void refresh();

    QList<Attachment> m_attachments;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace sales
