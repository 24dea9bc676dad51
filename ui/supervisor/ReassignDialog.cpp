#include "ReassignDialog.h"
#include "widgets/Colours.h"
#include "widgets/ListFilter.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "services/SupervisorService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui {

namespace {
constexpr int kUserIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

ReassignDialog::ReassignDialog(services::Services &services, const domain::Actor &actor,
                               const QString &teamId, QVector<services::RecordRef> records,
                               const QStringList &labels, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_records(std::move(records))
{
    setObjectName(QStringLiteral("reassignDialog"));
    // Plurals spelled out: "%n record(s)" reads badly without an English translation file.
    setWindowTitle(m_records.size() == 1 ? tr("Reassign 1 record")
                                         : tr("Reassign %1 records").arg(m_records.size()));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("Nothing was reassigned"));
    errors().summaryLabel()->setAccessibleName(tr("Why nothing was reassigned"));
    setUnsavedQuestion(tr("Not reassigned"),
                       tr("The work has not been reassigned yet. Reassign it now?"));

    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("reassignWhat"));
    what->setWordWrap(true);
    QStringList shown = labels.mid(0, 8);
    if (labels.size() > shown.size())
        shown << tr("and %1 more").arg(labels.size() - shown.size());
    what->setText(tr("Moving: %1").arg(shown.join(QStringLiteral("; "))));
    what->setAccessibleName(what->text());

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("reassignFilter"));
    m_filter->setAccessibleName(tr("Filter caseworkers by name or team"));
    m_filter->setPlaceholderText(tr("Type a name or team; Down to the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reassignList"));
    services::DirectoryService directory(m_services.context.db);
    QHash<QString, QString> teamNames;
    for (const auto &team : directory.teams())
        teamNames.insert(team.id, team.name);
    // Only those the supervisor may give work to (their own team's workers, or anyone's
    // for a supervisor with no team), the reviewed team's first.
    auto targets = services::SupervisorService(m_services.context).reassignTargets(m_actor);
    std::stable_partition(targets.begin(), targets.end(),
                          [&](const domain::User &u) { return u.teamId == teamId; });
    for (const auto &user : targets) {
        auto *item = new QListWidgetItem(tr("%1 \u2014 %2, %3")
                                             .arg(user.displayName,
                                                  teamNames.value(user.teamId, tr("no team")),
                                                  Format::code(QStringLiteral("role"), user.role)),
                                         m_list);
        item->setData(kUserIdRole, user.id);
        item->setData(kNameRole, user.displayName);
    }
    m_list->setCurrentRow(-1);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &ReassignDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this] { errors().clear(QStringLiteral("to_user")); });
    // Enter on a colleague chooses them and moves on to the reason.
    connect(m_list, &QListWidget::itemActivated, this,
            [this] { m_reason->setFocus(Qt::TabFocusReason); });

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reassignReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. Caseworker on leave until 5 January"));
    connect(m_reason, &QLineEdit::textEdited, this,
            [this] { errors().clear(QStringLiteral("reason")); });

    auto *form = new QFormLayout;
    auto row = [&](const char *field, const QString &caption, QWidget *editor) {
        auto *holder = errors().wrap(QString::fromLatin1(field), caption, editor);
        auto *label = new QLabel(caption, this);
        label->setBuddy(editor);
        form->addRow(label, holder);
    };
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_filter);
    form->addRow(findLabel, m_filter);
    row("to_user", tr("&Give to"), m_list);
    row("reason", tr("Rea&son"), m_reason);
    errors().alias(QStringLiteral("records"), QStringLiteral("to_user"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("reassignButton"));
    ok->setText(tr("&Reassign"));
    ok->setAccessibleName(tr("Reassign"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &ReassignDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReassignDialog::reject);

    auto *hint = new QLabel(tr("Enter reassigns, Esc cancels."), this);
    hint->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 460);
    m_filter->setFocus(Qt::OtherFocusReason);
}

QString ReassignDialog::chosenName() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

bool ReassignDialog::hasUnsavedChanges() const
{
    return !m_reason->text().trimmed().isEmpty();
}

void ReassignDialog::save()
{
    errors().clearAll();
    auto *item = m_list->currentItem();
    const QString to = item && !item->isHidden() ? item->data(kUserIdRole).toString() : QString();
    auto moved = services::SupervisorService(m_services.context)
                     .reassign(m_actor, m_records, to, m_reason->text());
    if (!moved.ok()) {
        errors().show(moved.error());
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

void ReassignDialog::applyFilter(const QString &text)
{
    filterList(m_list, text);
}

bool ReassignDialog::eventFilter(QObject *watched, QEvent *event)
{
    const int key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event)->key() : 0;
    // Enter on a colleague chooses them and moves on to the reason (not Reassign yet).
    if (watched == m_list && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        m_reason->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_filter && key == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentItem())
            applyFilter(m_filter->text());
        return true;
    }
    return FormDialog::eventFilter(watched, event);
}

} // namespace hub::ui
