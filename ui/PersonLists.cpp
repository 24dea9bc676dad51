#include "PersonLists.h"
#include "widgets/Colours.h"

#include "widgets/FocusRing.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace hub::ui::PersonLists {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setStyleSheet(FocusRing::framedStyle("QTableView"));
}

void sizeColumn(QTableView *view, int section, const QString &sample, int extra)
{
    if (section < 0)
        return;
    const auto fm = view->fontMetrics();
    const auto title = view->model()->headerData(section, Qt::Horizontal).toString();
    // Room for the cell margins (and `extra`, an icon), and in the header for the sort arrow.
    const int width =
        qMax(fm.horizontalAdvance(sample) + 16 + extra, fm.horizontalAdvance(title) + 28);
    view->horizontalHeader()->resizeSection(section, width);
}

QLabel *pageTitle(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    label->setFont(f);
    label->setStyleSheet(Colours::textStyle(Colours::Tone::Ink));
    return label;
}

QLabel *pageSummary(const QString &accessibleName, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(accessibleName);
    label->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    return label;
}

} // namespace hub::ui::PersonLists
