#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"

#include <QCoreApplication>

namespace hub::services {

// Editing a person's details (names, contact details, safety-of-contact flags). Creating a
// person belongs to intake (ReferralService); erasure to the administrator.
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    explicit PersonService(ServiceContext &ctx) : m_ctx(ctx) {}

    // Saves `edited` over the person with the same id, in one transaction. Validated as a
    // whole first (the error names the archive field); created_at is kept as it was.
    Result<domain::Person> update(const domain::Actor &actor, domain::Person edited);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
