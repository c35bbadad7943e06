// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace sales {

// Shows the service's per-field validation (Result::fieldErrors) in place:
// a red line under each input, and focus on the first bad one in form order.
// Messages for fields the form does not show go to the general problem line.
class FieldErrors final
{
    Q_DISABLE_COPY_MOVE(FieldErrors)

public:
    FieldErrors() = default;

    // Wraps input and its (hidden) error line in one cell for a form row. The
    // error label is named "<field>Error" so tests and accessibility can find it.
    QWidget *wrap(const QString &field, QWidget *input, QWidget *parent);
    // Another name the service may use for the same input (e.g. "personName" and "text").
    void alias(const QString &otherName, const QString &field);

    // Returns the messages no registered field took, for the general line.
    QStringList show(const QHash<QString, QString> &errors);
    void clear();
    // One field's message (empty clears it), e.g. a file refused before any submit.
    void set(const QString &field, const QString &text);
    QString text(const QString &field) const;

private:
    struct Entry
    {
        QString field;
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    const Entry *find(const QString &name) const;

    QList<Entry> m_entries; // in form (and tab) order
    QHash<QString, QString> m_aliases;
};

} // namespace sales
