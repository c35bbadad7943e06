// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadchoices.h"

using namespace Qt::StringLiterals;

namespace sales {

const QStringList &leadIndustries()
{
    static const QStringList list{u"工业设备"_s, u"医疗器械"_s, u"建材"_s, u"IT解决方案"_s, u"快消"_s};
    return list;
}

const QStringList &leadSources()
{
    static const QStringList list{u"抖音表单"_s, u"企业微信"_s, u"官网咨询"_s,
                                  u"400电话"_s, u"展会名片"_s, u"转介绍"_s};
    return list;
}

const QStringList &contactRoles()
{
    static const QStringList list{u"决策人"_s, u"采购"_s, u"技术"_s, u"使用者"_s};
    return list;
}

} // namespace sales
