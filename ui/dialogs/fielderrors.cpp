// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sales {

QWidget *FieldErrors::wrap(const QString &field, QWidget *input, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(cell);
    layout->addWidget(input);
    auto *label = new QLabel(cell);
    label->setObjectName(field + u"Error"_s);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setWordWrap(true);
    label->setVisible(false);
    layout->addWidget(label);
    if (input->objectName().isEmpty())
        input->setObjectName(field);
    m_entries.append({field, input, label});
    return cell;
}

void FieldErrors::alias(const QString &otherName, const QString &field)
{
    m_aliases.insert(otherName, field);
}

const FieldErrors::Entry *FieldErrors::find(const QString &name) const
{
    const QString field = m_aliases.value(name, name);
    for (const Entry &entry : m_entries) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}

QStringList FieldErrors::show(const QHash<QString, QString> &errors)
{
    clear();
    QStringList unplaced;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const Entry *entry = find(it.key());
        if (!entry) {
            unplaced.append(it.value());
            continue;
        }
        const QString previous = entry->label->text();
        entry->label->setText(previous.isEmpty() ? it.value() : previous + u'\n' + it.value());
        entry->label->setVisible(true);
    }
    for (const Entry &entry : m_entries) {
        if (!entry.label->text().isEmpty()) {
            entry.input->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    unplaced.sort(); // QHash order is random; keep the line stable
    return unplaced;
}

void FieldErrors::clear()
{
    for (const Entry &entry : m_entries) {
        entry.label->clear();
        entry.label->setVisible(false);
    }
}

void FieldErrors::set(const QString &field, const QString &text)
{
    if (const Entry *entry = find(field)) {
        entry->label->setText(text);
        entry->label->setVisible(!text.isEmpty());
    }
}

QString FieldErrors::text(const QString &field) const
{
    const Entry *entry = find(field);
    return entry ? entry->label->text() : QString();
}

} // namespace sales
