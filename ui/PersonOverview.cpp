#include "PersonOverview.h"
#include "widgets/Colours.h"

#include "Format.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
QGroupBox *group(const QString &title, QFormLayout **form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    (*form)->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    (*form)->setHorizontalSpacing(14);
    (*form)->setVerticalSpacing(8);
    return box;
}

QString yesNo(bool value)
{
    return value ? PersonOverview::tr("Yes") : PersonOverview::tr("No");
}
} // namespace

PersonOverview::PersonOverview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personOverview"));
    setAccessibleName(tr("Overview"));

    QFormLayout *personal = nullptr;
    QFormLayout *contact = nullptr;
    QFormLayout *record = nullptr;
    auto *personalBox = group(tr("Personal details"), &personal, this);
    auto *contactBox = group(tr("Contact details"), &contact, this);
    auto *recordBox = group(tr("Record"), &record, this);

    addRow(personal, tr("Given name"), "givenName");
    addRow(personal, tr("Family name"), "familyName");
    addRow(personal, tr("Date of birth"), "dateOfBirth");
    addRow(personal, tr("Gender"), "gender");
    addRow(personal, tr("Ethnic group"), "ethnicGroup");
    addRow(personal, tr("Disability"), "disability");
    addRow(personal, tr("First language"), "firstLanguage");
    addRow(personal, tr("Interpreter needed"), "interpreter");

    addRow(contact, tr("Phone"), "phone");
    addRow(contact, tr("Email"), "email");
    addRow(contact, tr("Address"), "address");
    addRow(contact, tr("Postcode"), "postcode");
    addRow(contact, tr("Safe to leave voicemail"), "safeVoicemail");
    addRow(contact, tr("Safe to send letters"), "safeLetters");
    addRow(contact, tr("Safe to text"), "safeText");
    addRow(contact, tr("Safe contact times"), "safeTimes");
    addRow(contact, tr("Contact notes"), "contactNotes");

    addRow(record, tr("Restricted record"), "restricted");
    addRow(record, tr("Created"), "createdAt");
    addRow(record, tr("Referrals"), "referralCount");
    addRow(record, tr("Support episodes"), "episodeCount");
    addRow(record, tr("Contacts"), "contactCount");
    addRow(record, tr("Open tasks"), "openTaskCount");

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(16);
    for (auto *box : {personalBox, contactBox, recordBox}) {
        auto *column = new QVBoxLayout;
        column->addWidget(box);
        column->addStretch();
        layout->addLayout(column, 1);
    }
}

void PersonOverview::addRow(QFormLayout *form, const QString &label, const char *field)
{
    auto *value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(field));
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Only free text wraps: a wrapping label in a form row is sized for its first line.
    value->setWordWrap(qstrcmp(field, "contactNotes") == 0);
    value->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    caption->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));
    form->addRow(caption, value);
    m_values.insert(value->objectName(), value);
}

void PersonOverview::set(const char *field, const QString &text)
{
    if (auto *label = m_values.value(QString::fromLatin1(field)))
        label->setText(text.isEmpty() ? tr("\u2014") : text);
}

QString PersonOverview::value(const QString &field) const
{
    const auto *label = m_values.value(field);
    return label ? label->text() : QString();
}

void PersonOverview::setFile(const domain::PersonFile &file)
{
    const auto &p = file.person;
    set("givenName", p.givenName);
    set("familyName", p.familyName);
    const int age = Format::ageToday(p.dateOfBirth);
    set("dateOfBirth", p.dateOfBirth.isValid()
                           ? tr("%1 (age %2)").arg(Format::date(p.dateOfBirth)).arg(age)
                           : tr("Unknown"));
    set("gender", Format::code(QStringLiteral("gender"), p.gender));
    set("ethnicGroup", Format::code(QStringLiteral("ethnic_group"), p.ethnicGroup));
    set("disability", Format::code(QStringLiteral("disability"), p.disability));
    set("firstLanguage", Format::language(p.firstLanguage));
    set("interpreter", yesNo(p.interpreterNeeded));

    set("phone", p.phone);
    set("email", p.email);
    set("address", p.address);
    set("postcode", Format::postcode(p.postcode));
    set("safeVoicemail", Format::safety(p.safeVoicemail));
    set("safeLetters", Format::safety(p.safeLetters));
    set("safeText", Format::safety(p.safeText));
    set("safeTimes", p.safeTimes);
    set("contactNotes", p.contactNotes);

    set("restricted", yesNo(p.restricted));
    set("createdAt", Format::localDateTime(p.createdAt));
    set("referralCount", QString::number(file.referrals.size()));
    set("episodeCount", QString::number(file.episodes.size()));
    set("contactCount", QString::number(file.contacts.size()));
    int open = 0;
    for (const auto &t : file.tasks)
        open += t.doneAt.isValid() ? 0 : 1;
    set("openTaskCount", QString::number(open));
}

} // namespace hub::ui
