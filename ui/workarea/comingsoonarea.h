// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workarea.h"

namespace sales {

// A work area that is announced but not built yet: listed, greyed out, never current.
class ComingSoonArea final : public WorkArea
{
    Q_OBJECT

public:
    ComingSoonArea(QString id, QString title, QObject *parent = nullptr);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    bool isAvailable() const override { return false; }

protected:
    QWidget *createWidget(QWidget *parent) override;
    void reload(const DataChange &) override {}

private:
    QString m_id;
    QString m_title;
};

} // namespace sales
