#include "PersonHeader.h"
#include "widgets/Colours.h"

#include "Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
// Colours with at least 4.5:1 contrast for their text (WCAG AA).
const QString kStyle = QStringLiteral(
    "QFrame#personHeader { background: #f4f6f9; border: 1px solid #d5dae1;"
    "  border-radius: 6px; }"
    "QFrame#personHeader[limits=\"true\"] { border-left: 6px solid #b3261e; }"
    "QLabel#personName { color: #1b2430; }"
    "QLabel#personDetails { color: #3a4452; }"
    "QLabel[badge=\"danger\"] { background: #b3261e; color: white; font-weight: bold;"
    "  border-radius: 10px; padding: 3px 10px; }"
    "QLabel[badge=\"caution\"] { background: #fff1c2; color: #5c3d00; font-weight: bold;"
    "  border: 1px solid #c98a00; border-radius: 10px; padding: 2px 10px; }"
    "QLabel[badge=\"asked\"] { background: #ffe0b2; color: #4a2600; font-weight: bold;"
    "  border: 2px solid #b35900; border-radius: 10px; padding: 2px 10px; }"
    "QLabel[badge=\"ok\"] { background: #e3f1e6; color: #1e5631;"
    "  border-radius: 10px; padding: 3px 10px; }");
const QString kDot = QStringLiteral("  \u00b7  ");
} // namespace

PersonHeader::PersonHeader(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("personHeader"));
    setAccessibleName(tr("Person and safety of contact"));
    setStyleSheet(Colours::css(kStyle));

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("personDetails"));
    m_details->setAccessibleName(tr("Personal details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_voicemail = makeBadge("badgeVoicemail", QStringLiteral("danger"));
    m_letters = makeBadge("badgeLetters", QStringLiteral("danger"));
    m_texts = makeBadge("badgeTexts", QStringLiteral("danger"));
    // Amber, and says so in words: "not yet asked" blocks these channels like "not safe".
    m_notAsked = makeBadge("badgeNotAsked", QStringLiteral("asked"));
    m_restricted = makeBadge("badgeRestricted", QStringLiteral("caution"));
    m_times = makeBadge("badgeSafeTimes", QStringLiteral("caution"));
    m_notes = makeBadge("badgeContactNotes", QStringLiteral("caution"));
    m_notes->setWordWrap(true);
    m_noLimits = makeBadge("badgeNoLimits", QStringLiteral("ok"));

    auto *badges = new QHBoxLayout;
    badges->setSpacing(8);
    for (auto *b : std::as_const(m_badges))
        badges->addWidget(b, b == m_notes ? 1 : 0);
    badges->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addLayout(badges);
}

QLabel *PersonHeader::makeBadge(const char *objectName, const QString &styleClass)
{
    auto *badge = new QLabel(this);
    badge->setObjectName(QString::fromLatin1(objectName));
    badge->setProperty("badge", styleClass);
    badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    badge->hide();
    m_badges << badge;
    return badge;
}

void PersonHeader::showBadge(QLabel *badge, bool on, const QString &text)
{
    badge->setVisible(on);
    badge->setText(on ? text : QString());
    badge->setAccessibleName(on ? text : QString());
}

void PersonHeader::setPerson(const domain::Person &p)
{
    m_name->setText(p.displayName().trimmed().isEmpty() ? tr("(no name recorded)")
                                                        : p.displayName());

    QStringList details;
    if (p.dateOfBirth.isValid()) {
        const int age = Format::ageToday(p.dateOfBirth);
        details << tr("Born %1 (age %2)").arg(Format::date(p.dateOfBirth)).arg(age);
    } else {
        details << tr("Date of birth unknown");
    }
    if (p.gender != QLatin1String("not_stated"))
        details << Format::code(QStringLiteral("gender"), p.gender);
    details << (p.phone.isEmpty() ? tr("No phone") : tr("Phone %1").arg(p.phone));
    if (!p.postcode.isEmpty())
        details << Format::postcode(p.postcode);
    const auto language = Format::language(p.firstLanguage);
    if (p.interpreterNeeded)
        details << tr("%1 \u2014 interpreter needed").arg(language);
    else if (!language.isEmpty() && p.firstLanguage != QLatin1String("en"))
        details << language;
    m_details->setText(details.join(kDot));

    const bool limits = p.hasSafetyLimits() || !p.safeTimes.isEmpty();
    using domain::ContactSafety;
    showBadge(m_voicemail, p.safeVoicemail == ContactSafety::NotSafe, tr("Do not leave voicemail"));
    showBadge(m_letters, p.safeLetters == ContactSafety::NotSafe, tr("No letters"));
    showBadge(m_texts, p.safeText == ContactSafety::NotSafe, tr("No texts"));
    QStringList notAsked;
    if (p.safeVoicemail == ContactSafety::NotAsked)
        notAsked << tr("voicemail");
    if (p.safeLetters == ContactSafety::NotAsked)
        notAsked << tr("letters");
    if (p.safeText == ContactSafety::NotAsked)
        notAsked << tr("texts");
    showBadge(m_notAsked, !notAsked.isEmpty(),
              tr("Not yet asked: %1").arg(notAsked.join(QStringLiteral(", "))));
    m_notAsked->setToolTip(notAsked.isEmpty()
                               ? QString()
                               : tr("Nobody has asked yet whether these are safe: they are "
                                    "blocked until the answer is recorded (Edit details)"));
    showBadge(m_restricted, p.restricted, tr("Restricted record"));
    showBadge(m_times, !p.safeTimes.isEmpty(), tr("Safe times: %1").arg(p.safeTimes));
    showBadge(m_notes, !p.contactNotes.isEmpty(), tr("Contact notes: %1").arg(p.contactNotes));
    showBadge(m_noLimits, !limits && notAsked.isEmpty(), tr("No contact limits recorded"));

    setProperty("limits", limits);
    style()->unpolish(this);
    style()->polish(this);
}

QStringList PersonHeader::visibleBadges() const
{
    QStringList out;
    for (const auto *b : m_badges)
        if (!b->isHidden())
            out << b->text();
    return out;
}

} // namespace hub::ui
