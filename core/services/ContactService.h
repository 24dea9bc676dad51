#pragma once

#include "ServiceContext.h"
#include "domain/Records.h"

#include <QCoreApplication>

namespace hub::services {

// A reason a person's safety-of-contact flags speak against a contact.
struct SafetyWarning
{
    QString flag;    // "safe_voicemail", "safe_letters" or "safe_text"
    QString message; // translated, for the dialog
};

// Logging contacts: append-only legal records. A correction is a new contact that amends
// the original; nothing is ever overwritten.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(ServiceContext &ctx) : m_ctx(ctx) {}

    // What the person's flags say about this channel and outcome (outbound only: a person
    // who writes or texts the hub themselves puts nobody at risk).
    static QVector<SafetyWarning> safetyWarnings(const domain::Person &person,
                                                 const QString &direction, const QString &channel,
                                                 const QString &outcome);

    // Logs `draft` (id, recorded_by and recorded_at are filled in). When a safety flag
    // warns against it, `overrideReason` must say why the caseworker went ahead; it is
    // kept with the contact. One transaction; a referral still "new" becomes
    // "contact attempted".
    Result<domain::Contact> log(const domain::Actor &actor, domain::Contact draft,
                                const QString &overrideReason = {});

    // Records a correction of `originalId` (an amendment of an amendment corrects the
    // original instead). The original stays as it was.
    Result<domain::Contact> amend(const domain::Actor &actor, const QString &originalId,
                                  domain::Contact corrected, const QString &overrideReason = {});

private:
    Result<domain::Contact> write(const domain::Actor &actor, domain::Contact draft,
                                  const QString &overrideReason);
    ServiceContext &m_ctx;
};

} // namespace hub::services
