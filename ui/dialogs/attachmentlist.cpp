// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/attachmentlist.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {

AttachmentList::AttachmentList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setMaximumHeight(90);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("添加附件(&F)…"), this);
    m_add->setObjectName(u"addFiles"_s);
    m_remove = new QPushButton(tr("移除附件(&R)"), this);
    m_remove->setObjectName(u"removeFile"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    connect(m_add, &QPushButton::clicked, this, &AttachmentList::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeCurrent);
    refresh();
}

QString AttachmentList::addFiles(const QStringList &paths)
{
    QStringList refusals;
    for (const QString &path : paths) {
        QString error;
        if (std::optional<Attachment> attachment = loadAttachment(path, &error))
            m_attachments.append(std::move(*attachment));
        else
            refusals.append(error);
    }
    refresh();
    if (paths.size() > refusals.size())
        Q_EMIT changed();
    const QString message = refusals.join(u'\n');
    Q_EMIT refused(message);
    return message;
}

QJsonArray AttachmentList::toDraft() const
{
    QJsonArray files;
    for (const Attachment &attachment : m_attachments)
        files.append(attachmentToDraft(attachment));
    return files;
}

QStringList AttachmentList::restoreDraft(const QJsonArray &draft)
{
    m_attachments.clear();
    QStringList lost;
    for (const QJsonValue &file : draft) {
        if (std::optional<Attachment> attachment = loadAttachment(attachmentPathFromDraft(file.toObject()), nullptr))
            m_attachments.append(std::move(*attachment));
        else
            lost.append(attachmentNameFromDraft(file.toObject()));
    }
    refresh();
    return lost;
}

void AttachmentList::pickFiles()
{
    auto *picker = new QFileDialog(this, tr("添加附件"));
    picker->setFileMode(QFileDialog::ExistingFiles);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::filesSelected, this, &AttachmentList::addFiles);
    picker->open();
}

void AttachmentList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    refresh();
    Q_EMIT changed();
}

void AttachmentList::refresh()
{
    m_list->clear();
    for (const Attachment &attachment : std::as_const(m_attachments))
        m_list->addItem(attachment.fileName + u"  ("_s + attachmentSizeText(attachment.data.size()) + u')');
    if (m_attachments.isEmpty())
        m_list->addItem(tr("没有附件。也可以把文件拖到这个窗口里。"));
    m_list->setCurrentRow(m_attachments.isEmpty() ? -1 : int(m_attachments.size()) - 1);
    m_remove->setEnabled(!m_attachments.isEmpty());
}

} // namespace sales
