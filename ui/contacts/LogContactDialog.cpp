#include "LogContactDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "PersonHeader.h"
#include "services/ContactService.h"
#include "services/DeskService.h"
#include "util/Time.h"
#include "widgets/DateField.h"
#include "widgets/GrowToFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

namespace hub::ui {

namespace {
constexpr int kEpisodeRole = Qt::UserRole;
constexpr int kReferralRole = Qt::UserRole + 1;

const QString kSafetyStyle = QStringLiteral(
    "QFrame#safetyPanel { background: #fdecea; border: 2px solid #b3261e; border-radius: 4px; }"
    "QFrame#safetyPanel QLabel { background: transparent; border: none; }"
    "QLabel#safetyTitle { color: #a01c14; font-weight: bold; }"
    "QLabel#safetyText { color: #7a140e; font-weight: bold; }"
    "QLabel#keyHint, QLabel#amendNote { color: #4a5463; }");

QComboBox *codeCombo(const char *name, const QString &list, const domain::ReferenceData &codes,
                     QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (const auto &code : codes.codes(list))
        combo->addItem(Format::code(list, code), code);
    return combo;
}

void select(QComboBox *combo, const QString &code)
{
    const int at = combo->findData(code);
    if (at < 0 && !code.isEmpty())
        combo->addItem(code, code); // a code this build does not know: keep it
    combo->setCurrentIndex(at >= 0 ? at : combo->count() - 1);
}

// The newest version of a contact: its latest correction, or the contact itself.
const domain::Contact *latestVersion(const domain::PersonFile &file, const QString &originalId)
{
    const domain::Contact *original = nullptr;
    for (const auto &c : file.contacts)
        if (c.id == originalId)
            original = &c;
    const domain::Contact *latest = original;
    for (const auto &c : file.contacts)
        if (original && c.amends == originalId &&
            (latest == original || c.recordedAt > latest->recordedAt))
            latest = &c;
    return latest;
}
} // namespace

LogContactDialog::LogContactDialog(services::Services &services, const domain::Actor &actor,
                                   const domain::PersonFile &file, const QString &amendContactId,
                                   QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_file(file)
{
    setObjectName(QStringLiteral("logContactDialog"));
    setStyleSheet(Colours::css(FieldErrors::styleSheet() + kSafetyStyle));
    const QString name = file.person.displayName();

    domain::Contact initial;
    initial.personId = file.person.id;
    initial.direction = QStringLiteral("outbound");
    initial.channel = QStringLiteral("phone");
    QString amendNote;
    if (!amendContactId.isEmpty()) {
        // A correction always corrects the original; it starts from the newest version.
        QString originalId = amendContactId;
        for (const auto &c : file.contacts)
            if (c.id == amendContactId && !c.amends.isEmpty())
                originalId = c.amends;
        const domain::Contact *original = nullptr;
        for (const auto &c : file.contacts)
            if (c.id == originalId)
                original = &c;
        const auto *latest = latestVersion(file, originalId);
        if (original && latest) {
            m_amendId = originalId;
            initial = *latest;
            amendNote = tr("Correcting the contact of %1. The original stays in the record "
                           "as it was logged; this correction is shown beneath it.")
                            .arg(Format::localDateTime(original->at));
            if (latest != original)
                amendNote += QLatin1Char(' ') +
                             tr("The form starts from the latest correction, recorded %1.")
                                 .arg(Format::localDateTime(latest->recordedAt));
        }
    }
    m_base = initial;
    m_base.id.clear(); // the service gives the correction an id of its own
    m_base.recordedBy.clear();
    m_base.recordedAt = QDateTime();
    m_base.amends.clear();

    setWindowTitle(isAmendment() ? tr("Correct a contact with %1").arg(name)
                                 : tr("Log a contact with %1").arg(name));
    setAccessibleName(windowTitle());

    m_header = new PersonHeader(this);
    m_header->setPerson(file.person);

    auto *note = new QLabel(amendNote, this);
    note->setObjectName(QStringLiteral("amendNote"));
    note->setWordWrap(true);
    note->setVisible(!amendNote.isEmpty());

    errors().setNotSaved(tr("The contact was not saved"));
    errors().summaryLabel()->setAccessibleName(tr("Why the contact was not saved"));
    setUnsavedQuestion(tr("Contact not saved"),
                       isAmendment()
                           ? tr("This correction is not saved yet. Save it now?")
                           : tr("This contact with %1 is not logged yet. Save it now?").arg(name));

    auto *formHolder = new QWidget(this);
    m_form = new QFormLayout(formHolder);
    m_form->setContentsMargins(0, 0, 0, 0);
    buildFields(initial);

    auto *hint = new QLabel(tr("Enter saves from any one-line field, Ctrl+Enter from anywhere. "
                               "In the summary Enter starts a new line. Esc cancels."),
                            this);
    hint->setObjectName(QStringLiteral("keyHint"));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveContactButton"));
    saveButton->setText(isAmendment() ? tr("&Save correction") : tr("&Save contact"));
    saveButton->setAccessibleName(saveButton->text().remove(QLatin1Char('&')));
    saveButton->setToolTip(tr("Save (Enter, or Ctrl+Enter in the summary)"));
    saveButton->setDefault(true);
    auto *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelContactButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &LogContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogContactDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &LogContactDialog::save);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(note);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(formHolder);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    QWidget::setTabOrder(m_summary, saveButton);
    QWidget::setTabOrder(saveButton, cancel);

    updateSafety();
    m_initial = snapshot();
    resize(qMax(640, sizeHint().width()), sizeHint().height());
    m_direction->setFocus(Qt::OtherFocusReason);
}

void LogContactDialog::buildFields(const domain::Contact &initial)
{
    const auto &codes = m_services.context.codes;
    auto row = [this](const char *field, const QString &label, QWidget *editor) {
        auto *holder = errors().wrap(QString::fromLatin1(field), label, editor);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(editor);
        m_form->addRow(caption, holder);
        return holder;
    };

    m_direction = codeCombo("directionCombo", QStringLiteral("direction"), codes, this);
    select(m_direction, initial.direction);
    row("direction", tr("&Direction"), m_direction);
    m_channel = codeCombo("channelCombo", QStringLiteral("channel"), codes, this);
    select(m_channel, initial.channel);
    row("channel", tr("C&hannel"), m_channel);
    m_outcome = codeCombo("outcomeCombo", QStringLiteral("contact_outcome"), codes, this);
    m_outcome->setPlaceholderText(tr("Type a letter to choose"));
    if (initial.outcome.isEmpty())
        m_outcome->setCurrentIndex(-1); // no default: the caseworker says what happened
    else
        select(m_outcome, initial.outcome);
    row("outcome", tr("&Outcome"), m_outcome);

    // The safety panel sits right under the choices that raise it.
    m_safetyPanel = new QFrame(this);
    m_safetyPanel->setObjectName(QStringLiteral("safetyPanel"));
    m_safetyPanel->setAccessibleName(tr("Safety warning"));
    auto *title = new QLabel(tr("Safety warning"), m_safetyPanel);
    title->setObjectName(QStringLiteral("safetyTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    m_safetyText = new QLabel(m_safetyPanel);
    m_safetyText->setObjectName(QStringLiteral("safetyText"));
    m_safetyText->setWordWrap(true);
    m_override = new QCheckBox(tr("O&verride: log this contact anyway"), m_safetyPanel);
    m_override->setObjectName(QStringLiteral("overrideCheck"));
    m_reason = new QLineEdit(m_safetyPanel);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setMaxLength(400);
    m_reason->setPlaceholderText(tr("Why it was right to go ahead, e.g. agreed with her by phone"));
    m_override->setChecked(!initial.safetyOverride.isEmpty());
    m_reason->setText(initial.safetyOverride);
    auto *panelLayout = new QVBoxLayout(m_safetyPanel);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_safetyText);
    panelLayout->addWidget(errors().wrap(QStringLiteral("safety_override_check"),
                                         tr("Override the safety warning"), m_override));
    auto *reasonRow = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason"), m_safetyPanel);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addRow(reasonLabel,
                      errors().wrap(QStringLiteral("safety_override"), tr("Reason"), m_reason));
    panelLayout->addLayout(reasonRow);
    m_form->addRow(m_safetyPanel);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, 9999);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(initial.durationMinutes);
    row("duration_minutes", tr("&Length (minutes)"), m_duration);

    m_at = new DateField(DateField::Mode::DateTime, this);
    m_at->setObjectName(QStringLiteral("atEdit"));
    m_at->setToday(m_services.context.today());
    const QDateTime at = initial.at.isValid() ? initial.at : m_services.context.clock.now();
    const QDateTime local = at.toTimeZone(util::london());
    m_shownAt = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
    m_at->setDateTime(m_shownAt);
    m_at->setToolTip(tr("When the contact happened, in UK time: 07/12/2026 14:30, today 9:05, "
                        "yesterday (keeps the time), or Alt+Down for a calendar"));
    row("at", tr("&When"), m_at);

    m_regarding = new QComboBox(this);
    m_regarding->setObjectName(QStringLiteral("regardingCombo"));
    auto *regardingRow = row("episode_id", tr("Re&garding"), m_regarding);
    errors().alias(QStringLiteral("referral_id"), QStringLiteral("episode_id"));
    fillRegarding(initial);
    m_form->setRowVisible(regardingRow, m_regarding->count() > 1);

    m_summary = new QPlainTextEdit(initial.summary, this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    GrowToFit::setLines(m_summary, 5);
    m_summary->setPlaceholderText(tr("What was said or done, and what happens next"));
    row("summary", tr("S&ummary"), m_summary);

    for (auto *combo : {m_direction, m_channel, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogContactDialog::updateSafety);
    const QHash<QComboBox *, QString> comboFields{{m_direction, QStringLiteral("direction")},
                                                  {m_channel, QStringLiteral("channel")},
                                                  {m_outcome, QStringLiteral("outcome")},
                                                  {m_regarding, QStringLiteral("episode_id")}};
    for (auto it = comboFields.cbegin(); it != comboFields.cend(); ++it)
        connect(it.key(), &QComboBox::currentIndexChanged, this,
                [this, field = it.value()] { errors().clear(field); });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        errors().clear(QStringLiteral("safety_override_check"));
        if (on)
            m_reason->setFocus(Qt::OtherFocusReason);
    });
    m_reason->setEnabled(m_override->isChecked());
    connect(m_reason, &QLineEdit::textEdited, this,
            [this] { errors().clear(QStringLiteral("safety_override")); });
    connect(m_duration, &QSpinBox::valueChanged, this,
            [this] { errors().clear(QStringLiteral("duration_minutes")); });
    connect(m_at, &DateField::dateTimeChanged, this,
            [this] { errors().clear(QStringLiteral("at")); });
    connect(m_summary, &QPlainTextEdit::textChanged, this,
            [this] { errors().clear(QStringLiteral("summary")); });

    QWidget *order[] = {m_direction, m_channel, m_outcome,   m_override, m_reason,
                        m_duration,  m_at,      m_regarding, m_summary};
    for (size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void LogContactDialog::fillRegarding(const domain::Contact &initial)
{
    auto add = [this](const QString &text, const QString &episodeId, const QString &referralId) {
        m_regarding->addItem(text);
        const int at = m_regarding->count() - 1;
        m_regarding->setItemData(at, episodeId, kEpisodeRole);
        m_regarding->setItemData(at, referralId, kReferralRole);
    };
    auto episodes = m_file.episodes;
    std::sort(episodes.begin(), episodes.end(),
              [](const auto &a, const auto &b) { return a.openedAt > b.openedAt; });
    for (const auto &e : episodes) {
        const bool open = e.status != QLatin1String("closed");
        if (!open && e.id != initial.episodeId)
            continue;
        QString text = tr("Support episode opened %1").arg(Format::localDate(e.openedAt));
        if (e.status != QLatin1String("open"))
            text +=
                tr(" (%1)").arg(Format::code(QStringLiteral("episode_status"), e.status).toLower());
        add(text, e.id, e.id == initial.episodeId ? initial.referralId : QString());
    }
    auto referrals = m_file.referrals;
    std::sort(referrals.begin(), referrals.end(),
              [](const auto &a, const auto &b) { return a.receivedAt > b.receivedAt; });
    for (const auto &r : referrals) {
        // Referrals still awaiting a decision; a contact about one moves it on.
        const bool waiting =
            r.status == QLatin1String("new") || r.status == QLatin1String("contact_attempted");
        if (!(waiting || (r.id == initial.referralId && initial.episodeId.isEmpty())))
            continue;
        add(tr("Referral received %1 (%2)")
                .arg(Format::localDate(r.receivedAt),
                     Format::code(QStringLiteral("referral_status"), r.status).toLower()),
            QString(), r.id);
    }
    add(tr("Nothing in particular"), QString(), QString());
    int pick = 0;
    if (isAmendment()) {
        pick = m_regarding->count() - 1;
        for (int i = 0; i < m_regarding->count(); ++i) {
            const auto episode = m_regarding->itemData(i, kEpisodeRole).toString();
            const auto referral = m_regarding->itemData(i, kReferralRole).toString();
            if (episode == initial.episodeId &&
                (!episode.isEmpty() || referral == initial.referralId))
                pick = i;
        }
    }
    m_regarding->setCurrentIndex(pick);
}

domain::Contact LogContactDialog::draft() const
{
    domain::Contact c = m_base;
    c.direction = m_direction->currentData().toString();
    c.channel = m_channel->currentData().toString();
    c.outcome = m_outcome->currentIndex() >= 0 ? m_outcome->currentData().toString() : QString();
    c.durationMinutes = m_duration->value();
    // Untouched, a new contact is "now" to the second; a correction keeps the original time.
    const QDateTime typed = m_at->dateTime();
    if (typed.isValid() && typed != m_shownAt)
        c.at = QDateTime(typed.date(), typed.time(), util::london()).toUTC();
    c.episodeId = m_regarding->currentData(kEpisodeRole).toString();
    c.referralId = m_regarding->currentData(kReferralRole).toString();
    c.summary = m_summary->toPlainText();
    return c;
}

QStringList LogContactDialog::snapshot() const
{
    return {m_direction->currentText(),
            m_channel->currentText(),
            m_outcome->currentText(),
            QString::number(m_duration->value()),
            m_at->text().trimmed(),
            m_regarding->currentText(),
            m_summary->toPlainText(),
            m_override->isChecked() ? QStringLiteral("1") : QStringLiteral("0"),
            m_reason->text()};
}

bool LogContactDialog::hasUnsavedChanges() const
{
    return snapshot() != m_initial;
}

QString LogContactDialog::safetyWarningText() const
{
    return m_safetyPanel->isHidden() ? QString() : m_safetyText->text();
}

void LogContactDialog::updateSafety()
{
    const auto warnings = services::ContactService::safetyWarnings(
        m_file.person, m_direction->currentData().toString(), m_channel->currentData().toString(),
        m_outcome->currentIndex() >= 0 ? m_outcome->currentData().toString() : QString());
    QStringList lines;
    for (const auto &w : warnings)
        lines << w.message;
    if (!lines.isEmpty())
        lines << tr("To log it anyway, tick Override and say why.");
    m_safetyText->setText(lines.join(QLatin1Char('\n')));
    m_safetyPanel->setVisible(!warnings.isEmpty());
    // Grow to fit the panel's wrapped words rather than squeeze them.
    GrowToFit::fit(this);
    if (warnings.isEmpty()) {
        errors().clear(QStringLiteral("safety_override_check"));
        errors().clear(QStringLiteral("safety_override"));
    }
}

void LogContactDialog::save()
{
    errors().clearAll();
    if (!errors().checkDate(QStringLiteral("at"), m_at))
        return;
    const auto contact = draft();
    const QString reason = m_override->isChecked() ? m_reason->text() : QString();
    services::ContactService service(m_services.context);
    auto result = isAmendment() ? service.amend(m_actor, m_amendId, contact, reason)
                                : service.log(m_actor, contact, reason);
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    m_saved = result.value();
    QDialog::accept();
}

void LogContactDialog::showError(const Error &error)
{
    if (error.field != QLatin1String("safety_override")) {
        errors().show(error);
        return;
    }
    // The service's words name the rule (the red panel says it too); here the caseworker
    // learns what to do about it.
    if (!m_override->isChecked())
        errors().show(Error::invalid(QStringLiteral("safety_override_check"), error.message), {},
                      tr("Tick Override to log this contact despite the safety warning, or "
                         "change the channel or outcome."));
    else
        errors().show(error, {},
                      tr("Reason: say why it was right to go ahead despite the safety "
                         "warning."));
}

} // namespace hub::ui
