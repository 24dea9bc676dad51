#include "FieldErrors.h"

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

FieldErrors::FieldErrors(QLabel *summary, QString notSavedText, QString notSavedPrefix)
    : m_summary(summary), m_notSavedText(std::move(notSavedText)),
      m_notSavedPrefix(std::move(notSavedPrefix))
{
    m_summary->setObjectName(QStringLiteral("saveError"));
    m_summary->setWordWrap(true);
    m_summary->hide();
}

const QString &FieldErrors::styleSheet()
{
    static const QString style = QStringLiteral(
        "QComboBox[invalid=\"true\"], QSpinBox[invalid=\"true\"], QDateTimeEdit[invalid=\"true\"],"
        "QDateEdit[invalid=\"true\"], QLineEdit[invalid=\"true\"], "
        "QPlainTextEdit[invalid=\"true\"],"
        "QCheckBox[invalid=\"true\"]"
        "  { border: 2px solid #b3261e; border-radius: 3px; background: #fff6f5; }"
        "QLabel[role=\"fieldError\"] { color: #a01c14; font-weight: bold; }"
        "QLabel#saveError { color: #a01c14; font-weight: bold; background: #fdecea;"
        "  border: 1px solid #e0a39d; border-radius: 4px; padding: 6px; }");
    return style;
}

QWidget *FieldErrors::wrap(const QString &field, const QString &caption, QWidget *editor,
                           QWidget *parent)
{
    m_captions.insert(field, QString(caption).remove(QLatin1Char('&')));
    editor->setAccessibleName(m_captions.value(field));
    m_editors.insert(field, editor);
    auto *holder = new QWidget(parent);
    auto *column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *label = new QLabel(holder);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setAccessibleName(tr("Problem with %1").arg(m_captions.value(field)));
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    column->addWidget(label);
    m_labels.insert(field, label);
    return holder;
}

void FieldErrors::alias(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

void FieldErrors::show(const Error &error, const QString &text)
{
    const QString field = m_aliases.value(error.field, error.field);
    auto *label = m_labels.value(field);
    QWidget *editor = m_editors.value(field);
    if (!label || !editor) {
        m_summary->setText(m_notSavedPrefix.arg(error.describe()));
        m_summary->show();
        return;
    }
    QString words = text;
    if (words.isEmpty()) {
        // The validator's words continue a sentence that starts with the field ("is
        // longer than a day"); a message that stands alone gets a colon.
        const auto &m = error.message;
        const bool continues = m.startsWith(QLatin1String("is ")) ||
                               m.startsWith(QLatin1String("must ")) ||
                               m.startsWith(QLatin1String("contains "));
        const auto name = m_captions.value(field);
        words = continues ? tr("%1 %2", "field, problem").arg(name, m)
                          : tr("%1: %2", "field, problem").arg(name, m);
    }
    label->setText(words);
    label->show();
    setInvalid(editor, true);
    m_summary->setText(m_notSavedText);
    m_summary->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void FieldErrors::clear(const QString &field)
{
    if (auto *label = m_labels.value(field))
        label->hide();
    if (auto *w = m_editors.value(field))
        setInvalid(w, false);
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

} // namespace hub::ui
