#pragma once

#include "security/Permissions.h"

class QSqlQuery;

namespace hub::store {

// security::Permissions' rule for a person's records (Permissions::refusal over the scope
// services::personScope reads) as one SQL condition, for the lists that must count, page
// and limit over what the actor may open rather than check row by row. The holders are
// worked out as personScope does: the assignees of the person's open referrals and the
// caseworkers of their open support episodes, or, when none is open, everyone who ever
// held any; their teams are the teams of those who are users here. tst_permissions checks
// that the condition and Permissions::check agree on a mixed set of people and actors.
class PersonFilter
{
public:
    explicit PersonFilter(security::Reach reach) : m_reach(std::move(reach)) {}
    static PersonFilter everyone();

    const security::Reach &reach() const { return m_reach; }

    // True for the people the reach admits; `personId` is an SQL expression for the
    // person's id ("p.id", "r.person_id"). Its values are bound by bind(), with named
    // placeholders (:reach_user, :reach_team), so the query must use named ones too.
    QString condition(const QString &personId) const;
    void bind(QSqlQuery &query) const;

private:
    security::Reach m_reach;
};

} // namespace hub::store
