#include "RecordActions.h"

#include "Format.h"
#include "LogContactDialog.h"
#include "PersonPickerDialog.h"
#include "PersonView.h"
#include "services/Access.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "tasks/TaskDialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace hub::ui {

RecordActions::RecordActions(services::Services &services, services::CaseService &cases,
                             const domain::Actor &actor, PersonView *personView, QWidget *window)
    : QObject(window), m_services(services), m_cases(cases), m_actor(actor),
      m_personView(personView), m_window(window)
{
    const bool canWrite = !actor.userId.isEmpty();
    const QString readOnly = tr("Start the app as a user to record work");

    m_logContact = new QAction(tr("&Log contact\u2026"), this);
    m_logContact->setObjectName(QStringLiteral("logContactAction"));
    m_logContact->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logContact->setShortcutContext(Qt::ApplicationShortcut);
    m_logContact->setToolTip(canWrite ? tr("Log a call, text, email, letter or visit (Ctrl+L)")
                                      : readOnly);
    m_logContact->setEnabled(canWrite);
    connect(m_logContact, &QAction::triggered, this, &RecordActions::logContact);

    m_newTask = new QAction(tr("New &task\u2026"), this);
    m_newTask->setObjectName(QStringLiteral("newTaskAction"));
    m_newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTask->setShortcutContext(Qt::ApplicationShortcut);
    m_newTask->setToolTip(canWrite ? tr("Create a task or reminder (Ctrl+T)") : readOnly);
    m_newTask->setEnabled(canWrite);
    connect(m_newTask, &QAction::triggered, this, &RecordActions::newTask);

    // On the window too, so the shortcuts work whether or not a menu shows them.
    window->addAction(m_logContact);
    window->addAction(m_newTask);
}

void RecordActions::addTo(QMenu *menu)
{
    menu->addAction(m_logContact);
    menu->addAction(m_newTask);
}

std::optional<domain::PersonFile> RecordActions::personInView() const
{
    if (!m_personView || !m_personView->isVisible() || m_personView->personId().isEmpty())
        return std::nullopt;
    return m_personView->file();
}

void RecordActions::logContact()
{
    if (m_actor.userId.isEmpty())
        return;
    auto file = personInView();
    if (!file && m_highlighted) {
        // A row the user may not work on (another team's, in All people) is not taken:
        // the picker asks instead, and offers only people they may log a contact for.
        const auto id = m_highlighted();
        if (!id.isEmpty() &&
            services::checkPerson(m_services.context.db, m_actor, security::Action::LogContact, id)
                .ok()) {
            if (auto opened = m_cases.openPerson(m_actor, id); opened.ok())
                file = std::move(opened).value();
        }
    }
    if (!file) {
        PersonPickerDialog picker(m_cases, m_actor, tr("Log a contact"),
                                  security::Action::LogContact, m_window);
        if (picker.exec() != QDialog::Accepted)
            return;
        auto opened = m_cases.openPerson(m_actor, picker.personId());
        if (!opened.ok()) {
            Q_EMIT message(Format::error(opened.error()));
            return;
        }
        file = std::move(opened).value();
    }
    LogContactDialog dialog(m_services, m_actor, *file, {}, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Logged a contact with %1").arg(file->person.displayName()));
}

void RecordActions::newTask()
{
    if (m_actor.userId.isEmpty())
        return;
    const auto file = personInView();
    TaskDialog dialog(m_services, m_actor, file ? &*file : nullptr, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Task saved: %1, due %2")
                           .arg(dialog.saved().title, Format::date(dialog.saved().dueOn)));
}

} // namespace hub::ui
