// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/draftdialog.h"
#include "domain/organisation.h"
#include "domain/phone.h"
#include "storage/duplicatefinder.h"
#include "workspace/leadservice.h"

#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sales {

// 新建线索: the account, the first contact and the lead in one form. The phone
// shows its normalised form as it is typed; possible duplicates (same phone,
// similar company) appear before saving. Validation is the service's: its
// fieldErrors (named after NewLeadInput's members) are shown next to each field.
class NewLeadDialog final : public DraftDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLeadDialog)

public:
    using Creator = std::function<Result(const NewLeadInput &input)>;
    using DuplicateFinder = std::function<QList<DuplicateCandidate>(const QString &company, const QString &phone)>;
    using PhoneNormalizer = std::function<PhoneNumber(const QString &input)>; // normalizePhone by default

    explicit NewLeadDialog(const QList<Region> &regions, QWidget *parent = nullptr);

    static QString draftKeyFor(); // "new-lead"
    static QString kindName();    // "new-lead"

    void setCreator(Creator creator) { m_creator = std::move(creator); }
    void setDuplicateFinder(DuplicateFinder finder) { m_findDuplicates = std::move(finder); }
    void setPhoneNormalizer(PhoneNormalizer normalizer);
    void setDuplicateDelay(int milliseconds) { m_duplicateTimer.setInterval(milliseconds); }
    // Who the lead will belong to; the form does not ask.
    void setOwner(const QString &ownerId, const QString &teamId);

    NewLeadInput input() const;
    QString createdLeadId() const { return m_createdLeadId; }
    QList<DuplicateCandidate> duplicates() const { return m_duplicates; }
    QString phoneHint() const;
    QString amountHint() const;

    QJsonObject toDraft() const override;

Q_SIGNALS:
    // The rep chose a duplicate's open lead (Enter or double-click) instead of creating one.
    void openLeadRequested(const QString &leadId);

protected:
    void applyDraft(const QJsonObject &draft) override;
    void submit() override;

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &field);
    QComboBox *addChoice(QFormLayout *form, const QString &label, const QString &field);
    void companyEdited(const QString &company);
    void updatePhoneHint();
    void updateAmountHint();
    void refreshDuplicates();

    Creator m_creator;
    DuplicateFinder m_findDuplicates;
    PhoneNormalizer m_normalizePhone;
    QString m_ownerId;
    QString m_teamId;
    QString m_createdLeadId;
    QString m_autoTitle; // the title as filled in from the company; followed until the rep edits it
    QList<DuplicateCandidate> m_duplicates;
    QTimer m_duplicateTimer;

    QHash<QString, QLineEdit *> m_lines;    // by NewLeadInput field name
    QHash<QString, QComboBox *> m_choices;  // by NewLeadInput field name
    QList<QWidget *> m_tabOrder;
    QLabel *m_phoneHint = nullptr;
    QLabel *m_amountHint = nullptr;
    QGroupBox *m_duplicateBox = nullptr;
    QListWidget *m_duplicateList = nullptr;
};

} // namespace sales
