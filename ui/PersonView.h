#pragma once

#include "domain/Views.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace hub::ui {

class PersonHeader;
class PersonOverview;

// One person's record, read-only: the safety header above tabs for the overview,
// referrals, support episodes, contacts and tasks. Esc or Back returns to the list.
class PersonView : public QWidget
{
    Q_OBJECT

public:
    explicit PersonView(QWidget *parent = nullptr);

    void setFile(const domain::PersonFile &file);
    // Shows why the record could not be opened, in place of the record.
    void showError(const QString &message);

    QString personId() const { return m_personId; }
    QString personName() const { return m_personName; }
    PersonHeader *header() const { return m_header; }
    void setBackText(const QString &text);

Q_SIGNALS:
    void backRequested();

private:
    void showContact();

    domain::PersonFile m_file;
    QString m_personId;
    QString m_personName;
    QPushButton *m_back = nullptr;
    QLabel *m_error = nullptr;
    PersonHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    PersonOverview *m_overview = nullptr;
    QTreeWidget *m_referrals = nullptr;
    QTreeWidget *m_episodes = nullptr;
    QTreeWidget *m_contacts = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QTextBrowser *m_contactDetail = nullptr;
};

} // namespace hub::ui
