// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/attachment.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace sales {

// One file for a piece of evidence: dropped onto the zone or chosen with the
// button, checked against the size limit, then previewed (image or PDF first page)
// or named with its size.
class FilePicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePicker)

public:
    explicit FilePicker(QWidget *parent = nullptr);

    // As if the file had been dropped; false (and refused emitted) when it cannot be taken.
    bool setFile(const QString &path);
    void clear();
    std::optional<Attachment> file() const { return m_file; }
    void setMaxBytes(qint64 bytes);

    bool hasPreview() const;
    QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
    void changed();
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    void showFile();

    std::optional<Attachment> m_file;
    qint64 m_maxBytes = kMaxAttachmentBytes;
    QLabel *m_preview = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace sales
