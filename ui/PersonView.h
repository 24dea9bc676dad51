#pragma once

#include "domain/Actor.h"
#include "domain/Views.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EpisodePane;
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
    // The record shown (empty while none is).
    const domain::PersonFile &file() const { return m_file; }
    QString personName() const { return m_personName; }
    PersonHeader *header() const { return m_header; }
    void setBackText(const QString &text);

    // Caseworker desk: editing (details, support episodes) once someone works as a user.
    void setWorkContext(services::Services *services, const domain::Actor &actor);
    EpisodePane *episodePane() const { return m_episodePane; }

public Q_SLOTS:
    // "Edit details…" (Ctrl+E): the person edit dialog; the header shows a save at once.
    void editDetails();
    // "Amend…" (F2) on the contacts tab: records a correction of the selected contact; the
    // original stays as it was logged.
    void amendContact();
    // "Undo merge…" (supervisors, on a record others were merged into): the UnmergeDialog.
    void undoMerge();

Q_SIGNALS:
    void backRequested();
    void message(const QString &text);

private:
    // Shows the next (1) or previous (-1) section, round the ends.
    void stepSection(int step);
    void showContact();
    void showEpisode();
    // Shows "Undo merge…" when the worker may merge people and others were merged into
    // the record shown.
    void updateUnmerge();

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
    // Caseworker desk (episodes, editing).
    services::Services *m_services = nullptr;
    domain::Actor m_actor;
    EpisodePane *m_episodePane = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_unmerge = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace hub::ui
