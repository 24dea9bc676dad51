#pragma once

#include "domain/Views.h"

#include <QCoreApplication>

class QTreeWidget;

namespace hub::ui {

// Fills the history tabs of the person view (referrals, support episodes, contacts,
// tasks) from a PersonFile. Read-only lists; the editing forms come with later issues.
class PersonHistory
{
    Q_DECLARE_TR_FUNCTIONS(PersonHistory)

public:
    static QTreeWidget *makeTree(const char *objectName, const QString &accessibleName,
                                 const QStringList &headers, QWidget *parent);

    static void fillReferrals(QTreeWidget *tree, const domain::PersonFile &file);
    static void fillEpisodes(QTreeWidget *tree, const domain::PersonFile &file);
    // Newest first. A correction (an amendment) sits under the contact it corrects, which
    // stays as it was recorded.
    static void fillContacts(QTreeWidget *tree, const domain::PersonFile &file);
    static void fillTasks(QTreeWidget *tree, const domain::PersonFile &file);
    // The whole of one contact (and of any correction of it) as rich text, for the reading
    // pane under the timeline.
    static QString contactDetail(const domain::PersonFile &file, const QString &contactId);
};

} // namespace hub::ui
