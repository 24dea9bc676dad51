#pragma once

#include "domain/Actor.h"
#include "domain/Records.h"

#include <QDialog>
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

class FormErrors;
class PersonSuggestions;

// Enters a referral received by phone, email or letter: the person (or one already on
// file, suggested while the name, date of birth, phone and postcode are typed) and the
// referral's details, saved through ReferralService::intake. A failed save names the field
// and keeps every typed value; closing with typed input asks first.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(services::Services &services, const domain::Actor &actor,
                 QWidget *parent = nullptr);
    ~IntakeDialog() override;

    // The referral as saved (valid after accept()).
    const domain::Referral &saved() const { return m_saved; }
    // Whom the saved referral is for.
    QString personName() const { return m_personName; }
    PersonSuggestions *suggestions() const { return m_suggestions; }
    bool hasUnsavedChanges() const;
    // The message shown beside a field (archive field name), empty when none.
    QString errorFor(const QString &field) const;
    QString errorSummary() const;

public Q_SLOTS:
    void save();
    void reject() override;
    // Looks for people on file now, instead of after the pause in typing.
    void suggestNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addLine(const char *field, int maxLength);
    QComboBox *addCodes(const char *field, const QString &list, const QString &current,
                        const QString &none = {});
    void personChoiceChanged();
    QString snapshot() const;

    services::Services &m_services;
    domain::Actor m_actor;
    domain::Referral m_saved;
    QString m_personName;
    QString m_initial; // snapshot() when opened

    FormErrors *m_errors = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QListWidget *m_flags = nullptr;
    QCheckBox *m_consent = nullptr;
    QCheckBox *m_enhanced = nullptr;
    QCheckBox *m_toMe = nullptr;
    PersonSuggestions *m_suggestions = nullptr;
    QTimer *m_suggestTimer = nullptr;
};

} // namespace hub::ui
