#include "IntakeDialog.h"

#include "Format.h"
#include "PersonSuggestions.h"
#include "services/DeskService.h"
#include "services/ReferralService.h"
#include "util/Time.h"
#include "widgets/DateField.h"
#include "widgets/PostcodeChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
// Long enough not to search on every keystroke of a fast typist, short enough to feel live.
constexpr int kSuggestDelayMs = 250;
const QStringList kPersonFields{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                QStringLiteral("date_of_birth"), QStringLiteral("phone"),
                                QStringLiteral("postcode")};

} // namespace

IntakeDialog::IntakeDialog(services::Services &services, const domain::Actor &actor,
                           QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("New referral"));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setUnplaced(FieldErrors::Unplaced::MessageOnly);
    setUnsavedQuestion(tr("Unsaved referral"),
                       tr("This referral is not saved. Save it now, or discard what was typed?"));

    auto *personBox = new QGroupBox(tr("Person"), this);
    personBox->setObjectName(QStringLiteral("intakePersonGroup"));
    auto *pForm = new QFormLayout(personBox);
    auto *referralBox = new QGroupBox(tr("Referral"), this);
    referralBox->setObjectName(QStringLiteral("intakeReferralGroup"));
    auto *rForm = new QFormLayout(referralBox);
    auto row = [this](QFormLayout *form, const char *field, const QString &caption,
                      QWidget *editor) {
        auto *label = new QLabel(caption, form->parentWidget());
        label->setBuddy(editor);
        form->addRow(label, errors().wrap(QString::fromLatin1(field), caption, editor));
    };

    row(pForm, "given_name", tr("&Given name"), addLine("given_name", 200));
    row(pForm, "family_name", tr("&Family name"), addLine("family_name", 200));
    m_dob = new DateField(this);
    m_dob->setAllowEmpty(true);
    m_dob->setToday(m_services.context.today());
    auto *dob = addLine("date_of_birth", 40, m_dob);
    dob->setPlaceholderText(tr("dd/mm/yyyy, or blank if unknown"));
    row(pForm, "date_of_birth", tr("Date of &birth"), dob);
    row(pForm, "phone", tr("&Phone"), addLine("phone", 40));
    auto *postcode = addLine("postcode", 12);
    postcode->setPlaceholderText(tr("e.g. PE1 1XX"));
    row(pForm, "postcode", tr("Post&code"), postcode);
    m_noFixedAbode = new PostcodeChoice(postcode, tr("No fixed &abode / overseas"), this);
    connect(m_noFixedAbode, &QCheckBox::toggled, this,
            [this] { errors().clear(QStringLiteral("postcode")); });
    pForm->addRow(QString(), m_noFixedAbode);
    // Asked at intake when the referrer knows; "Not yet asked" blocks the channel until a
    // caseworker records the answer.
    const auto notAsked = domain::safetyCode(domain::ContactSafety::NotAsked);
    row(pForm, "safe_voicemail", tr("Safe to leave &voicemail?"),
        addCodes("safe_voicemail", QStringLiteral("contact_safety"), notAsked));
    row(pForm, "safe_letters", tr("Safe to sen&d letters?"),
        addCodes("safe_letters", QStringLiteral("contact_safety"), notAsked));
    row(pForm, "safe_text", tr("Safe to te&xt?"),
        addCodes("safe_text", QStringLiteral("contact_safety"), notAsked));

    auto *matchBox = new QGroupBox(tr("Already on file?"), this);
    matchBox->setObjectName(QStringLiteral("intakeMatchGroup"));
    m_suggestions = new PersonSuggestions(matchBox);
    auto *matchLayout = new QVBoxLayout(matchBox);
    matchLayout->addWidget(errors().wrap(QStringLiteral("person_id"), tr("Person"), m_suggestions));
    connect(m_suggestions, &PersonSuggestions::choiceChanged, this,
            &IntakeDialog::personChoiceChanged);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(kSuggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, &IntakeDialog::suggestNow);
    for (const auto &field : kPersonFields) {
        auto *edit = m_lines.value(field);
        connect(edit, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
        edit->installEventFilter(this); // Down goes to the suggestions
    }

    m_received = new DateField(DateField::Mode::DateTime, this);
    m_received->setToday(m_services.context.today());
    const auto now = m_services.context.clock.now().toTimeZone(util::london());
    m_received->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    auto *received = addLine("received_at", 40, m_received);
    row(rForm, "received_at", tr("R&eceived"), received);
    row(rForm, "source", tr("&Source"),
        addCodes("source", QStringLiteral("source"), QStringLiteral("police")));
    row(rForm, "offence_group", tr("Crime &type"),
        addCodes("offence_group", QStringLiteral("offence_group"), QString(),
                 tr("Choose the crime type")));
    auto *crimeRef = addLine("crime_reference", 40);
    crimeRef->setPlaceholderText(tr("Police reference, if known"));
    row(rForm, "crime_reference", tr("Crime &reference"), crimeRef);

    m_flags = new QListWidget(this);
    m_flags->setObjectName(QStringLiteral("flagsList"));
    for (const auto &code : m_services.context.codes.codes(QStringLiteral("flag"))) {
        auto *item = new QListWidgetItem(Format::code(QStringLiteral("flag"), code), m_flags);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_flags->setToolTip(tr("Space ticks the selected flag"));
    // Every flag in view: ticking one should not need scrolling.
    m_flags->ensurePolished();
    const int rowHeight = m_flags->sizeHintForRow(0) > 0 ? m_flags->sizeHintForRow(0)
                                                         : m_flags->fontMetrics().height() + 4;
    m_flags->setFixedHeight(rowHeight * (m_flags->count() + 1) + 2 * m_flags->frameWidth());
    connect(m_flags, &QListWidget::itemChanged, this,
            [this] { errors().clear(QStringLiteral("flags")); });
    row(rForm, "flags", tr("F&lags"), m_flags);

    m_consent = new QCheckBox(tr("C&onsent to contact"), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_consent->setChecked(true);
    m_consent->setToolTip(tr("Without consent there is no Victims' Code first-contact clock"));
    rForm->addRow(QString(), m_consent);
    m_enhanced = new QCheckBox(tr("Enhanced entitle&ment"), this);
    m_enhanced->setObjectName(QStringLiteral("enhancedCheck"));
    m_enhanced->setToolTip(tr("First contact within 2 working days instead of 5. Every "
                              "under-18 is entitled; that is set for you."));
    rForm->addRow(QString(), m_enhanced);
    auto *why =
        addCodes("enhanced_reason", QStringLiteral("enhanced_reason"), QString(), tr("Choose why"));
    why->setEnabled(false);
    connect(m_enhanced, &QCheckBox::toggled, why, &QWidget::setEnabled);
    row(rForm, "enhanced_reason", tr("&Why enhanced"), why);
    m_toMe = new QCheckBox(tr("Ass&ign to me"), this);
    m_toMe->setObjectName(QStringLiteral("assignToMeCheck"));
    m_toMe->setToolTip(tr("Otherwise the referral waits in the team's unassigned queue"));
    rForm->addRow(QString(), m_toMe);
    for (auto *box : {m_consent, m_enhanced, m_toMe})
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveReferralButton"));
    saveButton->setText(tr("Save referral"));
    saveButton->setAccessibleName(saveButton->text());
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save (Enter or Ctrl+S)"));
    saveButton->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelReferralButton"));
    connect(saveButton, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);

    // The person and the referral side by side; the people on file below, full width, so
    // that why each one matches can be read in full.
    pForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *columns = new QHBoxLayout;
    columns->addWidget(personBox, 1, Qt::AlignTop);
    columns->addWidget(referralBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addLayout(columns);
    layout->addWidget(matchBox, 1);
    layout->addWidget(buttons);
    resize(1120, 720);
    m_initial = snapshot();
    m_lines.value(QStringLiteral("given_name"))->setFocus();
}

QLineEdit *IntakeDialog::addLine(const char *field, int maxLength, QLineEdit *edit)
{
    const auto name = QString::fromLatin1(field);
    if (!edit)
        edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setMaxLength(maxLength);
    m_lines.insert(name, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, name] { errors().clear(name); });
    return edit;
}

QComboBox *IntakeDialog::addCodes(const char *field, const QString &list, const QString &current,
                                  const QString &none)
{
    const auto name = QString::fromLatin1(field);
    auto *combo = new QComboBox(this);
    combo->setObjectName(name + QStringLiteral("Combo"));
    if (!none.isEmpty())
        combo->addItem(none, QString());
    // Retired codes are not offered, but a record that holds one keeps it.
    for (const auto &code : m_services.context.codes.offered(list, current))
        combo->addItem(Format::code(list, code), code);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    m_combos.insert(name, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, name] { errors().clear(name); });
    return combo;
}

QString IntakeDialog::snapshot() const
{
    QStringList parts;
    for (const auto &name : m_lines.keys())
        parts << name + QLatin1Char('=') + m_lines.value(name)->text().trimmed();
    for (const auto &name : m_combos.keys())
        parts << name + QLatin1Char('=') + m_combos.value(name)->currentData().toString();
    for (int i = 0; i < m_flags->count(); ++i)
        parts << QString::number(m_flags->item(i)->checkState());
    parts << QString::number(m_noFixedAbode->isChecked()) << QString::number(m_consent->isChecked())
          << QString::number(m_enhanced->isChecked()) << QString::number(m_toMe->isChecked())
          << QString::number(int(m_suggestions->choice()));
    parts.sort();
    return parts.join(QLatin1Char('\n'));
}

bool IntakeDialog::hasUnsavedChanges() const
{
    return snapshot() != m_initial;
}

void IntakeDialog::suggestNow()
{
    m_suggestTimer->stop();
    if (m_suggestions->choice() == PersonSuggestions::Choice::Existing)
        return; // the person is chosen; the fields are not being typed
    auto text = [this](const QString &f) {
        return m_lines.value(f)->text().trimmed();
    };
    domain::PersonMatcher::Probe probe;
    probe.givenName = text(QStringLiteral("given_name"));
    probe.familyName = text(QStringLiteral("family_name"));
    probe.dateOfBirth = m_dob->date();
    probe.phone = text(QStringLiteral("phone"));
    probe.postcode = text(QStringLiteral("postcode"));
    // Two letters of a name, or any other detail, before asking.
    if (probe.givenName.size() + probe.familyName.size() < 2 && !probe.dateOfBirth.isValid() &&
        probe.phone.size() < 6 && probe.postcode.size() < 5) {
        m_suggestions->setSuggestions({});
        return;
    }
    auto found = services::ReferralService(m_services.context).suggestPeople(m_actor, probe);
    m_suggestions->setSuggestions(found.ok() ? found.value()
                                             : QVector<domain::PersonMatcher::Scored>());
}

void IntakeDialog::personChoiceChanged()
{
    errors().clear(QStringLiteral("person_id"));
    // The details of someone on file are theirs: the typed ones wait, unchanged, in case
    // the worker goes back to a new person.
    const bool existing = m_suggestions->choice() == PersonSuggestions::Choice::Existing;
    for (const auto &field : kPersonFields)
        m_lines.value(field)->setReadOnly(existing);
    // Their answers about safe contact are in their record (Edit details), not here.
    m_noFixedAbode->setEnabled(!existing);
    for (const char *field : {"safe_voicemail", "safe_letters", "safe_text"})
        m_combos.value(QString::fromLatin1(field))->setEnabled(!existing);
}

bool IntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool personField =
        std::any_of(kPersonFields.cbegin(), kPersonFields.cend(),
                    [&](const QString &f) { return m_lines.value(f) == watched; });
    if (personField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_suggestTimer->isActive())
            suggestNow();
        if (m_suggestions->count() > 0) {
            m_suggestions->list()->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return FormDialog::eventFilter(watched, event);
}

void IntakeDialog::save()
{
    errors().clearAll();
    const auto notSaved = tr("The referral was not saved");
    if (m_suggestTimer->isActive())
        suggestNow();
    using Choice = PersonSuggestions::Choice;
    const auto choice = m_suggestions->choice();
    if (choice == Choice::Undecided && m_suggestions->count() > 0) {
        errors().show(Error::invalid(QStringLiteral("person_id"),
                                     tr("use one of the people suggested (Alt+U), or choose New "
                                        "person (Alt+N)")),
                      notSaved);
        return;
    }
    auto text = [this](const char *f) {
        return m_lines.value(QString::fromLatin1(f))->text();
    };
    auto code = [this](const char *f) {
        return m_combos.value(QString::fromLatin1(f))->currentData().toString();
    };
    services::Intake in;
    if (choice == Choice::Existing) {
        in.personId = m_suggestions->chosen().id;
    } else {
        domain::Person p;
        p.givenName = text("given_name");
        p.familyName = text("family_name");
        if (!errors().checkDate(QStringLiteral("date_of_birth"), m_dob, notSaved))
            return;
        p.dateOfBirth = m_dob->date();
        p.phone = text("phone").trimmed();
        p.postcode = m_noFixedAbode->postcode();
        p.safeVoicemail = domain::safetyFromValue(code("safe_voicemail"));
        p.safeLetters = domain::safetyFromValue(code("safe_letters"));
        p.safeText = domain::safetyFromValue(code("safe_text"));
        in.newPerson = p;
    }
    auto &r = in.referral;
    if (!errors().checkDate(QStringLiteral("received_at"), m_received, notSaved))
        return;
    const QDateTime local = m_received->dateTime();
    r.receivedAt = QDateTime(local.date(), local.time(), util::london()).toUTC();
    r.source = code("source");
    r.offenceGroup = code("offence_group");
    r.crimeReference = text("crime_reference");
    for (int i = 0; i < m_flags->count(); ++i) {
        if (m_flags->item(i)->checkState() == Qt::Checked)
            r.flags << m_flags->item(i)->data(Qt::UserRole).toString();
    }
    r.consentToContact = m_consent->isChecked();
    r.enhanced = m_enhanced->isChecked();
    r.enhancedReason = r.enhanced ? code("enhanced_reason") : QString();
    r.assignedTo = m_toMe->isChecked() ? m_actor.userId : QString();

    auto result = services::ReferralService(m_services.context).intake(m_actor, in);
    if (!result.ok()) {
        errors().show(result.error(), notSaved);
        return;
    }
    m_saved = result.value();
    const auto &chosen = m_suggestions->chosen();
    m_personName = choice == Choice::Existing
                       ? chosen.givenName + QLatin1Char(' ') + chosen.familyName
                       : in.newPerson->displayName().trimmed();
    m_initial = snapshot();
    QDialog::accept();
}

} // namespace hub::ui
