#pragma once

#include "domain/Actor.h"
#include "domain/Records.h"

#include "widgets/FormDialog.h"
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QTimer;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class DateField;

class PersonSuggestions;
class PostcodeChoice;

// Enters a referral received by phone, email or letter: the person (or one already on
// file, suggested while the name, date of birth, phone and postcode are typed) and the
// referral's details, saved through ReferralService::intake. A failed save names the field
// and keeps every typed value; closing with typed input asks first.
class IntakeDialog : public FormDialog
{
    Q_OBJECT

public:
    IntakeDialog(services::Services &services, const domain::Actor &actor,
                 QWidget *parent = nullptr);

    // The referral as saved (valid after accept()).
    const domain::Referral &saved() const { return m_saved; }
    // Whom the saved referral is for.
    QString personName() const { return m_personName; }
    PersonSuggestions *suggestions() const { return m_suggestions; }
    bool hasUnsavedChanges() const override;

public Q_SLOTS:
    void save() override;
    // Looks for people on file now, instead of after the pause in typing.
    void suggestNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A line edit for `field` (or `edit`, e.g. a DateField), registered and cleared of its
    // error when typed in.
    QLineEdit *addLine(const char *field, int maxLength, QLineEdit *edit = nullptr);
    QComboBox *addCodes(const char *field, const QString &list, const QString &current,
                        const QString &none = {});
    void personChoiceChanged();
    QString snapshot() const;

    services::Services &m_services;
    domain::Actor m_actor;
    domain::Referral m_saved;
    QString m_personName;
    QString m_initial; // snapshot() when opened

    QHash<QString, QLineEdit *> m_lines;
    DateField *m_dob = nullptr;
    DateField *m_received = nullptr;
    QHash<QString, QComboBox *> m_combos;
    QListWidget *m_flags = nullptr;
    QCheckBox *m_consent = nullptr;
    QCheckBox *m_enhanced = nullptr;
    QCheckBox *m_toMe = nullptr;
    PostcodeChoice *m_noFixedAbode = nullptr;
    PersonSuggestions *m_suggestions = nullptr;
    QTimer *m_suggestTimer = nullptr;
};

} // namespace hub::ui
