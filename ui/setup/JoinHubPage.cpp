#include "JoinHubPage.h"

#include "Result.h"
#include "services/AuthService.h"
#include "sync/HubEnrolment.h"
#include "sync/SyncSettings.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSysInfo>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
const QString kRepeat = QStringLiteral("repeat_password");
} // namespace

JoinHubPage::JoinHubPage(const QString &dbPath, QWidget *parent)
    : QWizardPage(parent), m_dbPath(dbPath), m_errors(this)
{
    setObjectName(QStringLiteral("joinHubPage"));
    setTitle(tr("Join your organisation's hub"));
    setSubTitle(tr("An administrator gave you an enrolment code for this workstation. It "
                   "receives the teams, users, code lists, settings and your work from the hub, "
                   "and you choose your own password here: nobody else knows it."));
    setStyleSheet(FieldErrors::styleSheet());
    m_errors.setNotSaved(tr("This workstation did not join the hub"));
    m_errors.setUnplaced(FieldErrors::Unplaced::MessageOnly);
    m_errors.summaryLabel()->setAccessibleName(tr("Why this workstation did not join the hub"));

    const auto edit = [this](const char *name, bool secret) {
        auto *e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        if (secret)
            e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        return e;
    };
    m_hub = edit("joinHubUrl", false);
    m_hub->setPlaceholderText(tr("postgresql://hub.example.org/hub?sslmode=verify-full"));
    m_user = edit("joinHubUser", false);
    m_code = edit("joinHubCode", false);
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX"));
    m_password = edit("joinHubPassword", true);
    m_repeat = edit("joinHubRepeat", true);

    auto *form = new QFormLayout;
    m_errors.addRow(form, QStringLiteral("hub"), tr("&Hub address:"), m_hub);
    m_errors.addRow(form, QStringLiteral("username"), tr("&Your user name:"), m_user);
    m_errors.addRow(form, QStringLiteral("code"), tr("&Enrolment code:"), m_code);
    m_errors.addRow(form, QStringLiteral("password"), tr("&New password:"), m_password);
    m_errors.addRow(form, kRepeat, tr("&Repeat password:"), m_repeat);

    auto *rules = new QLabel(tr("Your password needs at least %1 characters and must not be "
                                "your user name.")
                                 .arg(services::AuthService::kMinPasswordLength));
    rules->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("joinHubProgress"));
    m_progress->setAccessibleName(tr("Joining the hub"));
    m_progress->setRange(0, int(sync::DeskJoin::Step::Done));
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_step = new QLabel;
    m_step->setObjectName(QStringLiteral("joinHubStep"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errors.summaryLabel());
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addStretch();
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
}

bool JoinHubPage::isComplete() const
{
    for (const auto *e : {m_hub, m_user, m_code, m_password, m_repeat}) {
        if (e->text().trimmed().isEmpty())
            return false;
    }
    return !m_joined;
}

QString JoinHubPage::errorText(const QString &field) const
{
    return field == QLatin1String("database") ? m_errors.summary() : m_errors.text(field);
}

void JoinHubPage::showStep(sync::DeskJoin::Step step)
{
    switch (step) {
    case sync::DeskJoin::Step::Connecting:
        m_step->setText(tr("Connecting to the hub…"));
        break;
    case sync::DeskJoin::Step::Redeeming:
        m_step->setText(tr("Checking the enrolment code…"));
        break;
    case sync::DeskJoin::Step::Receiving:
        m_step->setText(tr("Receiving teams, users, code lists, settings and your work…"));
        break;
    case sync::DeskJoin::Step::Finishing:
        m_step->setText(tr("Setting your password…"));
        break;
    case sync::DeskJoin::Step::Done:
        m_step->setText(tr("This workstation has joined the hub."));
        break;
    }
    m_progress->setValue(int(step));
    // The join runs here, between repaints: the steps show as they come.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

bool JoinHubPage::validatePage()
{
    if (m_joined)
        return true;
    m_errors.clearAll();
    m_step->clear();
    m_progress->setValue(0);
    if (m_password->text() != m_repeat->text()) {
        m_errors.show(Error::invalid(kRepeat, tr("does not match the password")));
        return false;
    }
    sync::JoinRequest request;
    request.hubUrl = m_hub->text().trimmed();
    request.username = m_user->text().trimmed();
    request.code = m_code->text();
    request.password = m_password->text();
    request.dbPath = m_dbPath;
    request.workstation = QSysInfo::machineHostName();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto joined = sync::DeskJoin::join(request, [this](sync::DeskJoin::Step s) { showStep(s); });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!joined.ok()) {
        m_step->clear();
        m_progress->setValue(0);
        m_errors.show(joined.error());
        return false;
    }
    m_joined = std::move(joined).value();
    SyncSettings settings;
    settings.setHubUrl(m_joined->deskUrl.display());
    settings.setRememberPassword(true);
    m_password->clear();
    m_repeat->clear();
    m_code->clear();
    Q_EMIT joinedHub();
    return true;
}

} // namespace hub::ui
