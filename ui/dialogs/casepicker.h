// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/casestudy.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace sales {

// Picks one 战例 to link: a filter box over title, industry and story, and the list.
// Down in the filter box moves into the list, so it all works from the keyboard.
class CasePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePicker)

public:
    explicit CasePicker(QWidget *parent = nullptr);

    void setCases(const QList<CaseStudy> &cases);
    QString selectedCaseId() const;
    void selectCase(const QString &caseId);
    QString filterText() const;
    void setFilterText(const QString &text);
    int visibleCount() const;

    QLineEdit *filterBox() const { return m_filter; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();

    QList<CaseStudy> m_cases;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace sales
