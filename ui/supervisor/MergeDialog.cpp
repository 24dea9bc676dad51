#include "MergeDialog.h"
#include "Format.h"

#include "services/DeskService.h"
#include "services/PersonMergeService.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
using services::PersonMergeService;

// A value as the form shows it: codes by their labels, dates and languages as everywhere
// else in the app, the contact-safety codes in words, "(empty)" for nothing.
QString shown(const QString &field, const QString &text)
{
    if (!text.isEmpty()) {
        if (field == QLatin1String("gender") || field == QLatin1String("ethnic_group") ||
            field == QLatin1String("disability"))
            return Format::code(field, text);
        if (field == QLatin1String("first_language"))
            return Format::language(text);
        if (field == QLatin1String("date_of_birth"))
            return Format::date(QDate::fromString(text, Qt::ISODate));
        if (field == QLatin1String("postcode"))
            return Format::postcode(text);
    }
    if (text == QLatin1String("not_asked"))
        return MergeDialog::tr("Not asked");
    if (text == QLatin1String("safe"))
        return MergeDialog::tr("Safe");
    if (text == QLatin1String("not_safe"))
        return MergeDialog::tr("Not safe");
    return text.isEmpty() ? MergeDialog::tr("(empty)") : text;
}
} // namespace

QString MergeDialog::fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("ethnic_group"), QT_TR_NOOP("Ethnic group")},
        {QStringLiteral("disability"), QT_TR_NOOP("Disability")},
        {QStringLiteral("first_language"), QT_TR_NOOP("First language")},
        {QStringLiteral("interpreter_needed"), QT_TR_NOOP("Interpreter needed")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("safe_times"), QT_TR_NOOP("Safe times to contact")},
        {QStringLiteral("safe_voicemail"), QT_TR_NOOP("Voicemail safe")},
        {QStringLiteral("safe_letters"), QT_TR_NOOP("Letters safe")},
        {QStringLiteral("safe_text"), QT_TR_NOOP("Texts safe")},
        {QStringLiteral("restricted"), QT_TR_NOOP("Restricted record")},
        {QStringLiteral("contact_notes"), QT_TR_NOOP("Safe contact notes")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

MergeDialog::MergeDialog(services::Services &services, const domain::Actor &actor,
                         const domain::Person &kept, const domain::Person &other, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_kept(kept), m_other(other)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two records of one person"));
    setAccessibleName(windowTitle());
    setStyleSheet(FieldErrors::styleSheet());
    errors().setNotSaved(tr("The records were not merged"));
    setUnsavedQuestion(tr("Records not merged"), tr("Merge the two records now?"));

    auto *grid = new QGridLayout;
    auto *keptHeader =
        new QLabel(tr("<b>Kept record</b><br>%1").arg(kept.displayName().toHtmlEscaped()), this);
    auto *otherHeader = new QLabel(
        tr("<b>Merged into it</b><br>%1").arg(other.displayName().toHtmlEscaped()), this);
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(keptHeader, 0, 1);
    grid->addWidget(otherHeader, 0, 2);
    int row = 1;
    for (const auto &field : PersonMergeService::choosableFields()) {
        const auto label = fieldLabel(field);
        const auto keptText = PersonMergeService::fieldText(kept, field);
        const auto otherText = PersonMergeService::fieldText(other, field);
        auto *name = new QLabel(label, this);
        auto *left = new QRadioButton(shown(field, keptText), this);
        auto *right = new QRadioButton(shown(field, otherText), this);
        left->setObjectName(field + QStringLiteral("KeptRadio"));
        right->setObjectName(field + QStringLiteral("OtherRadio"));
        left->setAccessibleName(tr("%1: keep %2").arg(label, shown(field, keptText)));
        right->setAccessibleName(tr("%1: take %2").arg(label, shown(field, otherText)));
        auto *group = new QButtonGroup(this);
        group->addButton(left, 0);
        group->addButton(right, 1);
        // The kept record's value, unless it has none and the other has one.
        (keptText.isEmpty() && !otherText.isEmpty() ? right : left)->setChecked(true);
        if (keptText == otherText)
            right->setEnabled(false);
        m_groups.insert(field, group);
        name->setBuddy(left);
        grid->addWidget(name, row, 0);
        grid->addWidget(left, row, 1);
        grid->addWidget(right, row, 2);
        ++row;
    }
    const auto result = PersonMergeService::mergedPerson(kept, other, {});
    for (const auto &field : PersonMergeService::ruledFields()) {
        grid->addWidget(new QLabel(fieldLabel(field), this), row, 0);
        grid->addWidget(new QLabel(shown(field, PersonMergeService::fieldText(kept, field)), this),
                        row, 1);
        grid->addWidget(new QLabel(shown(field, PersonMergeService::fieldText(other, field)), this),
                        row, 2);
        auto *kept_ = new QLabel(
            tr("Kept: %1").arg(shown(field, PersonMergeService::fieldText(result, field))), this);
        kept_->setObjectName(field + QStringLiteral("Result"));
        grid->addWidget(kept_, row, 3);
        ++row;
    }
    auto *rows = new QWidget(this);
    rows->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Fields of the two records"));

    auto *note = new QLabel(
        tr("Voicemail, letters and texts always keep the most restrictive answer of the two, "
           "a restricted record stays restricted, and both records' safe contact notes are "
           "kept. Every referral, support episode, contact and task of the second record "
           "moves to the kept one. A merge can be undone until the kept record is erased."),
        this);
    note->setObjectName(QStringLiteral("safetyNote"));
    note->setWordWrap(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReasonEdit"));
    m_reason->setMaxLength(400);
    m_reason->setAccessibleName(tr("Reason for the merge"));
    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Why are they one person?"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, errors().wrap(QStringLiteral("reason"), tr("Reason"), m_reason));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_merge = buttons->button(QDialogButtonBox::Ok);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setText(tr("&Merge"));
    m_merge->setDefault(true);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errors().summaryLabel());
    layout->addWidget(scroll, 1);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_initial = fromOther();
    m_reason->setFocus(Qt::OtherFocusReason);
}

QStringList MergeDialog::fromOther() const
{
    QStringList out;
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        if (it.value()->checkedId() == 1)
            out << it.key();
    }
    return out;
}

void MergeDialog::choose(const QString &field, bool other)
{
    if (auto *group = m_groups.value(field))
        group->button(other ? 1 : 0)->setChecked(true);
}

bool MergeDialog::hasUnsavedChanges() const
{
    return !m_reason->text().trimmed().isEmpty() || fromOther() != m_initial;
}

void MergeDialog::save()
{
    errors().clearAll();
    finishSave(services::PersonMergeService(m_services.context)
                   .merge(m_actor, {m_kept.id, m_other.id, m_reason->text(), fromOther()}),
               &m_merged);
}

} // namespace hub::ui
