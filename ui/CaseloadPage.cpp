#include "CaseloadPage.h"

#include "PersonLists.h"
#include "models/CaseloadModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

CaseloadPage::CaseloadPage(services::CaseService &service, const domain::Actor &actor,
                           QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("allPeoplePage"));
    setAccessibleName(tr("All people"));

    m_model = new CaseloadModel(service, actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseloadView"));
    m_view->setAccessibleName(tr("Caseload"));
    m_view->setModel(m_model);
    PersonLists::setUpTable(m_view);
    PersonLists::sizeColumns<CaseloadModel>(m_view);

    auto *header = m_view->horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    // Only some columns can be sorted in the database; put the arrow back for the others.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!CaseloadModel::isSortable(section)) {
            const QSignalBlocker block(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            Q_EMIT message(tr("The caseload can be sorted by name, date of birth, postcode or "
                              "latest referral."));
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseloadPage::updateSummary);
    connect(m_model, &CaseloadModel::loadFailed, this, &CaseloadPage::message);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SummaryColumns::PersonIdRole).toString());
    });

    m_summary = PersonLists::pageSummary(tr("Caseload summary"), "caseloadSummary", this);
    auto *top = new QHBoxLayout;
    top->addWidget(PersonLists::pageTitle(tr("All people"), "caseloadTitle", this));
    top->addSpacing(12);
    top->addWidget(m_summary, 1, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateSummary();
}

void CaseloadPage::focusList()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void CaseloadPage::refresh()
{
    m_model->refresh();
}

void CaseloadPage::updateSummary()
{
    const int n = m_model->rowCount();
    const auto column =
        m_model->headerData(m_model->sortColumn(), Qt::Horizontal).toString().toLower();
    const auto order =
        m_model->sortOrder() == Qt::AscendingOrder ? tr("ascending") : tr("descending");
    // Spelled out rather than "%n person(s)", which needs an English .qm to read well.
    const QString people = n == 0   ? tr("No people yet")
                           : n == 1 ? tr("1 person")
                                    : tr("%1 people").arg(QLocale().toString(n));
    m_summary->setText(n == 0 ? people
                              : tr("%1 \u00b7 sorted by %2, %3").arg(people, column, order));
}

} // namespace hub::ui
