#include "FirstRunPages.h"

#include "FirstRunWizard.h"
#include "services/AuthService.h"
#include "services/HubSetupService.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"
#include "widgets/Colours.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hub::ui {

using services::HubSetupService;
using services::SettingsService;

namespace {
// Wide enough that the core, not the box, says which numbers are allowed.
constexpr int kSpinMax = 999;

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QRadioButton *radio(const char *name, const QString &text, QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

// A step's object name and title (also its accessible name).
void nameStep(QWizardPage *page, const char *name, const QString &title)
{
    page->setObjectName(QString::fromLatin1(name));
    page->setTitle(title);
    page->setAccessibleName(title);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

// ---- the common part -----------------------------------------------------------------------

SetupPage::SetupPage(FirstRunWizard *wizard, const char *name, const QString &title,
                     const QString &subTitle)
    : QWizardPage(wizard), m_wizard(wizard), m_errors(this), m_body(new QVBoxLayout(this))
{
    nameStep(this, name, title);
    setSubTitle(subTitle);
    m_errors.setNotSaved(tr("This step is not complete"));
    m_errors.setUnplaced(FieldErrors::Unplaced::MessageOnly);
    m_body->addWidget(m_errors.summaryLabel());
}

void SetupPage::addRow(QFormLayout *form, const QString &field, const QString &label,
                       QWidget *editor)
{
    m_fields << field;
    m_errors.addRow(form, field, label, editor);
}

bool SetupPage::passes(const Status &status)
{
    m_errors.clearAll();
    if (status.ok())
        return true;
    m_errors.show(status.error());
    return false;
}

QLabel *SetupPage::explanation(const QString &text)
{
    auto *label = wrapped(text, this);
    label->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    return label;
}

// ---- welcome -------------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    nameStep(this, "firstRunWelcomePage", tr("Welcome to Victims' Hub"));
    auto *intro = wrapped(
        tr("This workstation has no hub set up yet. Set up a new hub here, or join a hub that "
           "is already running on another workstation or server."),
        this);
    m_new = radio("newHubRadio", tr("Set up a ne&w hub"), this);
    m_new->setChecked(true);
    auto *newText = wrapped(
        tr("For the first workstation of a hub: you give the hub its name, create its "
           "administrator and its teams, and set its Victims' Code deadlines and how long "
           "records are kept. It takes a few minutes; nothing is saved until the last step."),
        this);
    m_join = radio("joinHubRadio", tr("&Join an existing hub"), this);
    auto *joinText = wrapped(tr("For another workstation of a hub that is already set up: it "
                                "receives the hub's teams, users and settings."),
                             this);
    for (auto *text : {newText, joinText}) {
        text->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
        text->setIndent(24);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_new);
    layout->addWidget(newText);
    layout->addSpacing(8);
    layout->addWidget(m_join);
    layout->addWidget(joinText);
    layout->addStretch(1);
}

bool WelcomePage::joining() const
{
    return m_join->isChecked();
}

// ---- the hub's name ------------------------------------------------------------------------

HubNamePage::HubNamePage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunHubNamePage", tr("The hub's name"),
                tr("The name everyone at the hub knows it by, for example the county's Victims' "
                   "Hub. It is kept with the hub's settings, which every workstation shares."))
{
    m_name = lineEdit("hubNameEdit", this);
    m_name->setMaxLength(HubSetupService::kMaxHubName + 20);
    auto *form = new QFormLayout;
    addRow(form, HubSetupService::hubNameField(), tr("&Hub name:"), m_name);
    body()->addLayout(form);
    body()->addStretch(1);
    connect(m_name, &QLineEdit::textEdited, this,
            [this] { errors().clear(HubSetupService::hubNameField()); });
}

QString HubNamePage::hubName() const
{
    return m_name->text().trimmed();
}

bool HubNamePage::validatePage()
{
    return passes(HubSetupService::checkHubName(m_name->text()));
}

bool HubNamePage::typedAnything() const
{
    return !m_name->text().isEmpty();
}

// ---- the administrator ---------------------------------------------------------------------

namespace {
const QString kRepeat = QStringLiteral("repeat_password");
} // namespace

AdministratorPage::AdministratorPage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunAdministratorPage", tr("The first administrator"),
                tr("The administrator adds the caseworkers, supervisors and other users, and "
                   "looks after the hub's settings. Administrators do not work on cases."))
{
    m_user = lineEdit("adminUserEdit", this);
    m_user->setPlaceholderText(tr("e.g. hub.admin"));
    m_display = lineEdit("adminNameEdit", this);
    m_password = lineEdit("adminPasswordEdit", this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = lineEdit("adminRepeatEdit", this);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    addRow(form, QStringLiteral("username"), tr("&Username:"), m_user);
    addRow(form, QStringLiteral("display_name"), tr("&Display name:"), m_display);
    addRow(form, QStringLiteral("password"), tr("&Password:"), m_password);
    addRow(form, kRepeat, tr("&Repeat password:"), m_repeat);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("passwordRules"));
    m_rules->setAccessibleName(tr("Password rules"));
    m_rules->setWordWrap(true);
    form->addRow(QString(), m_rules);
    body()->addLayout(form);
    body()->addWidget(explanation(
        tr("The username is 2 to 64 lower-case letters, digits, dots, dashes or underscores. "
           "A password of several unrelated words is long, and easier to remember than a "
           "short one full of symbols. It is never stored or shown in clear.")));
    body()->addStretch(1);
    const struct
    {
        QLineEdit *edit;
        const char *field;
    } fields[] = {{m_user, "username"},
                  {m_display, "display_name"},
                  {m_password, "password"},
                  {m_repeat, "repeat_password"}};
    for (const auto &f : fields) {
        connect(f.edit, &QLineEdit::textEdited, this, [this, field = f.field] {
            errors().clear(QString::fromLatin1(field));
            showRules();
        });
    }
    showRules();
}

void AdministratorPage::showRules()
{
    const int length = int(m_password->text().toUcs4().size());
    const int needed = services::AuthService::kMinPasswordLength;
    const bool longEnough = length >= needed;
    const bool notName =
        m_password->text().isEmpty() ||
        m_password->text().compare(m_user->text().trimmed(), Qt::CaseInsensitive) != 0;
    const QStringList lines{
        longEnough ? tr("Met: at least %1 characters.").arg(needed)
                   : tr("Not yet: at least %1 characters (%2 typed).").arg(needed).arg(length),
        notName ? tr("Met: not the same as the username.")
                : tr("Not met: the password is the username."),
        m_repeat->text().isEmpty()               ? tr("Then type the password again below it.")
        : m_repeat->text() == m_password->text() ? tr("Met: typed the same twice.")
                                                 : tr("Not yet: the two passwords differ.")};
    m_rules->setText(lines.join(QLatin1Char('\n')));
}

QString AdministratorPage::username() const
{
    return m_user->text().trimmed();
}

QString AdministratorPage::displayName() const
{
    return m_display->text().trimmed();
}

QString AdministratorPage::password() const
{
    return m_password->text();
}

bool AdministratorPage::validatePage()
{
    auto status =
        HubSetupService::checkAdministrator(m_user->text(), m_display->text(), m_password->text());
    if (status.ok() && m_repeat->text() != m_password->text())
        status = Error::invalid(kRepeat, tr("does not match the password"));
    return passes(status);
}

bool AdministratorPage::typedAnything() const
{
    for (const auto *edit : {m_user, m_display, m_password, m_repeat})
        if (!edit->text().isEmpty())
            return true;
    return false;
}

// ---- teams ---------------------------------------------------------------------------------

SetupTeamsPage::SetupTeamsPage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunTeamsPage", tr("Teams"),
                tr("Each caseworker and supervisor belongs to a team; a team sees its own "
                   "referrals and caseloads. Add at least one; more can be added later."))
{
    m_name = lineEdit("teamNameEdit", this);
    m_name->setPlaceholderText(tr("A team's name, then Enter"));
    m_name->setAccessibleName(tr("New team's name"));
    m_name->installEventFilter(this);
    auto *add = new QPushButton(tr("&Add team"), this);
    add->setObjectName(QStringLiteral("addTeamButton"));
    add->setAutoDefault(false);
    auto *nameRow = new QWidget(this);
    auto *nameLayout = new QHBoxLayout(nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->addWidget(m_name, 1);
    nameLayout->addWidget(add);
    nameRow->setFocusProxy(m_name);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("teamsList"));
    m_list->setAccessibleName(tr("Teams"));
    m_list->installEventFilter(this);
    m_remove = new QPushButton(tr("Re&move team"), this);
    m_remove->setObjectName(QStringLiteral("removeTeamButton"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    m_remove->setToolTip(tr("Removes the selected team from the list (Delete)"));

    auto *form = new QFormLayout;
    auto *caption = new QLabel(tr("&Team name:"), this);
    caption->setBuddy(m_name);
    form->addRow(caption, nameRow);
    addRow(form, HubSetupService::teamsField(), tr("Teams &set up:"), m_list);
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    form->addRow(QString(), removeRow);
    body()->addLayout(form, 1);

    connect(add, &QPushButton::clicked, this, &SetupTeamsPage::addTeam);
    connect(m_remove, &QPushButton::clicked, this, &SetupTeamsPage::removeSelected);
    connect(m_name, &QLineEdit::textEdited, this,
            [this] { errors().clear(HubSetupService::teamsField()); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

QStringList SetupTeamsPage::teams() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void SetupTeamsPage::addTeam()
{
    if (!passes(m_wizard->service().checkTeamName(m_name->text(), teams()))) {
        // The name typed is what needs correcting, not the list the message is beside.
        if (!m_name->text().trimmed().isEmpty())
            m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_list->addItem(m_name->text().trimmed());
    m_name->clear();
    m_name->setFocus(Qt::OtherFocusReason);
}

void SetupTeamsPage::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    errors().clearAll();
    if (m_list->count() == 0)
        m_name->setFocus(Qt::OtherFocusReason);
}

bool SetupTeamsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        // Enter adds the typed name; with nothing typed it goes on to the next step.
        if (watched == m_name && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !m_name->text().trimmed().isEmpty()) {
            addTeam();
            return true;
        }
        if (watched == m_list && key == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
    }
    return SetupPage::eventFilter(watched, event);
}

bool SetupTeamsPage::validatePage()
{
    // A name typed but not added yet is added first, as the user most likely meant.
    if (!m_name->text().trimmed().isEmpty()) {
        addTeam();
        if (!m_name->text().isEmpty())
            return false;
    }
    return passes(m_wizard->service().checkTeams(teams()));
}

bool SetupTeamsPage::typedAnything() const
{
    return m_list->count() > 0 || !m_name->text().isEmpty();
}

// ---- Victims' Code days and retention ------------------------------------------------------

RulesPage::RulesPage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunRulesPage", tr("Deadlines and record keeping"),
                tr("Both can be changed later by an administrator. The defaults are the "
                   "Victims' Code's and the hub's usual practice."))
{
    const services::VictimsCodeDays defaults;
    m_enhanced = spinBox("enhancedDaysBox", defaults.enhanced, tr(" working days"));
    m_standard = spinBox("standardDaysBox", defaults.standard, tr(" working days"));
    m_years = spinBox("retentionYearsBox", SettingsService::kDefaultRetentionYears, tr(" years"));
    auto *form = new QFormLayout;
    addRow(form, SettingsService::enhancedDaysKey(), tr("&Enhanced entitlement:"), m_enhanced);
    form->addRow(QString(),
                 explanation(tr("Victims entitled to enhanced support (every under-18, victims "
                                "of the most serious crimes, the persistently targeted and the "
                                "vulnerable or intimidated) are first contacted within this many "
                                "working days of the referral. The Victims' Code says 2.")));
    addRow(form, SettingsService::standardDaysKey(), tr("&Standard:"), m_standard);
    form->addRow(QString(),
                 explanation(tr("Everyone else is first contacted within this many working days. "
                                "The Victims' Code says 5. Each is 1 to %1 days, enhanced no "
                                "longer than standard; weekends and bank holidays in England "
                                "and Wales do not count.")
                                 .arg(SettingsService::kMaxDays)));
    addRow(form, SettingsService::retentionYearsKey(), tr("&Keep records for:"), m_years);
    form->addRow(QString(),
                 explanation(tr("People with no activity for this many years are listed for "
                                "review and erasure (1 to %1 years; 6 is usual).")
                                 .arg(SettingsService::kMaxRetentionYears)));
    body()->addLayout(form);
    body()->addStretch(1);
}

QSpinBox *RulesPage::spinBox(const char *name, int value, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, kSpinMax);
    box->setValue(value);
    box->setSuffix(suffix);
    connect(box, &QSpinBox::valueChanged, this, [this] { errors().clearAll(); });
    return box;
}

services::VictimsCodeDays RulesPage::days() const
{
    return {m_enhanced->value(), m_standard->value()};
}

int RulesPage::retentionYears() const
{
    return m_years->value();
}

bool RulesPage::validatePage()
{
    auto status = SettingsService::checkVictimsCodeDays(days());
    if (status.ok())
        status = SettingsService::checkRetentionYears(retentionYears());
    return passes(status);
}

bool RulesPage::typedAnything() const
{
    return !(days() == services::VictimsCodeDays{}) ||
           retentionYears() != SettingsService::kDefaultRetentionYears;
}

// ---- the hub connection --------------------------------------------------------------------

ConnectionPage::ConnectionPage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunConnectionPage", tr("Hub connection (optional)"),
                tr("A hub with several workstations keeps them in step through a hub server. "
                   "This can be set up now or later, in File > Sync settings."))
{
    m_skip = radio("skipHubRadio", tr("N&ot now: this workstation works on its own"), this);
    m_skip->setChecked(true);
    m_connect = radio("connectHubRadio", tr("&Connect to a hub server"), this);
    m_url = lineEdit("hubUrlEdit", this);
    m_url->setPlaceholderText(tr("e.g. %1").arg(
        QStringLiteral("postgresql://desk1@hub.example.org/hub?sslmode=verify-full")));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("syncMinutesBox"));
    m_minutes->setRange(0, SyncSettings::kMaxMinutes);
    m_minutes->setSpecialValueText(tr("Only on demand (F5)"));
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setValue(SyncSettings::kDefaultMinutes);
    auto *form = new QFormLayout;
    addRow(form, QStringLiteral("hub"), tr("Hub &address:"), m_url);
    addRow(form, QStringLiteral("minutes"), tr("Sync &every:"), m_minutes);
    body()->addWidget(m_skip);
    body()->addWidget(m_connect);
    body()->addLayout(form);
    body()->addWidget(explanation(
        tr("The hub server's password is never saved in the settings: it is asked for at the "
           "first sync (F5), and can be kept in the system keychain from File > Sync settings. "
           "A SQLite hub (sqlite:///path/hub.db) needs no password.")));
    body()->addStretch(1);
    const auto enable = [this] {
        m_url->setEnabled(m_connect->isChecked());
        m_minutes->setEnabled(m_connect->isChecked());
        errors().clearAll();
    };
    connect(m_connect, &QRadioButton::toggled, this, enable);
    connect(m_url, &QLineEdit::textEdited, this, [this] { errors().clear(QStringLiteral("hub")); });
    enable();
}

QString ConnectionPage::hubUrl() const
{
    return m_connect->isChecked() ? m_url->text().trimmed() : QString();
}

int ConnectionPage::minutes() const
{
    return m_minutes->value();
}

bool ConnectionPage::validatePage()
{
    if (!m_connect->isChecked())
        return passes({});
    if (m_url->text().trimmed().isEmpty())
        return passes(Error::invalid(QStringLiteral("hub"), tr("is needed, or choose Not now")));
    const auto hub = sync::HubUrl::parse(m_url->text().trimmed());
    return passes(hub.ok() ? Status() : Status(hub.error()));
}

bool ConnectionPage::typedAnything() const
{
    return m_connect->isChecked() || !m_url->text().isEmpty();
}

// ---- summary -------------------------------------------------------------------------------

SetupSummaryPage::SetupSummaryPage(FirstRunWizard *wizard)
    : SetupPage(wizard, "firstRunSummaryPage", tr("Summary"),
                tr("Nothing is saved yet. Check what will be set up; Back changes any of it. "
                   "Finish sets up the hub and signs you in as its administrator."))
{
    errors().setNotSaved(tr("The hub was not set up"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("setupSummary"));
    m_text->setAccessibleName(tr("What will be set up"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    body()->addWidget(m_text);
    body()->addStretch(1);
    setButtonText(QWizard::FinishButton, tr("&Finish: set up and sign in"));
}

void SetupSummaryPage::initializePage()
{
    errors().clearAll();
    const auto s = m_wizard->setup();
    const auto url = m_wizard->hubUrl();
    const QStringList lines{
        tr("Hub: %1").arg(s.hubName),
        tr("Administrator: %1 (%2)")
            .arg(s.adminDisplayName.isEmpty() ? s.adminUsername : s.adminDisplayName,
                 s.adminUsername),
        tr("Teams (%1): %2").arg(s.teams.size()).arg(s.teams.join(QStringLiteral(", "))),
        tr("Victims' Code first contact: %1 working days (enhanced), %2 (standard)")
            .arg(s.victimsCodeDays.enhanced)
            .arg(s.victimsCodeDays.standard),
        tr("Records kept for: %n year(s) after the last activity", nullptr, s.retentionYears),
        url.isEmpty() ? tr("Hub connection: none for now (File > Sync settings later)")
                      : tr("Hub connection: %1").arg(url)};
    m_text->setText(lines.join(QLatin1Char('\n')));
}

bool SetupSummaryPage::validatePage()
{
    return m_wizard->finish();
}

QString SetupSummaryPage::text() const
{
    return m_text->text();
}

} // namespace hub::ui
