#include "FormErrors.h"

#include "Result.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace hub::ui {

namespace {
void setInvalid(QWidget *w, bool invalid)
{
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

FormErrors::FormErrors(QWidget *owner) : m_owner(owner)
{
    m_summary = new QLabel(owner);
    m_summary->setObjectName(QStringLiteral("saveError"));
    m_summary->setAccessibleName(tr("Why it was not saved"));
    m_summary->setWordWrap(true);
    m_summary->hide();
}

QString FormErrors::styleSheet()
{
    return QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QListWidget[invalid=\"true\"],"
        "  QTreeWidget[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"]"
        "  { border: 2px solid #b3261e; border-radius: 3px; background: #fff6f5; }"
        "QLabel[role=\"fieldError\"] { color: #a01c14; font-weight: bold; }"
        "QLabel#saveError { color: #a01c14; font-weight: bold; background: #fdecea;"
        "  border: 1px solid #e0a39d; border-radius: 4px; padding: 6px; }");
}

QWidget *FormErrors::add(const QString &field, const QString &caption, QWidget *editor)
{
    const auto plain = QString(caption).remove(QLatin1Char('&'));
    m_captions.insert(field, plain);
    m_fields.insert(field, editor);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(plain);
    auto *holder = new QWidget(m_owner);
    auto *column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *error = new QLabel(holder);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setAccessibleName(tr("Problem with %1").arg(plain));
    error->setProperty("role", QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->hide();
    column->addWidget(error);
    m_errors.insert(field, error);
    return holder;
}

void FormErrors::show(const Error &error, const QString &notSaved)
{
    auto *label = m_errors.value(error.field);
    QWidget *field = m_fields.value(error.field);
    if (!label || !field) {
        // Without a field of this form the service's words stand alone.
        m_summary->setText(
            tr("%1: %2").arg(notSaved, error.message.isEmpty() ? error.describe() : error.message));
        m_summary->show();
        return;
    }
    // The validator's words continue a sentence that starts with the field ("is in the
    // future"); a message that stands alone gets a colon.
    const auto &m = error.message;
    const bool continues =
        m.startsWith(QLatin1String("is ")) || m.startsWith(QLatin1String("must ")) ||
        m.startsWith(QLatin1String("contains ")) || m.startsWith(QLatin1String("lists "));
    const auto caption = m_captions.value(error.field);
    label->setText(continues ? tr("%1 %2", "field, problem").arg(caption, m)
                             : tr("%1: %2", "field, problem").arg(caption, m));
    label->show();
    setInvalid(field, true);
    m_summary->setText(tr("%1. Correct the field marked in red.").arg(notSaved));
    m_summary->show();
    field->setFocus(Qt::OtherFocusReason);
}

void FormErrors::clear(const QString &field)
{
    if (auto *label = m_errors.value(field))
        label->hide();
    if (auto *w = m_fields.value(field))
        setInvalid(w, false);
}

void FormErrors::clearAll()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        clear(it.key());
    m_summary->hide();
}

QString FormErrors::errorFor(const QString &field) const
{
    const auto *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString FormErrors::summary() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

} // namespace hub::ui
