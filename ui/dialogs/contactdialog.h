// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/draftdialog.h"
#include "workspace/leadservice.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sales {

// A new contact at an account the rep is already working (e.g. the decision
// maker met at the demo). Same phone rules and in-place errors as the new-lead dialog.
class ContactDialog final : public DraftDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    using Saver = std::function<Result(const NewLeadInput &input)>;

    ContactDialog(const QString &accountId, const QString &accountName, QWidget *parent = nullptr);

    static QString draftKeyFor(const QString &accountId); // "contact:<account id>"
    static QString kindName();                            // "contact"

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    NewLeadInput input() const;
    QString savedContactId() const { return m_savedId; }
    QString phoneHint() const;

    QJsonObject toDraft() const override;

protected:
    void applyDraft(const QJsonObject &draft) override;
    void submit() override;

private:
    void updatePhoneHint();

    QString m_accountId;
    Saver m_saver;
    QString m_savedId;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_phoneHint = nullptr;
};

} // namespace sales
