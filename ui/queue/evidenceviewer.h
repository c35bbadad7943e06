// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace sales {

struct EvidenceItem;

// One item of evidence shown inside the client, never in an outside program (the
// file stays in the encrypted replica): an image, a PDF with Qt PDF (every page,
// fit to the width), a text; a recording or any other file is named with its size.
class EvidenceViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    enum class Shown { Nothing, Text, Image, Pdf, Listed };

    explicit EvidenceViewer(QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // content is null when the file was not loaded (a recording, too large, not synced yet).
    void showEvidence(const EvidenceItem &item, const QString &requirementLabel, const QByteArray *content,
                      qint64 size, const QString &caseTitle = {});
    void clear();

    Shown shown() const { return m_shown; }
    int pdfPageCount() const;

private:
    void showListed(const QString &text);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_listed = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_pdfBytes = nullptr;
    Shown m_shown = Shown::Nothing;
};

} // namespace sales
