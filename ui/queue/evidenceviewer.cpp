// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceviewer.h"

#include "domain/evidenceitem.h"
#include "domain/labels.h"
#include "workspace/reviewcase.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace sales {

EvidenceViewer::EvidenceViewer(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_listed = new QLabel(m_stack);
    m_listed->setObjectName(QStringLiteral("evidenceListed"));
    m_listed->setWordWrap(true);
    m_listed->setAlignment(Qt::AlignCenter);
    m_listed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("evidenceText"));
    m_text->setReadOnly(true);
    m_imageArea = new QScrollArea(m_stack);
    m_image = new QLabel(m_imageArea);
    m_image->setObjectName(QStringLiteral("evidenceImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_pdf = new QPdfDocument(this);
    m_pdfBytes = new QBuffer(this);
    m_pdfView = new QPdfView(m_stack);
    m_pdfView->setObjectName(QStringLiteral("evidencePdf"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    for (QWidget *w : {static_cast<QWidget *>(m_listed), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_imageArea), static_cast<QWidget *>(m_pdfView)})
        m_stack->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

EvidenceViewer::~EvidenceViewer()
{
    m_pdf->close(); // before the buffer it reads goes
}

int EvidenceViewer::pdfPageCount() const
{
    return m_shown == Shown::Pdf ? m_pdf->pageCount() : 0;
}

void EvidenceViewer::clear()
{
    m_pdf->close();
    m_pdfBytes->close();
    m_pdfBytes->setData(QByteArray());
    m_image->clear();
    m_text->clear();
    showListed(tr("选择左侧的一项证据查看"));
    m_shown = Shown::Nothing;
}

void EvidenceViewer::showListed(const QString &text)
{
    m_listed->setText(text);
    m_stack->setCurrentWidget(m_listed);
    m_shown = Shown::Listed;
}

void EvidenceViewer::showEvidence(const EvidenceItem &item, const QString &requirementLabel,
                                  const QByteArray *content, qint64 size, const QString &caseTitle)
{
    clear();
    switch (item.kind) {
    case EvidenceKind::FreeText:
        m_text->setPlainText(item.text);
        m_stack->setCurrentWidget(m_text);
        m_shown = Shown::Text;
        return;
    case EvidenceKind::Role:
        m_text->setPlainText(tr("%1：%2").arg(item.role, item.text));
        m_stack->setCurrentWidget(m_text);
        m_shown = Shown::Text;
        return;
    case EvidenceKind::CaseLink:
        showListed(tr("关联案例：%1").arg(caseTitle.isEmpty() ? item.caseId : caseTitle));
        return;
    case EvidenceKind::File:
        break;
    }
    const QString sizeText = size >= 0 ? QLocale().formattedDataSize(size) : tr("大小未知");
    if (!content) {
        const EvidenceFileKind kind = evidenceFileKind(item.fileName, {});
        if (size < 0)
            showListed(tr("%1（%2）\n文件尚未同步到本机，同步后可查看。").arg(item.fileName, requirementLabel));
        else if (kind == EvidenceFileKind::Recording)
            showListed(tr("录音：%1（%2）\n录音只列出，不在此播放。").arg(item.fileName, sizeText));
        else
            showListed(tr("%1（%2）\n文件较大，未在此显示。").arg(item.fileName, sizeText));
        return;
    }
    switch (evidenceFileKind(item.fileName, content->left(16))) {
    case EvidenceFileKind::Image: {
        QImage image;
        if (image.loadFromData(*content)) {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_stack->setCurrentWidget(m_imageArea);
            m_shown = Shown::Image;
            return;
        }
        break;
    }
    case EvidenceFileKind::Pdf:
        m_pdfBytes->setData(*content);
        m_pdfBytes->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBytes);
        if (m_pdf->status() == QPdfDocument::Status::Ready && m_pdf->pageCount() > 0) {
            m_stack->setCurrentWidget(m_pdfView);
            m_shown = Shown::Pdf;
            return;
        }
        m_pdf->close();
        break;
    case EvidenceFileKind::Text: {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(*content);
        if (!utf8.hasError()) {
            m_text->setPlainText(text);
            m_stack->setCurrentWidget(m_text);
            m_shown = Shown::Text;
            return;
        }
        break;
    }
    case EvidenceFileKind::Recording:
        showListed(tr("录音：%1（%2）\n录音只列出，不在此播放。").arg(item.fileName, sizeText));
        return;
    case EvidenceFileKind::Other:
        showListed(tr("%1（%2）\n此类文件不能在此预览。").arg(item.fileName, sizeText));
        return;
    }
    showListed(tr("%1（%2）\n文件无法打开：内容与文件类型不符或已损坏。").arg(item.fileName, sizeText));
}

} // namespace sales
