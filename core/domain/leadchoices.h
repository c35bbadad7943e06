// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sales {

// The closed lists a new lead is checked against. The values are stored as they
// are (Chinese text is the stored value, as in the demo data), so they are never
// translated; a UI shows them as they are.
const QStringList &leadIndustries(); // 工业设备 医疗器械 建材 IT解决方案 快消
const QStringList &leadSources();    // 抖音表单 企业微信 官网咨询 400电话 展会名片 转介绍
const QStringList &contactRoles();   // 决策人 采购 技术 使用者

} // namespace sales
