// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/filepicker.h"

#include "dialogs/filepreview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

const QSize kPreviewBox(320, 200);

} // namespace

FilePicker::FilePicker(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"filePicker"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewBox);
    layout->addWidget(m_preview, 1);
    m_info = new QLabel(this);
    m_info->setObjectName(u"fileInfo"_s);
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_choose = new QPushButton(tr("选择文件(&F)…"), this);
    m_choose->setObjectName(u"chooseFile"_s);
    layout->addWidget(m_choose, 0, Qt::AlignCenter);
    connect(m_choose, &QPushButton::clicked, this, &FilePicker::choose);
    showFile();
}

bool FilePicker::setFile(const QString &path)
{
    QString error;
    std::optional<Attachment> file = loadAttachment(path, &error, m_maxBytes);
    if (!file) {
        Q_EMIT refused(error);
        return false;
    }
    m_file = std::move(file);
    showFile();
    Q_EMIT refused({});
    Q_EMIT changed();
    return true;
}

void FilePicker::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes;
    showFile();
}

void FilePicker::clear()
{
    m_file.reset();
    showFile();
}

bool FilePicker::hasPreview() const
{
    return !m_preview->pixmap().isNull();
}

void FilePicker::showFile()
{
    if (!m_file) {
        m_preview->setPixmap({});
        m_preview->setText(tr("把文件拖到这里"));
        m_info->setText(tr("图片和 PDF 可以预览；单个文件不超过 %1。").arg(attachmentSizeText(m_maxBytes)));
        return;
    }
    const QImage preview = attachmentPreview(*m_file, kPreviewBox);
    if (preview.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("（此类文件无法预览）"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(preview));
    }
    m_info->setText(tr("%1 · %2").arg(m_file->fileName, attachmentSizeText(m_file->data.size())));
}

void FilePicker::choose()
{
    auto *picker = new QFileDialog(this, tr("选择文件"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilters({tr("图片和 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)"), tr("所有文件 (*)")});
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &FilePicker::setFile);
    picker->open();
}

void FilePicker::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFilePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilePicker::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (paths.size() > 1)
        Q_EMIT refused(tr("一次只能添加一个文件，请分别拖入。"));
    else
        setFile(paths.constFirst());
}

} // namespace sales
