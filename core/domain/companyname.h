// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sales {

// The distinctive part of a company name, for spotting the same customer typed twice:
// full-width forms folded (NFKC), spaces dropped, case folded, bracketed parts
// ("（杭州）", "(中国)") removed, legal-form suffixes (股份有限公司, 有限责任公司,
// 有限公司, 集团, 公司) and a leading province or city ("浙江省杭州市") stripped.
// places adds place names to the built-in list (provinces and major cities).
// A strip that would leave less than two characters is not made.
QString companyNameCore(const QString &name, const QStringList &places = {});

// Same customer, judging by the cores: equal, or one contains the other when the
// shorter core has at least 4 characters. Empty cores are never similar.
bool similarCompanyCores(const QString &coreA, const QString &coreB);

// Provinces, municipalities and major cities, without 省/市 suffixes.
const QStringList &builtinPlaceNames();

} // namespace sales
