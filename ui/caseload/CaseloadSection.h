#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QTabWidget;

namespace hub::services {
class CaseService;
struct Services;
} // namespace hub::services

namespace hub::ui {

class CaseloadPage;
class MyCaseloadPage;

// The "My caseload" section: the worker's own cases, and everyone on file as a second tab
// ("All people"). Starts on My caseload when someone is signed in as a user.
class CaseloadSection : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        Mine,
        AllPeople
    };

    CaseloadSection(services::Services &services, services::CaseService &cases,
                    const domain::Actor &actor, QWidget *parent = nullptr);

    MyCaseloadPage *mine() const { return m_mine; }
    CaseloadPage *allPeople() const { return m_all; }
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);
    // Focuses the list of the tab shown.
    void focusList();

private:
    QTabWidget *m_tabs = nullptr;
    MyCaseloadPage *m_mine = nullptr;
    CaseloadPage *m_all = nullptr;
};

} // namespace hub::ui
