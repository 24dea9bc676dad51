#include "SyncSettingsDialog.h"
#include "widgets/Colours.h"

#include "SyncSettings.h"
#include "sync/HubKeychain.h"
#include "sync/SyncService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace hub::ui {

SyncSettingsDialog::SyncSettingsDialog(QWidget *parent) : FormDialog(parent)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The sync settings were not saved"));
    errors().summaryLabel()->setAccessibleName(tr("Why the sync settings were not saved"));
    setUnsavedQuestion(tr("Sync settings not saved"),
                       tr("The sync settings are not saved yet. Save them now?"));

    const SyncSettings settings;
    m_initialUrl = settings.hubUrl();
    m_initialMinutes = settings.intervalMinutes();
    m_initialRemember = settings.rememberPassword();

    auto *formHolder = new QWidget(this);
    auto *form = new QFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);

    m_url = new QLineEdit(m_initialUrl, this);
    m_url->setObjectName(QStringLiteral("hubUrlEdit"));
    m_url->setPlaceholderText(tr("e.g. %1").arg(
        QStringLiteral("postgresql://desk1@hub.example.org/hub?sslmode=verify-full")));
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(m_url->placeholderText()) + 40);
    const auto urlCaption = tr("&Hub address");
    auto *urlLabel = new QLabel(urlCaption, this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, errors().wrap(QStringLiteral("hub"), urlCaption, m_url));

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("syncMinutesBox"));
    m_minutes->setRange(0, SyncSettings::kMaxMinutes);
    m_minutes->setSpecialValueText(tr("Only on demand (F5)"));
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setValue(m_initialMinutes);
    const auto minutesCaption = tr("Sync &every");
    auto *minutesLabel = new QLabel(minutesCaption, this);
    minutesLabel->setBuddy(m_minutes);
    form->addRow(minutesLabel, errors().wrap(QStringLiteral("minutes"), minutesCaption, m_minutes));

    m_remember = new QCheckBox(tr("&Remember the hub password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberHubPasswordBox"));
    m_remember->setChecked(m_initialRemember);
    form->addRow(QString(), m_remember);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Type it to save it, or leave empty"));
    m_password->setEnabled(m_initialRemember);
    const auto passwordCaption = tr("Hub &password");
    auto *passwordLabel = new QLabel(passwordCaption, this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel,
                 errors().wrap(QStringLiteral("password"), passwordCaption, m_password));
    form->addRow(QString(), keychainRow());

    auto *note = new QLabel(
        tr("The hub password is never saved in the settings. It comes from HUB_HUB_PASSWORD, "
           "from the system keychain when the box above is ticked (a password typed at F5 is "
           "saved there once the hub accepts it), or it is asked for once per session, at the "
           "first sync you start with F5. A SQLite hub (sqlite:///path/hub.db) needs no "
           "password."),
        this);
    note->setObjectName(QStringLiteral("syncPasswordNote"));
    note->setWordWrap(true);
    note->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveSyncSettingsButton"));
    saveButton->setAccessibleName(tr("Save sync settings"));
    saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &SyncSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);
    connect(m_url, &QLineEdit::textEdited, this, [this] { errors().clear(QStringLiteral("hub")); });
    connect(m_url, &QLineEdit::editingFinished, this, &SyncSettingsDialog::showKeychainState);
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEnabled(on);
        if (!on)
            m_password->clear();
        errors().clear(QStringLiteral("password"));
        showKeychainState();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(formHolder);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_url->setFocus(Qt::OtherFocusReason);
    showKeychainState();
}

QWidget *SyncSettingsDialog::keychainRow()
{
    auto *row = new QWidget(this);
    // The state in words above its button: a wrapped label beside a button is clipped.
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_keychainState = new QLabel(row);
    m_keychainState->setObjectName(QStringLiteral("keychainStateLabel"));
    m_keychainState->setWordWrap(true);
    m_forget = new QPushButton(tr("&Forget saved password"), row);
    m_forget->setObjectName(QStringLiteral("forgetHubPasswordButton"));
    m_forget->setAutoDefault(false);
    connect(m_forget, &QPushButton::clicked, this, &SyncSettingsDialog::forgetSaved);
    layout->addWidget(m_keychainState);
    layout->addWidget(m_forget, 0, Qt::AlignLeft);
    return row;
}

void SyncSettingsDialog::showKeychainState()
{
    const auto hub = sync::HubUrl::parse(m_url->text().trimmed());
    m_forget->setEnabled(false);
    // The keychain is not even asked (it may want to be unlocked) until the box is ticked.
    if (!hub.ok() || !m_remember->isChecked()) {
        m_keychainState->clear();
        return;
    }
    if (hub->kind != sync::HubUrl::Kind::Postgres) {
        m_keychainState->setText(tr("This hub needs no password."));
        return;
    }
    const auto saved = sync::HubKeychain().read(*hub);
    if (saved.ok()) {
        m_keychainState->setText(tr("A password for this hub is saved in the system keychain."));
        m_forget->setEnabled(true);
    } else if (saved.error().kind == Error::Kind::NotFound) {
        m_keychainState->setText(tr("No password for this hub is saved in the system keychain."));
    } else {
        m_keychainState->setText(tr("Keychain: %1").arg(saved.error().message));
    }
}

void SyncSettingsDialog::forgetSaved()
{
    const auto hub = sync::HubUrl::parse(m_url->text().trimmed());
    if (!hub.ok())
        return;
    if (auto s = sync::HubKeychain().forget(*hub); !s.ok()) {
        m_keychainState->setText(
            tr("The saved password was not forgotten: %1").arg(s.error().message));
        return;
    }
    showKeychainState();
}

void SyncSettingsDialog::forgetStale(const QString &url, bool remember)
{
    // Only when a password may have been saved: no keychain is touched otherwise.
    if (!m_initialRemember)
        return;
    const auto keyOf = [](const QString &text) {
        const auto hub = sync::HubUrl::parse(text);
        return hub.ok() && hub->kind == sync::HubUrl::Kind::Postgres
                   ? std::optional<sync::HubUrl>(hub.value())
                   : std::nullopt;
    };
    const auto current = keyOf(url);
    sync::HubKeychain keychain;
    for (const auto &text : {m_initialUrl, url}) {
        const auto hub = keyOf(text);
        const bool stillUsed = remember && current && hub && hub->display() == current->display();
        if (hub && !stillUsed)
            (void)keychain.forget(*hub); // no keychain: nothing was saved there either
    }
}

bool SyncSettingsDialog::hasUnsavedChanges() const
{
    return m_url->text().trimmed() != m_initialUrl || m_minutes->value() != m_initialMinutes ||
           m_remember->isChecked() != m_initialRemember || !m_password->text().isEmpty();
}

void SyncSettingsDialog::save()
{
    errors().clearAll();
    const auto url = m_url->text().trimmed();
    const auto refuse = [this](const Error &error) {
        errors().show(error);
        adjustSize(); // room for the message under the field
    };
    // Empty turns sync off; anything else must be a hub address sync can use.
    std::optional<sync::HubUrl> hub;
    if (!url.isEmpty()) {
        auto parsed = sync::HubUrl::parse(url);
        if (!parsed.ok())
            return refuse(parsed.error());
        hub = parsed.value();
    }
    const bool remember = m_remember->isChecked();
    const auto password = m_password->text();
    if (remember && !password.isEmpty()) {
        const auto field = QStringLiteral("password");
        if (!hub || hub->kind != sync::HubUrl::Kind::Postgres)
            return refuse(Error::invalid(
                field, tr("Only a PostgreSQL hub has a password: leave this field empty")));
        if (auto s = sync::HubKeychain().store(*hub, password); !s.ok())
            return refuse(
                Error::invalid(field, tr("The password was not saved: %1").arg(s.error().message)));
    }
    forgetStale(url, remember);
    SyncSettings settings;
    settings.setHubUrl(url);
    settings.setIntervalMinutes(m_minutes->value());
    settings.setRememberPassword(remember);
    QDialog::accept();
}

} // namespace hub::ui
