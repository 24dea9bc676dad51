#pragma once

#include "domain/PersonMatcher.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hub::ui {

// People already on file who may be the one being entered at intake, best first, each with
// why they match; the worker uses one (Enter or Alt+U on the selected row) or chooses
// "New person" (Alt+N). Until one or the other is chosen, a referral with suggestions
// showing is not saved, so that nobody is entered twice by mistake.
class PersonSuggestions : public QWidget
{
    Q_OBJECT

public:
    enum class Choice
    {
        Undecided,
        Existing,
        New
    };

    explicit PersonSuggestions(QWidget *parent = nullptr);

    void setSuggestions(const QVector<domain::PersonMatcher::Scored> &people);
    int count() const;
    // The display name of the suggestion in `row` ("Anna Nowak").
    QString nameAt(int row) const;

    Choice choice() const { return m_choice; }
    // The person used, when choice() is Existing.
    const domain::PersonMatchCandidate &chosen() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }

    // "name, date of birth" -> "name and date of birth", in words.
    static QString reasonsText(const QStringList &reasons);

public Q_SLOTS:
    void useSelected();
    void chooseNewPerson();
    // Back to undecided, e.g. to change the person of an existing record.
    void reset();

Q_SIGNALS:
    void choiceChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setChoice(Choice choice);
    void updateLabel();

    QVector<domain::PersonMatcher::Scored> m_people;
    Choice m_choice = Choice::Undecided;
    domain::PersonMatchCandidate m_chosen;
    QSet<QString> m_seenWhenNew; // the suggestions there were when "New person" was chosen
    QTreeWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace hub::ui
