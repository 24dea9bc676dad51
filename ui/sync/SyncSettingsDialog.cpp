#include "SyncSettingsDialog.h"

#include "SyncSettings.h"
#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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

    auto *note = new QLabel(
        tr("The hub password is never saved: it comes from HUB_HUB_PASSWORD or is asked for "
           "once per session, at the first sync you start with F5. A SQLite hub "
           "(sqlite:///path/hub.db) is a file on this computer and needs no password."),
        this);
    note->setObjectName(QStringLiteral("syncPasswordNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #4a5463;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveSyncSettingsButton"));
    saveButton->setAccessibleName(tr("Save sync settings"));
    saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &SyncSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);
    connect(m_url, &QLineEdit::textEdited, this, [this] { errors().clear(QStringLiteral("hub")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(formHolder);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_url->setFocus(Qt::OtherFocusReason);
}

bool SyncSettingsDialog::hasUnsavedChanges() const
{
    return m_url->text().trimmed() != m_initialUrl || m_minutes->value() != m_initialMinutes;
}

void SyncSettingsDialog::save()
{
    errors().clearAll();
    const auto url = m_url->text().trimmed();
    // Empty turns sync off; anything else must be a hub address sync can use.
    if (!url.isEmpty()) {
        auto parsed = sync::HubUrl::parse(url);
        if (!parsed.ok()) {
            errors().show(parsed.error());
            adjustSize(); // room for the message under the field
            return;
        }
    }
    SyncSettings settings;
    settings.setHubUrl(url);
    settings.setIntervalMinutes(m_minutes->value());
    QDialog::accept();
}

} // namespace hub::ui
