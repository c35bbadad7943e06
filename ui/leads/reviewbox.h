// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sales {

struct LeadDetail;

// The review of the lead's current stage as its rep sees it: 待审核 with the
// deadline and what happens then; approved, by whom; rejected with the reason and
// the stage's script packs (话术包), and the button to resubmit once evidence is
// added. Provisional states (the deadline passed, the server's row not synced
// yet) say so. Hidden when the stage needs no review.
class ReviewBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewBox)

public:
    explicit ReviewBox(QWidget *parent = nullptr);

    void showReview(const LeadDetail &detail, const QDateTime &now);
    void clear();

    QPushButton *resubmitButton() const { return m_resubmit; }
    QString statusText() const;

Q_SIGNALS:
    void resubmitRequested();

private:
    QLabel *m_status = nullptr;
    QTextBrowser *m_scripts = nullptr;
    QPushButton *m_resubmit = nullptr;
};

} // namespace sales
