#include "TaskDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "services/EpisodeService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kPersonRole = Qt::UserRole;
constexpr int kEpisodeRole = Qt::UserRole + 1;
} // namespace

TaskDialog::TaskDialog(services::Services &services, const domain::Actor &actor,
                       const domain::PersonFile *person, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(person ? tr("New task about %1").arg(person->person.displayName())
                          : tr("New task"));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The task was not saved"));
    errors().summaryLabel()->setAccessibleName(tr("Why the task was not saved"));
    setUnsavedQuestion(tr("Task not saved"), tr("This task is not saved yet. Save it now?"));

    auto *formHolder = new QWidget(this);
    m_form = new QFormLayout(formHolder);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("taskTitleEdit"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Call back about the housing referral"));
    m_title->setMinimumWidth(m_title->fontMetrics().horizontalAdvance(m_title->placeholderText()) +
                             40);
    row("title", tr("&Title"), m_title);

    m_due = new DateField(this);
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    m_due->setToday(m_services.context.today());
    m_due->setDate(m_services.context.today());
    row("due_on", tr("&Due"), m_due);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("taskKindCombo"));
    m_kind->addItem(tr("Action"), QStringLiteral("action"));
    m_kind->addItem(tr("Next contact"), QStringLiteral("next_contact"));
    m_kind->addItem(tr("Reminder"), QStringLiteral("reminder"));
    row("kind", tr("&Kind"), m_kind);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("taskOwnerCombo"));
    services::DirectoryService directory(m_services.context.db);
    if (auto me = directory.user(actor.userId); me.ok())
        m_owner->addItem(tr("Me (%1)").arg(me->displayName), me->id);
    // Only those who may work on the person (TaskService::possibleOwners), the user's team
    // first; the others marked with their team.
    QHash<QString, QString> teamNames;
    for (const auto &team : directory.teams())
        teamNames.insert(team.id, team.name);
    for (const auto &u : services::TaskService(m_services.context)
                             .possibleOwners(actor, person ? person->person.id : QString()))
        if (u.id != actor.userId)
            m_owner->addItem(
                u.teamId == actor.teamId
                    ? u.displayName
                    : tr("%1 \u2014 %2")
                          .arg(u.displayName, teamNames.value(u.teamId, tr("no team"))),
                u.id);
    row("owner_id", tr("&Assigned to"), m_owner);

    m_about = new QComboBox(this);
    m_about->setObjectName(QStringLiteral("taskAboutCombo"));
    auto add = [this](const QString &text, const QString &personId, const QString &episodeId) {
        m_about->addItem(text);
        m_about->setItemData(m_about->count() - 1, personId, kPersonRole);
        m_about->setItemData(m_about->count() - 1, episodeId, kEpisodeRole);
    };
    if (person) {
        const auto &p = person->person;
        auto episodes = person->episodes;
        std::sort(episodes.begin(), episodes.end(),
                  [](const auto &a, const auto &b) { return a.openedAt > b.openedAt; });
        for (const auto &e : episodes)
            if (e.status != QLatin1String("closed"))
                add(tr("%1, support episode opened %2")
                        .arg(p.displayName(), Format::localDate(e.openedAt)),
                    p.id, e.id);
        add(p.displayName(), p.id, QString());
    }
    add(tr("Nobody in particular"), QString(), QString());
    auto *aboutRow = row("person_id", tr("A&bout"), m_about);
    errors().alias(QStringLiteral("episode_id"), QStringLiteral("person_id"));
    m_form->setRowVisible(aboutRow, m_about->count() > 1);

    connect(m_title, &QLineEdit::textEdited, this,
            [this] { errors().clear(QStringLiteral("title")); });
    connect(m_due, &DateField::dateChanged, this,
            [this] { errors().clear(QStringLiteral("due_on")); });

    auto *hint = new QLabel(tr("Enter saves, Esc cancels. Alt+Down opens the calendar."), this);
    hint->setObjectName(QStringLiteral("keyHint"));
    hint->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveTaskButton"));
    saveButton->setText(tr("&Save task"));
    saveButton->setAccessibleName(tr("Save task"));
    saveButton->setToolTip(tr("Save (Enter)"));
    saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &TaskDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(formHolder);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_initial = snapshot();
    m_title->setFocus(Qt::OtherFocusReason);
}

QWidget *TaskDialog::row(const char *field, const QString &caption, QWidget *editor)
{
    auto *holder = errors().wrap(QString::fromLatin1(field), caption, editor);
    auto *label = new QLabel(caption, this);
    label->setBuddy(editor);
    m_form->addRow(label, holder);
    return holder;
}

QStringList TaskDialog::snapshot() const
{
    return {m_title->text(), m_due->text().trimmed(), m_kind->currentText(), m_owner->currentText(),
            m_about->currentText()};
}

bool TaskDialog::hasUnsavedChanges() const
{
    return snapshot() != m_initial;
}

void TaskDialog::save()
{
    errors().clearAll();
    if (!errors().checkDate(QStringLiteral("due_on"), m_due))
        return;
    domain::Task draft;
    draft.title = m_title->text();
    draft.dueOn = m_due->date();
    draft.kind = m_kind->currentData().toString();
    draft.ownerId = m_owner->currentData().toString();
    draft.personId = m_about->currentData(kPersonRole).toString();
    draft.episodeId = m_about->currentData(kEpisodeRole).toString();
    finishSave(services::TaskService(m_services.context).create(m_actor, draft), &m_saved);
}

} // namespace hub::ui
