// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sales {

// A Chinese phone number in one canonical form, so the same number typed as
// "138-0013-8000", "+86 138 0013 8000" or "8613800138000" is recognised as one.
struct PhoneNumber
{
    enum class Kind { Invalid, Mobile, Landline, Service }; // Service: 400/800 numbers
    Kind kind = Kind::Invalid;
    QString canonical; // digits only with country code, e.g. "8613800138000", "86057188886666"
    QString display;   // "+86 138 0013 8000", "0571-8888 6666", "400-820-8820", "0571-8888 6666 转123"
    QString error;     // a Chinese sentence when Invalid
    QString extension; // landline/service extension digits ("123"); not part of canonical
};

// Accepts full-width digits, +86 / 86 / 0086, spaces, dashes, parentheses and an
// extension ("转123", "分机123", "ext 123", or a trailing "-123" after a landline).
PhoneNumber normalizePhone(const QString &input);

} // namespace sales
