#include "SearchPage.h"

#include "EmptyState.h"
#include "PersonLists.h"
#include "models/SearchResultsModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

SearchPage::SearchPage(services::CaseService &service, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPage"));
    setAccessibleName(tr("Search"));

    m_model = new SearchResultsModel(service, actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("searchResultsView"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    PersonLists::setUpTable(m_view);
    PersonLists::sizeColumns<SearchResultsModel>(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SummaryColumns::PersonIdRole).toString());
    });

    m_empty = new EmptyState(
        tr("Find a person"),
        tr("Type part of a name, a phone number, a postcode or a police crime reference in the "
           "search box above. Press Enter to open the first match, or Down to choose one."),
        this);
    m_empty->setObjectName(QStringLiteral("searchEmpty"));
    m_summary = PersonLists::pageSummary(tr("Search summary"), "searchSummary", this);

    auto *top = new QHBoxLayout;
    top->addWidget(PersonLists::pageTitle(tr("Search"), "searchTitle", this));
    top->addSpacing(12);
    top->addWidget(m_summary, 1, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    m_view->hide();
}

QString SearchPage::summary() const
{
    return m_summary->text();
}

void SearchPage::search(const QString &text)
{
    const bool ok = m_model->setQuery(text);
    const int n = m_model->rowCount();
    const auto typed = text.trimmed();
    m_view->setVisible(n > 0);
    m_empty->setVisible(n == 0);
    if (!ok) {
        m_empty->setTitle(tr("Search is not available"));
        m_empty->setText(m_model->lastError());
        m_summary->setText(tr("Search failed"));
    } else if (typed.isEmpty()) {
        m_empty->setTitle(tr("Find a person"));
        m_empty->setText(tr("Type part of a name, a phone number, a postcode or a police crime "
                            "reference in the search box above. Press Enter to open the first "
                            "match, or Down to choose one."));
        m_summary->clear();
    } else if (n == 0) {
        m_empty->setTitle(tr("No one matches \u201c%1\u201d").arg(typed));
        m_empty->setText(tr("Check the spelling, or search by phone number, postcode or crime "
                            "reference instead."));
        m_summary->setText(tr("No matches"));
    } else {
        if (m_model->truncated())
            m_summary->setText(tr("The first %1 matches for \u201c%2\u201d \u2014 type more to "
                                  "narrow them")
                                   .arg(n)
                                   .arg(typed));
        else if (n == 1)
            m_summary->setText(tr("1 match for \u201c%1\u201d").arg(typed));
        else
            m_summary->setText(tr("%1 matches for \u201c%2\u201d").arg(n).arg(typed));
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void SearchPage::openCurrent()
{
    auto index = m_view->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    if (index.isValid())
        Q_EMIT openRequested(index.data(SummaryColumns::PersonIdRole).toString());
}

} // namespace hub::ui
