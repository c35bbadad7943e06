// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyname.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sales {
namespace {

constexpr qsizetype MinCoreLength = 2;
constexpr qsizetype MinContainedLength = 4;

// Longest first, so 股份有限公司 goes before 有限公司 and 公司.
const QStringList &legalSuffixes()
{
    static const QStringList list{u"股份有限公司"_s, u"有限责任公司"_s, u"有限公司"_s, u"集团"_s, u"公司"_s};
    return list;
}

const QStringList &placeSuffixes()
{
    static const QStringList list{u"维吾尔自治区"_s, u"壮族自治区"_s, u"回族自治区"_s, u"特别行政区"_s,
                                  u"自治区"_s,       u"省"_s,         u"市"_s};
    return list;
}

QString stripSuffixes(QString core)
{
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &suffix : legalSuffixes()) {
            if (core.endsWith(suffix) && core.size() - suffix.size() >= MinCoreLength) {
                core.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    return core;
}

// Strips one leading place (with its 省/市 suffix); returns false when none fits.
bool stripLeadingPlace(QString &core, const QStringList &placesLongestFirst)
{
    for (const QString &place : placesLongestFirst) {
        if (!core.startsWith(place))
            continue;
        qsizetype length = place.size();
        for (const QString &suffix : placeSuffixes()) {
            if (QStringView(core).mid(length).startsWith(suffix)) {
                length += suffix.size();
                break;
            }
        }
        if (core.size() - length < MinCoreLength)
            return false;
        core.remove(0, length);
        return true;
    }
    return false;
}

} // namespace

const QStringList &builtinPlaceNames()
{
    // Leaves out city names that are also common company words (中山, 东方).
    static const QStringList list{
        u"中国"_s,   u"北京"_s,   u"天津"_s,     u"上海"_s,   u"重庆"_s,   u"河北"_s,   u"山西"_s,
        u"辽宁"_s,   u"吉林"_s,   u"黑龙江"_s,   u"江苏"_s,   u"浙江"_s,   u"安徽"_s,   u"福建"_s,
        u"江西"_s,   u"山东"_s,   u"河南"_s,     u"湖北"_s,   u"湖南"_s,   u"广东"_s,   u"海南"_s,
        u"四川"_s,   u"贵州"_s,   u"云南"_s,     u"陕西"_s,   u"甘肃"_s,   u"青海"_s,   u"内蒙古"_s,
        u"广西"_s,   u"西藏"_s,   u"宁夏"_s,     u"新疆"_s,   u"香港"_s,   u"澳门"_s,   u"杭州"_s,
        u"苏州"_s,   u"南京"_s,   u"宁波"_s,     u"无锡"_s,   u"合肥"_s,   u"温州"_s,   u"广州"_s,
        u"深圳"_s,   u"东莞"_s,   u"佛山"_s,     u"厦门"_s,   u"福州"_s,   u"南宁"_s,   u"石家庄"_s,
        u"太原"_s,   u"济南"_s,   u"青岛"_s,     u"武汉"_s,   u"长沙"_s,   u"郑州"_s,   u"南昌"_s,
        u"宜昌"_s,   u"洛阳"_s,   u"成都"_s,     u"昆明"_s,   u"贵阳"_s,   u"绵阳"_s,   u"西安"_s,
        u"兰州"_s,   u"银川"_s,   u"乌鲁木齐"_s, u"西宁"_s,   u"沈阳"_s,   u"大连"_s,   u"长春"_s,
        u"哈尔滨"_s, u"呼和浩特"_s, u"拉萨"_s,   u"海口"_s,   u"常州"_s,   u"徐州"_s,   u"南通"_s,
        u"绍兴"_s,   u"嘉兴"_s,   u"金华"_s,     u"台州"_s,   u"泉州"_s,   u"珠海"_s,   u"惠州"_s,
        u"烟台"_s,   u"潍坊"_s,   u"唐山"_s,     u"保定"_s,   u"昆山"_s,   u"义乌"_s,   u"扬州"_s,
    };
    return list;
}

QString companyNameCore(const QString &name, const QStringList &places)
{
    static const QRegularExpression brackets(u"[(\\[【〔][^)\\]】〕]*[)\\]】〕]"_s);
    static const QRegularExpression spaces(u"[\\s·・]+"_s);
    QString core = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    core.remove(brackets);
    core.remove(spaces);
    core = stripSuffixes(core);

    QStringList allPlaces = builtinPlaceNames() + places;
    allPlaces.removeAll(QString());
    std::sort(allPlaces.begin(), allPlaces.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // A province, then its city: "浙江省杭州市恒通" -> "恒通".
    for (int i = 0; i < 2 && stripLeadingPlace(core, allPlaces); ++i) {
    }
    return stripSuffixes(core);
}

bool similarCompanyCores(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= MinContainedLength && longer.contains(shorter);
}

} // namespace sales
