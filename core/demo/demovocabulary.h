// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sales::demo {

struct RegionWords
{
    QString name;
    QStringList cities;
};

struct IndustryWords
{
    QString name;
    QStringList suffixes;
    qint64 minAmount = 0;
    qint64 maxAmount = 0;
    QStringList products;
    QStringList painPoints;
};

struct ContactTitle
{
    QString title;
    QString role;
};

// The word lists of resources/demo/vocabulary.json, the demo's recipe.
struct Vocabulary
{
    QList<RegionWords> regions;
    QStringList teams;
    QStringList surnames;
    QStringList givenNames;
    QStringList companyWords;
    QList<IndustryWords> industries;
    QStringList sources;
    QList<ContactTitle> contactTitles;
    QStringList progressTexts;
    QStringList emptyTexts;
    QStringList caseTitles;

    static Vocabulary load(); // from the resource; empty lists if it is missing
};

// Deterministic choices: the same seed gives the same workspace, ids included.
class Dice final
{
public:
    // Ids are version-7 UUIDs issued from idStartMs on, in the order they are
    // asked for (as if the rows were imported at that moment), with seeded random
    // bits: the same seed and start give the same ids.
    Dice(quint32 seed, qint64 idStartMs) : m_rng(seed), m_idStartMs(idStartMs) {}

    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo >= hi ? lo : lo + qint64(m_rng.bounded(quint64(hi - lo + 1))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double real() { return m_rng.generateDouble(); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    QString id();
    QString personName();

    Vocabulary const *vocabulary = nullptr;

private:
    QRandomGenerator m_rng;
    qint64 m_idStartMs = 0;
    quint64 m_ids = 0; // issued so far
};

} // namespace sales::demo
