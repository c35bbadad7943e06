// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/filepreview.h"

#include "dialogs/attachment.h"

#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace sales {
namespace {

QImage pdfFirstPage(const Attachment &attachment, const QSize &box)
{
    // QPdfDocument loads a file name synchronously; bytes without a file go through a temporary one.
    QTemporaryFile temporary;
    QString path = attachment.sourcePath;
    if (path.isEmpty()) {
        if (!temporary.open() || temporary.write(attachment.data) != attachment.data.size())
            return {};
        temporary.close();
        path = temporary.fileName();
    }
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1)
        return {};
    const QSizeF page = document.pagePointSize(0);
    if (page.isEmpty())
        return {};
    const QSize size = page.scaled(QSizeF(box), Qt::KeepAspectRatio).toSize();
    const QImage image = document.render(0, size);
    if (image.isNull())
        return {};
    // Pages render on transparent; show them on paper white.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    painter.end();
    return paper;
}

} // namespace

QImage attachmentPreview(const Attachment &attachment, const QSize &box)
{
    if (attachment.isPdf())
        return pdfFirstPage(attachment, box);
    if (!attachment.isImage())
        return {};
    const QImage image = QImage::fromData(attachment.data);
    if (image.isNull())
        return {};
    if (image.width() <= box.width() && image.height() <= box.height())
        return image;
    return image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace sales
