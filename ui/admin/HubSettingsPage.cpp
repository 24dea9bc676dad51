#include "HubSettingsPage.h"

#include "Result.h"
#include "security/Permissions.h"
#include "services/DeskService.h"
#include "services/SettingsService.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace hub::ui {

using services::SettingsService;

HubSettingsPage::HubSettingsPage(services::Services &services, const domain::Actor &actor,
                                 QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor),
      m_readOnly(!security::Permissions::allows(actor.role, security::Action::ChangeSettings))
{
    setObjectName(QStringLiteral("hubSettingsPage"));
    setAccessibleName(tr("Hub settings"));
    setStyleSheet(FieldErrors::styleSheet());
    m_errors = std::make_unique<FieldErrors>(this);
    m_errors->setNotSaved(tr("Nothing was saved"));

    auto *intro = new QLabel(
        m_readOnly ? tr("These settings apply to every desk of the hub. You can read them; only "
                        "an administrator can change them.")
                   : tr("These settings apply to every desk of the hub: they reach the other "
                        "desks with their next sync. Each change is on the audit trail."),
        this);
    intro->setObjectName(QStringLiteral("hubSettingsIntro"));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addNumber(form, SettingsService::enhancedDaysKey(), tr("&Enhanced entitlement (working days):"),
              tr("The Victims' Code deadline for the first contact with a victim of the most "
                 "serious crime, a vulnerable or intimidated victim or a persistently targeted "
                 "one: 1 to %1 working days, no longer than the standard deadline. Every clock, "
                 "list and report counts with it.")
                  .arg(SettingsService::kMaxDays));
    addNumber(form, SettingsService::standardDaysKey(), tr("Standar&d (working days):"),
              tr("The first-contact deadline for every other victim: 1 to %1 working days.")
                  .arg(SettingsService::kMaxDays));
    addNumber(form, SettingsService::retentionYearsKey(), tr("Retentio&n (years):"),
              tr("People with no activity for this many years are listed for review and "
                 "erasure (Erasure and retention): 1 to %1 years.")
                  .arg(SettingsService::kMaxRetentionYears));
    addNumber(form, SettingsService::lockMinutesKey(), tr("&Lock after (minutes):"),
              tr("The longest any desk stays open without a key press or mouse movement before "
                 "it hides the records and asks for the password again: 1 to %1 minutes. A "
                 "desk's own setting may only make it shorter.")
                  .arg(SettingsService::kMaxLockMinutes));
    addNumber(form, SettingsService::massDeletePercentKey(), tr("Sync &guard (per cent):"),
              tr("A sync that would remove more than this share of a desk's records stops and "
                 "asks a person to confirm, so a mistake on one desk cannot empty the others: "
                 "1 to 100."));
    m_caseworkers = new QCheckBox(tr("&Caseworkers may import police referral files"), this);
    m_caseworkers->setObjectName(QStringLiteral("caseworkersImportBox"));
    m_caseworkers->setAccessibleName(tr("Caseworkers may import police referral files"));
    form->addRow(QString(), m_caseworkers);
    addExplanation(form, tr("Supervisors always may. When this is on, caseworkers import referral "
                            "files too (Work menu, Import referrals)."));

    auto *box = new QGroupBox(tr("Settings of the hub"), this);
    box->setLayout(form);

    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("hubSettingsSave"));
    m_save->setAccessibleName(tr("Save changes"));
    m_save->setToolTip(tr("Check and save every setting (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&turn to saved values"), this);
    m_revert->setObjectName(QStringLiteral("hubSettingsRevert"));
    m_revert->setAccessibleName(tr("Revert"));
    m_revert->setToolTip(tr("Show the stored values again, dropping what was typed"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubSettingsStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setVisible(!m_readOnly);
    m_revert->setVisible(!m_readOnly);
    connect(m_save, &QPushButton::clicked, this, &HubSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &HubSettingsPage::revert);
    if (!m_readOnly) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
        shortcut->setObjectName(QStringLiteral("saveHubSettingsShortcut"));
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(tr("Check and save every hub setting"));
        connect(shortcut, &QShortcut::activated, this, &HubSettingsPage::save);
    }

    auto *content = new QWidget(this);
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 150);
    auto *column = new QVBoxLayout(content);
    column->addWidget(intro);
    column->addWidget(m_errors->summaryLabel());
    column->addWidget(box);
    column->addLayout(buttons);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("hubSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take the focus, not the frame around them (an unnamed stop to a screen reader).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (auto *edit : std::as_const(m_fields))
        edit->setReadOnly(m_readOnly);
    m_caseworkers->setEnabled(!m_readOnly);
    revert();
}

HubSettingsPage::~HubSettingsPage() = default;

QLineEdit *HubSettingsPage::addNumber(QFormLayout *form, const QString &key, const QString &label,
                                      const QString &explanation)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    edit->setToolTip(explanation);
    m_errors->addRow(form, key, label, edit);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { m_errors->clear(key); });
    addExplanation(form, explanation);
    return edit;
}

void HubSettingsPage::addExplanation(QFormLayout *form, const QString &text)
{
    auto *words = new QLabel(text, this);
    words->setWordWrap(true);
    words->setProperty("role", QStringLiteral("explanation"));
    QPalette muted = words->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    words->setPalette(muted);
    // One measure for every explanation, whatever the window's width.
    words->setMinimumWidth(words->fontMetrics().averageCharWidth() * 80);
    form->addRow(QString(), words);
}

QLineEdit *HubSettingsPage::field(const QString &key) const
{
    return m_fields.value(key);
}

void HubSettingsPage::revert()
{
    const auto now = SettingsService::hubSettings(m_services.context.db);
    const std::pair<QString, int> values[] = {
        {SettingsService::enhancedDaysKey(), now.days.enhanced},
        {SettingsService::standardDaysKey(), now.days.standard},
        {SettingsService::retentionYearsKey(), now.retentionYears},
        {SettingsService::lockMinutesKey(), now.lockMinutes},
        {SettingsService::massDeletePercentKey(), now.massDeletePercent}};
    for (const auto &[key, value] : values)
        m_fields.value(key)->setText(QString::number(value));
    m_caseworkers->setChecked(now.caseworkersMayImport);
    m_errors->clearAll();
    m_status->clear();
}

bool HubSettingsPage::save()
{
    if (m_readOnly)
        return false;
    m_errors->clearAll();
    m_status->clear();
    SettingsService::HubSettings settings;
    const std::pair<QString, int *> targets[] = {
        {SettingsService::enhancedDaysKey(), &settings.days.enhanced},
        {SettingsService::standardDaysKey(), &settings.days.standard},
        {SettingsService::retentionYearsKey(), &settings.retentionYears},
        {SettingsService::lockMinutesKey(), &settings.lockMinutes},
        {SettingsService::massDeletePercentKey(), &settings.massDeletePercent}};
    for (const auto &[key, target] : targets) {
        const auto text = m_fields.value(key)->text().trimmed();
        bool ok = false;
        *target = text.toInt(&ok);
        if (!ok) {
            m_errors->show(Error::invalid(key, tr("must be a whole number, not \"%1\"").arg(text)));
            return false;
        }
    }
    settings.caseworkersMayImport = m_caseworkers->isChecked();
    const auto saved = SettingsService(m_services.context).setHubSettings(m_actor, settings);
    if (!saved.ok()) {
        m_errors->show(saved.error());
        return false;
    }
    m_status->setText(tr("Saved. The other desks take the new settings with their next sync."));
    Q_EMIT message(tr("Hub settings saved"));
    return true;
}

} // namespace hub::ui
