#include "FieldErrors.h"
#include "Colours.h"

#include "Result.h"
#include "widgets/DateField.h"
#include "widgets/FocusRing.h"
#include "widgets/GrowToFit.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace hub::ui {

FieldErrors::FieldErrors(QWidget *owner) : m_owner(owner)
{
    m_summary = new QLabel(owner);
    m_summary->setObjectName(QStringLiteral("saveError"));
    m_summary->setAccessibleName(tr("Why it was not saved"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    // A message that appears makes the dialog taller, never its fields smaller.
    if (owner->isWindow())
        GrowToFit::install(owner);
    FocusRing::install();
}

FieldErrors::~FieldErrors()
{
    for (const auto &c : std::as_const(m_connections))
        QObject::disconnect(c);
}

const QString &FieldErrors::styleSheet()
{
    // Taken again each time: the palette decides its colours (widgets/Colours.h).
    static QString style;
    style = Colours::css(QStringLiteral(
        "QComboBox[invalid=\"true\"], QSpinBox[invalid=\"true\"], QDateTimeEdit[invalid=\"true\"],"
        "QDateEdit[invalid=\"true\"], QLineEdit[invalid=\"true\"], "
        "QPlainTextEdit[invalid=\"true\"], QCheckBox[invalid=\"true\"],"
        "QListWidget[invalid=\"true\"], QTreeWidget[invalid=\"true\"]"
        "  { border: 2px solid #b3261e; border-radius: 3px; background: #fff6f5; }"
        "QLabel[role=\"fieldError\"] { color: #a01c14; font-weight: bold; }"
        "QLabel#saveError { color: #a01c14; font-weight: bold; background: #fdecea;"
        "  border: 1px solid #e0a39d; border-radius: 4px; padding: 6px; }"));
    return style;
}

void FieldErrors::setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QWidget *FieldErrors::wrap(const QString &field, const QString &caption, QWidget *editor)
{
    const auto plain = QString(caption).remove(QLatin1Char('&'));
    m_captions.insert(field, plain);
    m_editors.insert(field, editor);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(plain);
    auto *holder = new QWidget(m_owner);
    auto *column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *label = new QLabel(holder);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setAccessibleName(tr("Problem with %1").arg(plain));
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    column->addWidget(label);
    m_labels.insert(field, label);
    // A date that cannot be one says so under the field as soon as the field is left.
    if (auto *date = qobject_cast<DateField *>(editor)) {
        m_connections.append(QObject::connect(date, &DateField::problemFound, label,
                                              [this, field](const QString &p) {
                                                  if (p.isEmpty())
                                                      clear(field);
                                                  else
                                                      mark(field, sentence(field, p));
                                              }));
    }
    return holder;
}

void FieldErrors::addRow(QFormLayout *form, const QString &field, const QString &label,
                         QWidget *editor)
{
    // The label's Alt key goes to the editor (a label whose buddy is the pair does nothing).
    auto *caption = new QLabel(label, m_owner);
    caption->setBuddy(editor);
    form->addRow(caption, wrap(field, QString(label).remove(QLatin1Char(':')), editor));
}

void FieldErrors::alias(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

void FieldErrors::show(const Error &error, const QString &notSaved, const QString &words)
{
    const QString heading = notSaved.isEmpty() ? m_notSaved : notSaved;
    const QString field = m_aliases.value(error.field, error.field);
    auto *label = m_labels.value(field);
    QWidget *editor = m_editors.value(field);
    if (!label || !editor) {
        const bool alone = m_unplaced == Unplaced::MessageOnly && !error.message.isEmpty();
        m_summary->setText(
            tr("%1: %2", "not saved, why").arg(heading, alone ? error.message : error.describe()));
        m_summary->show();
        return;
    }
    mark(field, words.isEmpty() ? sentence(field, error.message) : words);
    m_summary->setText(tr("%1. Correct the field marked in red.").arg(heading));
    m_summary->show();
    // The editor, or its first control when it is a group of them.
    QWidget *target = editor;
    if (target->focusPolicy() == Qt::NoFocus && !target->focusProxy()) {
        for (auto *child : editor->findChildren<QWidget *>())
            if (child->focusPolicy() & Qt::TabFocus) {
                target = child;
                break;
            }
    }
    target->setFocus(Qt::OtherFocusReason);
}

bool FieldErrors::checkDate(const QString &field, DateField *date, const QString &notSaved)
{
    if (date->commit())
        return true;
    show(Error::invalid(field, date->problem()), notSaved);
    return false;
}

QString FieldErrors::sentence(const QString &field, const QString &m) const
{
    // The validator's words continue a sentence that starts with the field ("is in the
    // future"); a message that stands alone gets a colon.
    const bool continues =
        m.startsWith(QLatin1String("is ")) || m.startsWith(QLatin1String("must ")) ||
        m.startsWith(QLatin1String("contains ")) || m.startsWith(QLatin1String("lists "));
    const auto caption = m_captions.value(field);
    return continues ? tr("%1 %2", "field, problem").arg(caption, m)
                     : tr("%1: %2", "field, problem").arg(caption, m);
}

void FieldErrors::mark(const QString &field, const QString &text)
{
    auto *label = m_labels.value(field);
    if (!label)
        return;
    label->setText(text);
    label->show();
    if (auto *editor = m_editors.value(field))
        setInvalid(editor, true);
}

void FieldErrors::clear(const QString &field)
{
    if (auto *label = m_labels.value(field))
        label->hide();
    if (auto *editor = m_editors.value(field))
        setInvalid(editor, false);
}

void FieldErrors::clearAll()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        clear(it.key());
    m_summary->hide();
}

QString FieldErrors::text(const QString &field) const
{
    const auto *label = m_labels.value(m_aliases.value(field, field));
    return label && !label->isHidden() ? label->text() : QString();
}

QString FieldErrors::summary() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

} // namespace hub::ui
