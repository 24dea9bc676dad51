#pragma once

#include "domain/Actor.h"
#include "domain/Views.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hub::services {
class CaseService;
struct Services;
} // namespace hub::services

namespace hub::ui {

class PersonView;

// The window-wide "Work" menu actions: Log contact (Ctrl+L) and New task (Ctrl+T). Both act
// on the person whose record is in view; with none open, Log contact takes the person of
// the highlighted row of a list (My caseload, All people, search results), or else asks who
// it was with first (type to search, Enter picks), and New task makes a task about nobody
// in particular.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs and holds the shortcuts; `personView` says who is in view.
    RecordActions(services::Services &services, services::CaseService &cases,
                  const domain::Actor &actor, PersonView *personView, QWidget *window);

    QAction *logContactAction() const { return m_logContact; }
    QAction *newTaskAction() const { return m_newTask; }
    void addTo(QMenu *menu);
    // Who the highlighted row of the list in view is about (empty when no list is shown).
    void setHighlightedPerson(std::function<QString()> highlighted)
    {
        m_highlighted = std::move(highlighted);
    }

public Q_SLOTS:
    void logContact();
    void newTask();

Q_SIGNALS:
    void message(const QString &text);

private:
    // The file of the person whose record is shown, if any.
    std::optional<domain::PersonFile> personInView() const;

    services::Services &m_services;
    services::CaseService &m_cases;
    domain::Actor m_actor;
    PersonView *m_personView;
    QWidget *m_window;
    std::function<QString()> m_highlighted;
    QAction *m_logContact = nullptr;
    QAction *m_newTask = nullptr;
};

} // namespace hub::ui
