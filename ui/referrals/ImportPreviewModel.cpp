#include "ImportPreviewModel.h"

#include "Format.h"
#include "PersonSuggestions.h"
#include "util/Time.h"
#include "widgets/Colours.h"

#include <QFont>

namespace hub::ui {

using services::ImportRow;

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(services::ImportPreview *preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void ImportPreviewModel::rowChanged(int index)
{
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::outcomeText(const ImportRow &row)
{
    switch (row.kind) {
    case ImportRow::Kind::NewPerson:
        return tr("New person");
    case ImportRow::Kind::ExistingPerson:
        return tr("Existing person (score %1)").arg(row.score);
    case ImportRow::Kind::AlreadyImported:
        return tr("Already imported");
    case ImportRow::Kind::Error:
        return tr("Error");
    case ImportRow::Kind::PossibleDuplicate:
        break;
    }
    switch (row.decision) {
    case ImportRow::Decision::UsePerson:
        return tr("Possible duplicate: it is them");
    case ImportRow::Decision::NewPerson:
        return tr("Possible duplicate: someone new");
    case ImportRow::Decision::Skip:
        return tr("Possible duplicate: left out");
    case ImportRow::Decision::Undecided:
        break;
    }
    return tr("Possible duplicate: decide");
}

QString ImportPreviewModel::whyText(const ImportRow &row)
{
    if (row.kind == ImportRow::Kind::Error) {
        QStringList parts;
        for (const auto &p : row.problems) {
            const auto where = p.column.isEmpty()
                                   ? tr("line %1").arg(p.line)
                                   : tr("line %1, column %2").arg(p.line).arg(p.column);
            // The value once: the service's message often quotes it already.
            const bool quoted = p.value.isEmpty() || p.message.contains(p.value);
            parts << (quoted ? tr("%1: %2", "where, problem").arg(where, p.message)
                             : tr("%1: %2 (the file has \u201c%3\u201d)")
                                   .arg(where, p.message, p.value));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (row.kind == ImportRow::Kind::ExistingPerson ||
        row.kind == ImportRow::Kind::PossibleDuplicate) {
        QStringList reasons = row.reasons;
        reasons.replaceInStrings(QStringLiteral("force_person_id"), tr("force's person id"));
        QString text =
            reasons.isEmpty()
                ? row.personLabel
                : tr("%1: same %2").arg(row.personLabel, PersonSuggestions::reasonsText(reasons));
        if (!row.note.isEmpty())
            text += QStringLiteral("; ") + row.note;
        return text;
    }
    return row.note;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_preview || index.row() >= m_preview->rows.size())
        return {};
    const auto &row = m_preview->rows.at(index.row());
    if (role == KindRole)
        return int(row.kind);
    if (role == RowRole)
        return index.row();
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (row.kind == ImportRow::Kind::Error)
            return Colours::text(Colours::Tone::Danger);
        if (row.kind == ImportRow::Kind::PossibleDuplicate)
            return Colours::text(Colours::Tone::Warning);
        if (row.kind == ImportRow::Kind::AlreadyImported)
            return Colours::text(Colours::Tone::Muted);
        return {};
    }
    if (role == Qt::FontRole && index.column() == Outcome &&
        (row.kind == ImportRow::Kind::Error || (row.kind == ImportRow::Kind::PossibleDuplicate &&
                                                row.decision == ImportRow::Decision::Undecided))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Why)
        return whyText(row);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Outcome:
        return outcomeText(row);
    case Name:
        return QStringList{row.person.givenName, row.person.familyName}
            .join(QLatin1Char(' '))
            .trimmed();
    case DateOfBirth:
        return Format::date(row.person.dateOfBirth);
    case Received: {
        // A file that gives the day only: the day, not a made-up midnight.
        const auto local = row.referral.receivedAt.toTimeZone(util::london());
        return local.isValid() && local.time() == QTime(0, 0)
                   ? Format::localDate(row.referral.receivedAt)
                   : Format::localDateTime(row.referral.receivedAt);
    }
    case Crime:
        return row.referral.offenceGroup.isEmpty()
                   ? QString()
                   : Format::code(QStringLiteral("offence_group"), row.referral.offenceGroup);
    case Why:
        return whyText(row);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Outcome:
        return tr("What happens");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Received:
        return tr("Received");
    case Crime:
        return tr("Crime type");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace hub::ui
