#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"

#include <QCoreApplication>

namespace hub::services {

// Users and teams, and who is acting. Until sign-in exists (security issue) the desktop
// app acts as a user chosen at start-up; this is where that choice is resolved.
class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    explicit DirectoryService(store::Database &db) : m_db(db) {}

    QVector<domain::User> users();
    QVector<domain::User> caseworkers(const QString &teamId = {}); // active, team first
    // The active teams, those offered for new users and work (a retired team is listed by
    // services::TeamService and reports, never offered).
    QVector<domain::Team> teams();
    Result<domain::User> user(const QString &id);

    // The actor for `username`; when empty, the first active caseworker (by display name).
    Result<domain::Actor> actorFor(const QString &username, const QString &workstation = {});

private:
    store::Database &m_db;
};

} // namespace hub::services
