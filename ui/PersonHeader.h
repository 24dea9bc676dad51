#pragma once

#include "domain/Records.h"

#include <QFrame>

class QLabel;

namespace hub::ui {

// Who the person is and, impossible to miss, how they may and may not be contacted.
// Red badges forbid a way of contacting (voicemail, letters, texts); amber ones ask for
// care (a restricted record, contact notes). Meant to stand wherever the person appears.
class PersonHeader : public QFrame
{
    Q_OBJECT

public:
    explicit PersonHeader(QWidget *parent = nullptr);

    void setPerson(const domain::Person &person);

    // The texts of the badges now shown, in order (for tests and screen readers).
    QStringList visibleBadges() const;

private:
    QLabel *makeBadge(const char *objectName, const QString &styleClass);
    void showBadge(QLabel *badge, bool on, const QString &text = {});

    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_voicemail = nullptr;
    QLabel *m_letters = nullptr;
    QLabel *m_texts = nullptr;
    QLabel *m_notAsked = nullptr;
    QLabel *m_restricted = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_noLimits = nullptr;
    QList<QLabel *> m_badges;
};

} // namespace hub::ui
