#include "PersonEditDialog.h"

#include "Format.h"
#include "domain/Postcode.h"
#include "services/DeskService.h"
#include "services/PersonService.h"
#include "util/Time.h"
#include "widgets/DateField.h"
#include "widgets/GrowToFit.h"
#include "widgets/PostcodeChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

PersonEditDialog::PersonEditDialog(services::Services &services, const domain::Actor &actor,
                                   const domain::Person &person, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_original(person), m_saved(person)
{
    setObjectName(QStringLiteral("personEditDialog"));
    setWindowTitle(tr("Edit details of %1").arg(person.displayName()));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The details were not saved"));
    errors().summaryLabel()->setAccessibleName(tr("Why the details could not be saved"));
    setUnsavedQuestion(tr("Unsaved changes"),
                       tr("The details of %1 have changes that are not saved. Save them now?")
                           .arg(person.displayName()));

    auto *details = new QGroupBox(tr("Personal details"), this);
    details->setObjectName(QStringLiteral("detailsGroup"));
    auto *dForm = new QFormLayout(details);
    auto *contact = new QGroupBox(tr("Contact details"), this);
    contact->setObjectName(QStringLiteral("contactGroup"));
    auto *cForm = new QFormLayout(contact);
    auto *safety = new QGroupBox(tr("Safety of contact"), this);
    safety->setObjectName(QStringLiteral("safetyGroup"));
    auto *sForm = new QFormLayout(safety);

    auto row = [this](QFormLayout *form, const char *field, const QString &label, QWidget *w) {
        auto *caption = new QLabel(label, form->parentWidget());
        caption->setBuddy(w);
        form->addRow(caption, errors().wrap(QString::fromLatin1(field), label, w));
    };
    row(dForm, "given_name", tr("&Given name"), addLine("given_name", person.givenName, 200));
    row(dForm, "family_name", tr("&Family name"), addLine("family_name", person.familyName, 200));
    auto *dob = new DateField(this);
    dob->setObjectName(QStringLiteral("date_of_birthEdit"));
    dob->setAllowEmpty(true);
    dob->setToday(services.context.today());
    dob->setDate(person.dateOfBirth);
    dob->setPlaceholderText(tr("dd/mm/yyyy, or blank if unknown"));
    m_fields.insert(QStringLiteral("date_of_birth"), dob);
    connect(dob, &QLineEdit::textEdited, this,
            [this] { errors().clear(QStringLiteral("date_of_birth")); });
    row(dForm, "date_of_birth", tr("Date of &birth"), dob);
    row(dForm, "gender", tr("G&ender"),
        addCodes("gender", QStringLiteral("gender"), person.gender));
    row(dForm, "ethnic_group", tr("Et&hnic group"),
        addCodes("ethnic_group", QStringLiteral("ethnic_group"), person.ethnicGroup));
    row(dForm, "disability", tr("D&isability"),
        addCodes("disability", QStringLiteral("disability"), person.disability));
    auto *language = addLine("first_language", person.firstLanguage, 35);
    language->setToolTip(tr("A language code: en English, pl Polish, ro Romanian, pt Portuguese"));
    row(dForm, "first_language", tr("First lang&uage (code)"), language);
    dForm->addRow(QString(), addCheck("interpreter_needed", tr("I&nterpreter needed"),
                                      person.interpreterNeeded));

    row(cForm, "phone", tr("&Phone"), addLine("phone", person.phone, 40));
    row(cForm, "email", tr("E&mail"), addLine("email", person.email, 200));
    row(cForm, "address", tr("&Address"), addLine("address", person.address, 400));
    auto *postcode = addLine("postcode", QString(), 12);
    postcode->setPlaceholderText(tr("e.g. PE1 1XX"));
    row(cForm, "postcode", tr("Post&code"), postcode);
    m_noFixedAbode = new PostcodeChoice(postcode, tr("No fi&xed abode / overseas"), this);
    m_noFixedAbode->setPostcode(person.postcode);
    connect(m_noFixedAbode, &QCheckBox::toggled, this,
            [this] { errors().clear(QStringLiteral("postcode")); });
    cForm->addRow(QString(), m_noFixedAbode);

    // What the person said when asked; "Not yet asked" blocks the channel until answered.
    row(sForm, "safe_voicemail", tr("Safe to leave &voicemail?"),
        addCodes("safe_voicemail", QStringLiteral("contact_safety"),
                 domain::safetyCode(person.safeVoicemail)));
    row(sForm, "safe_letters", tr("Safe to send &letters?"),
        addCodes("safe_letters", QStringLiteral("contact_safety"),
                 domain::safetyCode(person.safeLetters)));
    row(sForm, "safe_text", tr("Safe to &text?"),
        addCodes("safe_text", QStringLiteral("contact_safety"),
                 domain::safetyCode(person.safeText)));
    auto *times = addLine("safe_times", person.safeTimes, 200);
    times->setPlaceholderText(tr("e.g. weekdays 10:00-12:00"));
    row(sForm, "safe_times", tr("Safe &days and times"), times);
    m_notes = new QPlainTextEdit(person.contactNotes, this);
    m_notes->setObjectName(QStringLiteral("contact_notesEdit"));
    m_notes->setTabChangesFocus(true);
    GrowToFit::setLines(m_notes, 4);
    m_notes->setPlaceholderText(tr("e.g. do not contact at home; partner must not know"));
    m_fields.insert(QStringLiteral("contact_notes"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { errors().clear(QStringLiteral("contact_notes")); });
    row(sForm, "contact_notes", tr("Contact n&otes"), m_notes);
    sForm->addRow(QString(), addCheck("restricted",
                                      tr("&Restricted record (staff member or known "
                                         "locally)"),
                                      person.restricted));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("personEditButtons"));
    auto *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("savePersonButton"));
    saveButton->setAccessibleName(tr("Save details"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save (Enter or Ctrl+S)"));
    saveButton->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPersonButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(saveButton, &QPushButton::clicked, this, &PersonEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEditDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(contact);
    right->addWidget(safety);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(880, sizeHint().height());
}

QLineEdit *PersonEditDialog::addLine(const char *field, const QString &text, int maxLength)
{
    const auto name = QString::fromLatin1(field);
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    m_fields.insert(name, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, name] { errors().clear(name); });
    return edit;
}

QComboBox *PersonEditDialog::addCodes(const char *field, const QString &list,
                                      const QString &current)
{
    const auto name = QString::fromLatin1(field);
    auto *combo = new QComboBox(this);
    combo->setObjectName(name + QStringLiteral("Combo"));
    for (const auto &code : m_services.context.codes.codes(list))
        combo->addItem(Format::code(list, code), code);
    const int at = combo->findData(current);
    if (at < 0 && !current.isEmpty())
        combo->addItem(current, current); // a code this build does not know: keep it
    combo->setCurrentIndex(at >= 0 ? at : combo->count() - 1);
    m_fields.insert(name, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, name] { errors().clear(name); });
    return combo;
}

QCheckBox *PersonEditDialog::addCheck(const char *field, const QString &text, bool checked)
{
    const auto name = QString::fromLatin1(field);
    auto *box = new QCheckBox(text, this);
    box->setObjectName(name + QStringLiteral("Check"));
    box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    box->setChecked(checked);
    m_fields.insert(name, box);
    return box;
}

bool PersonEditDialog::collect(domain::Person *out) const
{
    auto text = [this](const char *f) {
        return static_cast<QLineEdit *>(m_fields.value(QString::fromLatin1(f)))->text();
    };
    auto code = [this](const char *f) {
        return static_cast<QComboBox *>(m_fields.value(QString::fromLatin1(f)))
            ->currentData()
            .toString();
    };
    auto checked = [this](const char *f) {
        return static_cast<QCheckBox *>(m_fields.value(QString::fromLatin1(f)))->isChecked();
    };
    domain::Person p = m_original;
    p.givenName = text("given_name");
    p.familyName = text("family_name");
    const auto *dob = static_cast<DateField *>(m_fields.value(QStringLiteral("date_of_birth")));
    const bool dateOk = dob->problem().isEmpty();
    p.dateOfBirth = dob->date();
    p.gender = code("gender");
    p.ethnicGroup = code("ethnic_group");
    p.disability = code("disability");
    p.firstLanguage = text("first_language").trimmed();
    p.interpreterNeeded = checked("interpreter_needed");
    p.phone = text("phone");
    p.email = text("email");
    p.address = text("address");
    p.postcode = m_noFixedAbode->postcode();
    p.safeVoicemail = domain::safetyFromValue(code("safe_voicemail"));
    p.safeLetters = domain::safetyFromValue(code("safe_letters"));
    p.safeText = domain::safetyFromValue(code("safe_text"));
    p.safeTimes = text("safe_times");
    p.contactNotes = m_notes->toPlainText();
    p.restricted = checked("restricted");
    *out = p;
    return dateOk;
}

bool PersonEditDialog::hasUnsavedChanges() const
{
    domain::Person p;
    // A date that cannot be read is a change too.
    if (!collect(&p))
        return true;
    auto trimmed = [](domain::Person x) {
        x.givenName = x.givenName.trimmed();
        x.familyName = x.familyName.trimmed();
        x.postcode = domain::normalisePostcode(x.postcode);
        return x;
    };
    return !(trimmed(p) == trimmed(m_saved));
}

void PersonEditDialog::save()
{
    errors().clearAll();
    domain::Person edited;
    auto *dob = static_cast<DateField *>(m_fields.value(QStringLiteral("date_of_birth")));
    if (!errors().checkDate(QStringLiteral("date_of_birth"), dob) || !collect(&edited))
        return;
    finishSave(services::PersonService(m_services.context).update(m_actor, edited), &m_saved);
}

} // namespace hub::ui
