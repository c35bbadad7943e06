// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadquery.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace sales {

// The search box and the filter combo boxes above the lead list. Typing is
// debounced (SearchDelayMs after the last key; Enter searches at once); a combo
// box change applies at once. filterChanged is emitted only when the filter
// really changed.
class LeadFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFilterBar)

public:
    static constexpr int SearchDelayMs = 150;

    explicit LeadFilterBar(QWidget *parent = nullptr);
    // Fills the combo boxes from the replica (LeadQuery::filterChoices()).
    explicit LeadFilterBar(const QSqlDatabase &db, QWidget *parent = nullptr);

    // Replaces what the combo boxes offer; a current choice that is still offered stays.
    void setChoices(const LeadFilterChoices &choices);
    LeadFilter filter() const;
    void clear(); // everything back to 全部 and an empty search

Q_SIGNALS:
    void filterChanged(const sales::LeadFilter &filter);

private:
    // A stage choice's template (LeadFilterChoice::templateId), beside its key.
    static constexpr int TemplateRole = Qt::UserRole + 1;

    void emitIfChanged();
    static void fill(QComboBox *box, const QString &allText, const QList<LeadFilterChoice> &choices);

    QLineEdit *m_search = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_sla = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_source = nullptr;
    QTimer *m_debounce = nullptr;
    LeadFilter m_emitted;
};

} // namespace sales
