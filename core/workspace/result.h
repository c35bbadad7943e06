// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QtGlobal>
#include <QString>

#include <optional>
#include <utility>

namespace sales {

// What every service operation answers, in one shape, so a dialog shows any
// refusal the same way: ok, or a message for the user and, for validation, a
// sentence per input field (keyed by the input's member name, e.g. "accountName",
// "contactPhone") to show next to that field. id names the row created or changed.
// A service that must say more derives from it (StageMoveResult adds the gate).
struct Result
{
    bool ok = false;
    QString id;
    QString message;                     // a sentence for the user; empty when ok
    QHash<QString, QString> fieldErrors; // validation, per field

    static Result success(QString id = {})
    {
        Result r;
        r.ok = true;
        r.id = std::move(id);
        return r;
    }
    static Result failure(QString message)
    {
        Result r;
        r.message = std::move(message);
        return r;
    }
    // One field is wrong; the message is that field's sentence.
    static Result fieldFailure(const QString &field, const QString &message)
    {
        Result r = failure(message);
        r.fieldErrors.insert(field, message);
        return r;
    }
};

// A value read by a service, or the Result saying why there is none. Where
// "nothing there" is a normal answer (a draft that was never saved), T is a
// std::optional and the Expected is still ok.
template<class T>
class Expected final
{
public:
    Expected(T value) : m_value(std::move(value)) { m_failure.ok = true; } // NOLINT: implicit on purpose
    Expected(Result failure) : m_failure(std::move(failure)) { m_failure.ok = false; } // NOLINT

    static Expected failure(QString message) { return Expected(Result::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only when ok(): asking a failure for its value is a bug, and stops the program.
    const T &operator*() const { return checked(); }
    T &operator*() { return const_cast<T &>(checked()); }
    const T *operator->() const { return &checked(); }
    T *operator->() { return &const_cast<T &>(checked()); }
    const T &value() const { return checked(); }

    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    // Why there is no value: empty when ok().
    const QString &message() const { return m_failure.message; }
    const Result &result() const { return m_failure; }

private:
    const T &checked() const
    {
        if (!m_value)
            qFatal("Expected: no value, the operation failed: %s", qUtf8Printable(m_failure.message));
        return *m_value;
    }

    std::optional<T> m_value;
    Result m_failure;
};

} // namespace sales
