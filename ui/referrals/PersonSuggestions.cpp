#include "PersonSuggestions.h"
#include "widgets/Colours.h"

#include "Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hub::ui {

PersonSuggestions::PersonSuggestions(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personSuggestions"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("suggestionsHeading"));
    // One line each, no word wrap: a wrapped label's height-for-width lets the dialog's
    // layout squeeze the fields above it.

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setAccessibleName(tr("People already on file who may be this person"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Date of birth"), tr("Phone"), tr("Postcode"), tr("Why it matches")});
    const auto fm = m_list->fontMetrics();
    m_list->header()->resizeSection(
        0, fm.horizontalAdvance(QStringLiteral("Aleksandra Wiśniewska-Nowak")) + 16);
    m_list->header()->resizeSection(1, fm.horizontalAdvance(tr("Date of birth")) + 20);
    m_list->header()->resizeSection(2, fm.horizontalAdvance(QStringLiteral("07700 900000")) + 16);
    m_list->header()->resizeSection(3, fm.horizontalAdvance(QStringLiteral("PE29 3AB")) + 20);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &PersonSuggestions::useSelected);

    m_use = new QPushButton(tr("&Use this person"), this);
    m_use->setObjectName(QStringLiteral("usePersonButton"));
    m_use->setToolTip(tr("The referral is for the selected person (Enter in the list)"));
    m_use->setAutoDefault(false);
    m_new = new QPushButton(tr("&New person"), this);
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    m_new->setToolTip(tr("None of them: enter a new person from the details typed"));
    m_new->setAutoDefault(false);
    connect(m_use, &QPushButton::clicked, this, &PersonSuggestions::useSelected);
    connect(m_new, &QPushButton::clicked, this, &PersonSuggestions::chooseNewPerson);

    m_choiceLabel = new QLabel(this);
    m_choiceLabel->setObjectName(QStringLiteral("personChoiceLabel"));
    m_choiceLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_choiceLabel);
    updateLabel();
}

QString PersonSuggestions::reasonsText(const QStringList &reasons)
{
    QStringList words;
    for (const auto &r : reasons) {
        if (r == QLatin1String("name"))
            words << tr("name");
        else if (r == QLatin1String("date_of_birth"))
            words << tr("date of birth");
        else if (r == QLatin1String("phone"))
            words << tr("phone");
        else if (r == QLatin1String("postcode"))
            words << tr("postcode");
        else
            words << r;
    }
    if (words.size() < 2)
        return words.join(QString());
    const auto last = words.takeLast();
    return tr("%1 and %2", "list of matching fields").arg(words.join(QStringLiteral(", ")), last);
}

void PersonSuggestions::setSuggestions(const QVector<domain::PersonMatcher::Scored> &people)
{
    m_people = people;
    m_list->clear();
    bool newcomer = false;
    for (const auto &s : people) {
        const auto &p = s.person;
        auto *item = new QTreeWidgetItem(
            m_list, {p.givenName + QLatin1Char(' ') + p.familyName,
                     Format::dateOrUnknown(p.dateOfBirth), p.phone, Format::postcode(p.postcode),
                     tr("Same %1 (score %2 of 100)").arg(reasonsText(s.reasons)).arg(s.score)});
        item->setData(0, Qt::UserRole, p.id);
        newcomer = newcomer || !m_seenWhenNew.contains(p.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // Someone new on the list may be the person after all: ask again.
    if (m_choice == Choice::New && newcomer)
        setChoice(Choice::Undecided);
    updateLabel();
}

int PersonSuggestions::count() const
{
    return m_list->topLevelItemCount();
}

QString PersonSuggestions::nameAt(int row) const
{
    auto *item = m_list->topLevelItem(row);
    return item ? item->text(0) : QString();
}

void PersonSuggestions::useSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_people.size())
        return;
    m_chosen = m_people.at(row).person;
    setChoice(Choice::Existing);
}

void PersonSuggestions::chooseNewPerson()
{
    m_seenWhenNew.clear();
    for (const auto &s : m_people)
        m_seenWhenNew.insert(s.person.id);
    setChoice(Choice::New);
}

void PersonSuggestions::reset()
{
    setChoice(Choice::Undecided);
}

void PersonSuggestions::setChoice(Choice choice)
{
    m_choice = choice;
    if (choice != Choice::Existing)
        m_chosen = {};
    updateLabel();
    Q_EMIT choiceChanged();
}

void PersonSuggestions::updateLabel()
{
    const int n = count();
    m_heading->setText(n == 0   ? tr("Already on file? People who match the name, date of birth, "
                                       "phone or postcode typed will be listed here.")
                       : n == 1 ? tr("Already on file? 1 person matches. Down arrow to the list.")
                                : tr("Already on file? %1 people match, the best first. Down arrow "
                                     "to the list.")
                                      .arg(n));
    m_use->setEnabled(n > 0 && m_choice != Choice::Existing);
    QString text;
    auto tone = Colours::Tone::Muted;
    switch (m_choice) {
    case Choice::Existing:
        text = tr("The referral is for %1, born %2, already on file. New person (Alt+N) to "
                  "enter someone else.")
                   .arg(m_chosen.givenName + QLatin1Char(' ') + m_chosen.familyName,
                        Format::dateOrUnknown(m_chosen.dateOfBirth));
        tone = Colours::Tone::Success;
        break;
    case Choice::New:
        text = tr("The referral is for a new person, entered from the details above.");
        break;
    case Choice::Undecided:
        text = n > 0 ? tr("Use one of these people (Alt+U), or New person (Alt+N) if none of "
                          "them is this person.")
                     : tr("A new person will be entered from the details above.");
        if (n > 0)
            tone = Colours::Tone::Warning;
        break;
    }
    m_choiceLabel->setText(text);
    m_choiceLabel->setAccessibleName(text);
    m_choiceLabel->setStyleSheet(Colours::textStyle(tone) + QStringLiteral("font-weight: bold;"));
}

bool PersonSuggestions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        // Enter in the list uses the person; it must not also save the dialog.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            useSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hub::ui
