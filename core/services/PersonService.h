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

    // The contact-safety answers that differ from `before` ("safe_voicemail=safe
    // safe_text=not_safe"), the detail of the audit event person.contact_safety that says
    // who recorded which answer; empty when none changed. Codes only, never a value typed.
    static QString safetyAnswers(const domain::Person &before, const domain::Person &after);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
