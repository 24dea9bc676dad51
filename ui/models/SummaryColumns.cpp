#include "SummaryColumns.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "widgets/SafetyDot.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>

namespace hub::ui {

namespace {
const QString kSeparator = QStringLiteral(" \u00b7 ");
} // namespace

QString SummaryColumns::title(SummaryColumn column)
{
    switch (column) {
    case SummaryColumn::Name:
        return tr("Name");
    case SummaryColumn::DateOfBirth:
        return tr("Date of birth");
    case SummaryColumn::Phone:
        return tr("Phone");
    case SummaryColumn::Postcode:
        return tr("Postcode");
    case SummaryColumn::LatestReferral:
        return tr("Latest referral");
    case SummaryColumn::Offence:
        return tr("Offence");
    case SummaryColumn::Episode:
        return tr("Episode");
    case SummaryColumn::Caseworker:
        return tr("Caseworker");
    case SummaryColumn::LastContact:
        return tr("Last contact");
    case SummaryColumn::Safety:
        return tr("Safety");
    case SummaryColumn::Whose:
        return tr("Whose");
    }
    return {};
}

QString SummaryColumns::headerToolTip(SummaryColumn column)
{
    switch (column) {
    case SummaryColumn::Name:
        return tr("Family name, then given name");
    case SummaryColumn::LatestReferral:
        return tr("Date the newest referral was received");
    case SummaryColumn::Offence:
        return tr("Offence group of the newest referral");
    case SummaryColumn::Episode:
        return tr("Status of the newest support episode");
    case SummaryColumn::Caseworker:
        return tr("Caseworker of the newest support episode");
    case SummaryColumn::Safety:
        return tr("Limits on how this person may be contacted, and restricted records");
    case SummaryColumn::Whose:
        return tr("Your own caseload first, then your team's, then people no caseworker holds, "
                  "then other teams'");
    default:
        return {};
    }
}

QString SummaryColumns::listName(const domain::PersonSummary &person)
{
    if (person.familyName.isEmpty())
        return person.givenName;
    if (person.givenName.isEmpty())
        return person.familyName;
    return tr("%1, %2", "family name, given name").arg(person.familyName, person.givenName);
}

bool SummaryColumns::hasSafetyLimits(const domain::PersonSummary &person)
{
    // "Not yet asked" is the header's amber badge, not a limit: it would mark every new person.
    using domain::ContactSafety;
    return person.safeVoicemail == ContactSafety::NotSafe ||
           person.safeLetters == ContactSafety::NotSafe ||
           person.safeText == ContactSafety::NotSafe || person.restricted;
}

QString SummaryColumns::safetyText(const domain::PersonSummary &person)
{
    QStringList parts;
    if (person.restricted)
        parts << tr("Restricted");
    if (person.safeVoicemail == domain::ContactSafety::NotSafe)
        parts << tr("No voicemail");
    if (person.safeLetters == domain::ContactSafety::NotSafe)
        parts << tr("No letters");
    if (person.safeText == domain::ContactSafety::NotSafe)
        parts << tr("No texts");
    return parts.join(kSeparator);
}

QString SummaryColumns::whoseText(const domain::PersonSummary &person)
{
    using Closeness = domain::PersonSummary::Closeness;
    switch (person.closeness) {
    case Closeness::Mine:
        return tr("Your caseload");
    case Closeness::MyTeam:
        return tr("Your team");
    case Closeness::Unassigned:
        return tr("No caseworker");
    case Closeness::OtherTeam:
        break;
    }
    return person.holderTeams.isEmpty()
               ? tr("Another team")
               : tr("Held by %1").arg(person.holderTeams.join(QStringLiteral(", ")));
}

std::optional<domain::CaseloadSort> SummaryColumns::sortFor(SummaryColumn column)
{
    switch (column) {
    case SummaryColumn::Name:
        return domain::CaseloadSort::Name;
    case SummaryColumn::DateOfBirth:
        return domain::CaseloadSort::DateOfBirth;
    case SummaryColumn::Postcode:
        return domain::CaseloadSort::Postcode;
    case SummaryColumn::LatestReferral:
        return domain::CaseloadSort::LastReferral;
    default:
        return std::nullopt;
    }
}

QVariant SummaryColumns::data(const domain::PersonSummary &person, SummaryColumn column, int role)
{
    if (role == PersonIdRole)
        return person.id;
    if (role == HasSafetyLimitsRole)
        return hasSafetyLimits(person);

    if (role == Qt::DisplayRole) {
        switch (column) {
        case SummaryColumn::Name:
            return listName(person);
        case SummaryColumn::DateOfBirth:
            return Format::dateOrUnknown(person.dateOfBirth);
        case SummaryColumn::Phone:
            return person.phone;
        case SummaryColumn::Postcode:
            return person.postcode;
        case SummaryColumn::LatestReferral:
            return Format::localDate(person.lastReferralAt);
        case SummaryColumn::Offence:
            return Format::code(QStringLiteral("offence_group"), person.lastOffenceGroup);
        case SummaryColumn::Episode:
            return Format::code(QStringLiteral("episode_status"), person.episodeStatus);
        case SummaryColumn::Caseworker:
            return person.caseworkerName;
        case SummaryColumn::LastContact:
            return Format::localDate(person.lastContactAt);
        case SummaryColumn::Safety:
            return safetyText(person);
        case SummaryColumn::Whose:
            return whoseText(person);
        }
        return {};
    }

    switch (role) {
    case Qt::ToolTipRole:
        if (column == SummaryColumn::Name) {
            const int age = Format::ageToday(person.dateOfBirth);
            auto tip = age >= 0 ? tr("%1, age %2").arg(person.displayName()).arg(age)
                                : person.displayName();
            if (hasSafetyLimits(person))
                tip += QLatin1Char('\n') + safetyText(person);
            return tip;
        }
        if (column == SummaryColumn::Safety && hasSafetyLimits(person))
            return tr("Check the person's safety-of-contact flags before contacting: %1")
                .arg(safetyText(person));
        if (column == SummaryColumn::Offence)
            return Format::code(QStringLiteral("offence_group"), person.lastOffenceGroup);
        return {};
    case Qt::DecorationRole:
        // On the name too, so the mark shows however narrow the window.
        if (column == SummaryColumn::Name)
            return safetyDot(hasSafetyLimits(person), 12);
        if (column == SummaryColumn::Safety && hasSafetyLimits(person))
            return safetyDot(true, 12);
        return {};
    case Qt::ForegroundRole:
        if (column == SummaryColumn::Safety)
            return QBrush(Colours::text(Colours::Tone::Danger));
        if (column == SummaryColumn::DateOfBirth && !person.dateOfBirth.isValid())
            return QBrush(Colours::text(Colours::Tone::Muted));
        return {};
    case Qt::FontRole:
        if (column == SummaryColumn::Safety && hasSafetyLimits(person)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == SummaryColumn::Safety)
            return hasSafetyLimits(person)
                       ? tr("Safety-of-contact limits: %1").arg(safetyText(person))
                       : tr("No contact limits");
        // The red dot beside the name, in words.
        if (column == SummaryColumn::Name && hasSafetyLimits(person))
            return tr("%1, has safety-of-contact limits")
                .arg(data(person, column, Qt::DisplayRole).toString());
        return data(person, column, Qt::DisplayRole);
    default:
        return {};
    }
}

} // namespace hub::ui
