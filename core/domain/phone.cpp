// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Numbering plan of mainland China, as far as a sales desk meets it:
//  mobile    1[3-9]x xxxx xxxx (11 digits)
//  landline  0 + area code (010, 02x: 3 digits with 8-digit numbers; 0xxx: 4 digits
//            with 7-8 digit numbers), the local number never starts with 0 or 1
//  service   400 / 800 + 7 digits
// With +86 the area code's 0 is dropped; people still type it ("+86 (0)571 ...").

namespace sales {
namespace {

constexpr qsizetype MaxExtensionDigits = 6;

PhoneNumber invalid(const QString &error)
{
    PhoneNumber p;
    p.error = error;
    return p;
}

bool isSeparator(QChar c)
{
    // After NFKC full-width forms are ASCII; the dashes below have no compatibility form.
    static const QString separators = u" -().·/\u2010\u2011\u2012\u2013\u2014\u2212\u30FC"_s;
    return separators.contains(c) || c.isSpace();
}

struct Groups
{
    QStringList digits;       // runs of digits
    QList<QChar> separatorBefore; // the last separator before each run (null for none)
    bool plus = false;        // a leading '+'
    QString badCharacter;
};

Groups splitGroups(const QString &text)
{
    Groups g;
    QChar lastSeparator;
    bool inDigits = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 0x80) {
            if (!inDigits) {
                g.digits.append(QString());
                g.separatorBefore.append(lastSeparator);
                lastSeparator = QChar();
            }
            g.digits.last().append(c);
            inDigits = true;
        } else if (c == u'+' && g.digits.isEmpty() && !g.plus) {
            g.plus = true;
            inDigits = false;
        } else if (isSeparator(c)) {
            lastSeparator = c;
            inDigits = false;
        } else {
            g.badCharacter = c;
            return g;
        }
    }
    return g;
}

QString groupedLocal(const QString &local)
{
    // 8 digits read as 4+4, 7 digits as 3+4.
    const qsizetype head = local.size() - 4;
    return local.left(head) + u' ' + local.mid(head);
}

PhoneNumber mobile(const QString &n)
{
    if (n.size() != 11)
        return invalid(QCoreApplication::translate("sales::Phone", "手机号应为 11 位，以 1 开头（现在是 %1 位）")
                           .arg(n.size()));
    if (n.at(1) < u'3')
        return invalid(QCoreApplication::translate("sales::Phone", "手机号号段不对：第二位应为 3–9"));
    PhoneNumber p;
    p.kind = PhoneNumber::Kind::Mobile;
    p.canonical = u"86"_s + n;
    p.display = u"+86 %1 %2 %3"_s.arg(n.left(3), n.mid(3, 4), n.mid(7));
    return p;
}

PhoneNumber service(const QString &n)
{
    if (n.size() != 10)
        return invalid(QCoreApplication::translate("sales::Phone", "400/800 号码应为 10 位，例如 400-820-8820"));
    PhoneNumber p;
    p.kind = PhoneNumber::Kind::Service;
    p.canonical = u"86"_s + n;
    p.display = u"%1-%2-%3"_s.arg(n.left(3), n.mid(3, 3), n.mid(6));
    return p;
}

PhoneNumber landline(const QString &n) // n starts with the area code's 0
{
    static const QRegularExpression threeDigitArea(u"^0(10|2[0-57-9])"_s);
    static const QRegularExpression fourDigitArea(u"^0[3-9]\\d\\d"_s);
    qsizetype areaLength = 0;
    if (threeDigitArea.match(n).hasMatch())
        areaLength = 3;
    else if (fourDigitArea.match(n).hasMatch())
        areaLength = 4;
    else
        return invalid(QCoreApplication::translate("sales::Phone", "区号“%1”不存在，请检查座机号码")
                           .arg(n.left(4)));
    const QString area = n.left(areaLength);
    const QString local = n.mid(areaLength);
    if (areaLength == 3 && local.size() != 8)
        return invalid(QCoreApplication::translate("sales::Phone", "区号 %1 后应为 8 位号码（现在是 %2 位）")
                           .arg(area)
                           .arg(local.size()));
    if (areaLength == 4 && (local.size() < 7 || local.size() > 8))
        return invalid(QCoreApplication::translate("sales::Phone", "区号 %1 后应为 7–8 位号码（现在是 %2 位）")
                           .arg(area)
                           .arg(local.size()));
    if (local.at(0) < u'2')
        return invalid(QCoreApplication::translate("sales::Phone", "座机号码不能以 0 或 1 开头（区号之后）"));
    PhoneNumber p;
    p.kind = PhoneNumber::Kind::Landline;
    p.canonical = u"86"_s + n;
    p.display = area + u'-' + groupedLocal(local);
    return p;
}

// digits: everything the user typed, country code included.
PhoneNumber parseDigits(QString digits, bool plus)
{
    bool international = plus;
    if (plus) {
        if (!digits.startsWith(u"86"_s))
            return invalid(QCoreApplication::translate("sales::Phone", "目前只支持中国大陆号码（+86）"));
        digits.remove(0, 2);
    } else if (digits.startsWith(u"0086"_s)) {
        digits.remove(0, 4);
        international = true;
    } else if (digits.startsWith(u"86"_s) && digits.size() >= 11) {
        // No national number starts with 86, so a long one that does carries the country code.
        digits.remove(0, 2);
        international = true;
    }
    if (digits.isEmpty())
        return invalid(QCoreApplication::translate("sales::Phone", "请输入电话号码"));

    const bool mobilePrefix = digits.size() >= 2 && digits.at(0) == u'1' && digits.at(1) != u'0';
    if (digits.startsWith(u"400"_s) || digits.startsWith(u"800"_s))
        return service(digits);
    if (digits.at(0) == u'1' && (mobilePrefix || !international))
        return mobile(digits);
    if (digits.at(0) == u'0') {
        // Some people dial a mobile with a leading 0 out of habit.
        if (digits.size() == 12 && digits.at(1) == u'1' && digits.at(2) >= u'3')
            return mobile(digits.mid(1));
        return landline(digits);
    }
    if (international)
        return landline(u'0' + digits);
    if (digits.size() == 7 || digits.size() == 8)
        return invalid(QCoreApplication::translate("sales::Phone", "座机号码请加上区号，例如 0571-8888 6666"));
    return invalid(QCoreApplication::translate("sales::Phone",
                                               "无法识别的号码：手机号应为 11 位，以 1 开头；座机号码需带区号"));
}

PhoneNumber withExtension(PhoneNumber p, const QString &extension)
{
    if (p.kind == PhoneNumber::Kind::Mobile)
        return invalid(QCoreApplication::translate("sales::Phone", "手机号不能带分机号"));
    p.extension = extension;
    p.display += u" 转"_s + extension;
    return p;
}

} // namespace

PhoneNumber normalizePhone(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("sales::Phone", "请输入电话号码"));

    // An explicit extension: "转123", "分机 123", "ext. 123", "x123", "#123".
    static const QRegularExpression marked(u"^(.*?)\\s*(?:转|分机号?|ext\\.?|extension|x|#)\\s*(\\S*)\\s*$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString extension;
    if (const auto m = marked.match(text); m.hasMatch()) {
        static const QRegularExpression extensionDigits(u"^\\d{1,%1}$"_s.arg(MaxExtensionDigits));
        extension = m.captured(2);
        if (!extensionDigits.match(extension).hasMatch())
            return invalid(QCoreApplication::translate("sales::Phone", "分机号应为 1–%1 位数字").arg(MaxExtensionDigits));
        text = m.captured(1);
    }

    const Groups groups = splitGroups(text);
    if (!groups.badCharacter.isEmpty())
        return invalid(QCoreApplication::translate("sales::Phone", "电话号码中有无法识别的字符“%1”")
                           .arg(groups.badCharacter));
    if (groups.digits.isEmpty())
        return invalid(QCoreApplication::translate("sales::Phone", "请输入电话号码"));

    PhoneNumber p = parseDigits(groups.digits.join(QString()), groups.plus);
    if (p.kind != PhoneNumber::Kind::Invalid)
        return extension.isEmpty() ? p : withExtension(p, extension);

    // "0571-8888 6666-123": a trailing dashed group that only fits as an extension.
    if (extension.isEmpty() && groups.digits.size() >= 2 && groups.separatorBefore.last() == u'-'
        && groups.digits.last().size() <= MaxExtensionDigits) {
        const PhoneNumber main = parseDigits(groups.digits.first(groups.digits.size() - 1).join(QString()),
                                             groups.plus);
        if (main.kind == PhoneNumber::Kind::Landline || main.kind == PhoneNumber::Kind::Service)
            return withExtension(main, groups.digits.last());
    }
    return p;
}

} // namespace sales
