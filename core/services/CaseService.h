#pragma once

#include "Result.h"
#include "domain/Actor.h"
#include "domain/Views.h"
#include "security/Permissions.h"
#include "util/Clock.h"

#include <QObject>

namespace hub::store {
class Database;
}

namespace hub::services {

// Reading people and their history: search, the caseload list and the person file.
// Writes arrive with the caseworker issue; they will emit personChanged() so lists refresh.
class CaseService : public QObject
{
    Q_OBJECT

public:
    explicit CaseService(store::Database &db, QObject *parent = nullptr);
    // With the clock that stamps the audit events of views (tests fix it).
    CaseService(store::Database &db, const util::Clock &clock, QObject *parent = nullptr);

    // The people matching `text` for whom `actor` may do `action` (ViewPerson for the search
    // box; a picker passes what the chosen person is for, e.g. LogContact). The actor's own
    // caseload first, then their team's, then the people nobody holds yet, then the others
    // (hub-wide supervisors), each row marked (PersonSummary::closeness, holderTeams); newest
    // first within each.
    Result<QVector<domain::PersonSummary>>
    search(const domain::Actor &actor, const QString &text, int limit = 50,
           security::Action action = security::Action::ViewPerson);
    int caseloadCount(const domain::Actor &actor);
    Result<QVector<domain::PersonSummary>> caseloadPage(const domain::Actor &actor,
                                                        domain::CaseloadSort sort,
                                                        Qt::SortOrder order, int offset, int limit);
    // A merged record (Person::mergedInto) opens as the record it was merged into.
    Result<domain::PersonFile> openPerson(const domain::Actor &actor, const QString &personId);

Q_SIGNALS:
    void personChanged(const QString &personId);
    void caseloadReset();

private:
    void markCloseness(const domain::Actor &actor, QVector<domain::PersonSummary> &rows);
    Result<domain::PersonFile> openOne(const domain::Actor &actor, const QString &personId);

    store::Database &m_db;
    const util::Clock &m_clock;
};

} // namespace hub::services
