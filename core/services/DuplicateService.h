#pragma once

#include "ServiceContext.h"
#include "domain/DuplicateFinder.h"

#include <QCoreApplication>

namespace hub::services {

// The supervisor's "Possible duplicates" list (security::Action::FindDuplicates): the
// people the supervisor may see, paired by domain::DuplicateFinder. In two steps so that a
// window runs the long one on a worker thread: candidates() reads the store (on the
// database's thread), find() only computes. run() does both, for the command line.
class DuplicateService
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateService)

public:
    explicit DuplicateService(ServiceContext &ctx) : m_ctx(ctx) {}

    Result<QVector<domain::PersonMatchCandidate>> candidates(const domain::Actor &actor);
    static domain::DuplicateFinder::Outcome
    find(const QVector<domain::PersonMatchCandidate> &people,
         const std::function<void(int, int)> &progress = {},
         const std::atomic_bool *cancel = nullptr);
    Result<domain::DuplicateFinder::Outcome> run(const domain::Actor &actor,
                                                 const std::function<void(int, int)> &progress = {},
                                                 const std::atomic_bool *cancel = nullptr);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
