#include "CaseloadSection.h"

#include "CaseloadPage.h"
#include "MyCaseloadPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace hub::ui {

CaseloadSection::CaseloadSection(services::Services &services, services::CaseService &cases,
                                 const domain::Actor &actor, QWidget *parent)
    : QWidget(parent)
{
    // The name the section always had, so tests and settings keep finding it.
    setObjectName(QStringLiteral("caseloadPage"));
    setAccessibleName(tr("My caseload and all people"));

    m_tabs = new QTabWidget(this);
    // Its tab bar takes the focus: the frame itself is no control (an unnamed one to a
    // screen reader).
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->setObjectName(QStringLiteral("caseloadTabs"));
    m_tabs->setAccessibleName(tr("Whose cases to list"));
    m_tabs->setDocumentMode(true);
    m_mine = new MyCaseloadPage(services, actor, m_tabs);
    m_all = new CaseloadPage(cases, actor, m_tabs);
    m_tabs->addTab(m_mine, tr("My caseload"));
    m_tabs->addTab(m_all, tr("All people"));
    m_tabs->setTabToolTip(Mine, tr("Your open support episodes and referrals to triage"));
    m_tabs->setTabToolTip(AllPeople, tr("Everyone on file"));
    m_tabs->setCurrentIndex(actor.userId.isEmpty() ? AllPeople : Mine);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { focusList(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
}

void CaseloadSection::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CaseloadSection::focusList()
{
    if (m_tabs->currentIndex() == Mine)
        m_mine->focusList();
    else
        m_all->focusList();
}

} // namespace hub::ui
