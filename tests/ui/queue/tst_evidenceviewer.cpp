// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14.2: evidence is shown inside the client: a PDF rendered with Qt PDF
// (every page), an image, a text; a recording is listed with its size; a file
// whose content is not what its name says is told, never shown as blank.
#include "domain/evidenceitem.h"
#include "queue/evidenceviewer.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sales;

namespace {

QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), u"需求确认书 第一页"_s);
    writer.newPage();
    painter.drawText(QPointF(100, 100), u"第二页"_s);
    painter.end();
    return bytes;
}

EvidenceItem file(const QString &name)
{
    EvidenceItem e;
    e.kind = EvidenceKind::File;
    e.fileName = name;
    e.blobSha256 = u"x"_s;
    return e;
}

QString listedText(const EvidenceViewer &v)
{
    return v.findChild<QLabel *>(u"evidenceListed"_s)->text();
}

} // namespace

class TestEvidenceViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPdfIsRenderedInsideTheClient()
    {
        EvidenceViewer v;
        const QByteArray pdf = twoPagePdf();
        v.showEvidence(file(u"需求确认书.pdf"_s), u"签字的需求确认书"_s, &pdf, pdf.size());
        QCOMPARE(v.shown(), EvidenceViewer::Shown::Pdf);
        QCOMPARE(v.pdfPageCount(), 2);
        // Another item replaces it; the document is closed.
        const QByteArray text = "客户确认三期交付";
        v.showEvidence(file(u"纪要.txt"_s), u"纪要"_s, &text, text.size());
        QCOMPARE(v.shown(), EvidenceViewer::Shown::Text);
        QCOMPARE(v.pdfPageCount(), 0);
    }

    void anImageIsShown()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        EvidenceViewer v;
        v.showEvidence(file(u"官网截图.png"_s), u"官网截图"_s, &png, png.size());
        QCOMPARE(v.shown(), EvidenceViewer::Shown::Image);
    }

    void aRecordingIsListedWithItsSize()
    {
        EvidenceViewer v;
        v.showEvidence(file(u"采购部电话录音.m4a"_s), u"电话录音"_s, nullptr, 3 * 1024 * 1024);
        QCOMPARE(v.shown(), EvidenceViewer::Shown::Listed);
        QVERIFY2(listedText(v).contains(u"录音"_s) && listedText(v).contains(u"3"_s), qPrintable(listedText(v)));
    }

    void aFileThatIsNotWhatItsNameSaysIsTold()
    {
        EvidenceViewer v;
        const QByteArray junk = QByteArray(500, '\x01');
        v.showEvidence(file(u"报价单.pdf"_s), u"报价单"_s, &junk, junk.size());
        QCOMPARE(v.shown(), EvidenceViewer::Shown::Listed);
        QVERIFY2(listedText(v).contains(u"无法打开"_s), qPrintable(listedText(v)));
        // Not synced yet: said so, not shown blank.
        v.showEvidence(file(u"合同.pdf"_s), u"合同"_s, nullptr, -1);
        QVERIFY2(listedText(v).contains(u"尚未同步"_s), qPrintable(listedText(v)));
    }
};

QTEST_MAIN(TestEvidenceViewer)
#include "tst_evidenceviewer.moc"
