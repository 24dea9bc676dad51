#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace hub::ui {

// The look shared by the lists of people and the pages that hold them.
namespace PersonLists {

// Row selection, fixed row heights (so a lazy model is asked only for visible rows),
// alternating colours, no editing.
void setUpTable(QTableView *view);
// Column widths from the font, for a model with sectionOf(SummaryColumn).
template <typename Model> void sizeColumns(QTableView *view);
void sizeColumn(QTableView *view, int section, const QString &sample, int extra = 0);

QLabel *pageTitle(const QString &text, const char *objectName, QWidget *parent);
QLabel *pageSummary(const QString &accessibleName, const char *objectName, QWidget *parent);

} // namespace PersonLists
} // namespace hub::ui

#include "models/SummaryColumns.h"

namespace hub::ui::PersonLists {

template <typename Model> void sizeColumns(QTableView *view)
{
    // The widest value that should fit without being cut short, per column.
    const QString date = QStringLiteral("00/00/0000");
    sizeColumn(view, Model::sectionOf(SummaryColumn::Name),
               QStringLiteral("Featherstonehaugh-Smith, Amelia"), 16);
    sizeColumn(view, Model::sectionOf(SummaryColumn::DateOfBirth), date);
    sizeColumn(view, Model::sectionOf(SummaryColumn::Phone), QStringLiteral("07700 900000"));
    sizeColumn(view, Model::sectionOf(SummaryColumn::Postcode), QStringLiteral("PE29 3AB"));
    sizeColumn(view, Model::sectionOf(SummaryColumn::LatestReferral), date);
    sizeColumn(view, Model::sectionOf(SummaryColumn::Offence),
               QStringLiteral("Stalking and harassment"));
    sizeColumn(view, Model::sectionOf(SummaryColumn::Episode), QStringLiteral("Closure requested"));
    sizeColumn(view, Model::sectionOf(SummaryColumn::Caseworker), QStringLiteral("Anna Nowak"));
    sizeColumn(view, Model::sectionOf(SummaryColumn::LastContact), date);
    sizeColumn(view, Model::sectionOf(SummaryColumn::Whose), QStringLiteral("No caseworker"));
}

} // namespace hub::ui::PersonLists
