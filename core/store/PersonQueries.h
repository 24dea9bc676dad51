#pragma once

#include "Database.h"
#include "PersonFilter.h"
#include "domain/Views.h"

namespace hub::store {

// The read-side queries over people: full-text search and the paged caseload list.
class PersonQueries
{
public:
    explicit PersonQueries(Database &db) : m_db(db) {}

    // Every word of `text` must prefix-match a name, phone, postcode or crime reference, or
    // `text` is a phone number in any format (domain::PhoneNumber) or its last four or more
    // digits; newest people first; only the people `reader` admits (the limit counts those).
    // With `heldByUser` or `heldByTeam`, only the people whose open referrals or support
    // episodes that user, or a worker of that team, holds (the searcher's own work).
    Result<QVector<domain::PersonSummary>> search(const QString &text, int limit,
                                                  const PersonFilter &reader,
                                                  const QString &heldByUser = {},
                                                  const QString &heldByTeam = {});

    // Every person on file, erased ones left out. The page marks the rows `reader` does
    // not admit (PersonSummary::hidden) for the caller to mask; they keep their place so
    // that the count and the paging stay those of the whole list.
    int caseloadCount();
    Result<QVector<domain::PersonSummary>> caseloadPage(domain::CaseloadSort sort,
                                                        Qt::SortOrder order, int offset, int limit,
                                                        const PersonFilter &reader);

    // The FTS5 MATCH expression for what the user typed; empty when nothing searchable.
    static QString matchExpression(const QString &text);

private:
    Database &m_db;
};

} // namespace hub::store
