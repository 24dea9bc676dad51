#pragma once

#include "ServiceContext.h"
#include "domain/PersonMatcher.h"
#include "domain/WorkViews.h"

#include <QCoreApplication>

#include <optional>

namespace hub::services {

// A referral entered by hand: for an existing person (personId) or a new one (newPerson).
struct Intake
{
    QString personId;
    std::optional<domain::Person> newPerson;
    domain::Referral referral; // person_id, id, status are filled in
};

struct TriageDecision
{
    enum class Action
    {
        Accept,
        Decline,
        NoContact
    };
    Action action = Action::Accept;
    QString reason;
    QString joinEpisodeId; // accept into this open episode instead of opening a new one
    // Accepting a person who has an open support episode joins it: a second open episode
    // is opened only when this says so (and the reason says why).
    bool openAnother = false;
};

struct InboxItem
{
    domain::InboxRow row;
    calendar::ClockState clock;
};

// Referrals from intake to triage.
class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    explicit ReferralService(ServiceContext &ctx) : m_ctx(ctx) {}

    // People who may already be on file, best first, for someone entering a referral
    // (Intake). A restricted person is suggested only to those who may open their file.
    Result<QVector<domain::PersonMatcher::Scored>>
    suggestPeople(const domain::Actor &actor, const domain::PersonMatcher::Probe &probe);

    // Creates the referral (and the person when new) in one transaction.
    Result<domain::Referral> intake(const domain::Actor &actor, Intake intake);

    // Accept (opens or joins a support episode), decline or no contact, with a reason.
    // Returns the episode id on accept.
    Result<QString> triage(const domain::Actor &actor, const QString &referralId,
                           const TriageDecision &decision);

    // Assigns to a caseworker (empty userId: back to the team's unassigned queue).
    Status assign(const domain::Actor &actor, const QString &referralId, const QString &userId);

    Result<QVector<InboxItem>> inbox(const domain::Actor &actor, const QString &teamId);

    calendar::ClockState clockFor(const domain::Referral &referral);

    // Whether a referral in `from` may move to `to`; the words say why not.
    static Status checkTransition(const QString &from, const QString &to);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
