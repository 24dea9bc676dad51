#include "ReferralService.h"

#include "Access.h"
#include "AuditService.h"
#include "PersonService.h"
#include "domain/PhoneNumber.h"
#include "domain/Postcode.h"
#include "domain/Validator.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "store/WorkQueries.h"
#include "util/Ids.h"
#include "util/Time.h"

namespace hub::services {

Result<QVector<domain::PersonMatcher::Scored>>
ReferralService::suggestPeople(const domain::Actor &actor,
                               const domain::PersonMatcher::Probe &probe)
{
    if (auto s = security::check(actor, security::Action::Intake); !s.ok())
        return s.error();
    // Only people the actor may enter a referral for are suggested (not a restricted person,
    // nor another team's): the others could not be used for this referral either.
    auto candidates = store::WorkQueries(m_ctx.db).matchCandidates(
        probe.givenName, probe.familyName, probe.dateOfBirth,
        domain::PhoneNumber::toE164(probe.phone), domain::PersonMatcher::fold(probe.postcode), 500,
        store::PersonFilter(security::Permissions::reach(actor, security::Action::Intake)));
    if (!candidates.ok())
        return candidates.error();
    auto ranked = domain::PersonMatcher::rank(probe, candidates.value());
    if (ranked.size() > 10)
        ranked.resize(10);
    return ranked;
}

Result<domain::Referral> ReferralService::intake(const domain::Actor &actor, Intake in)
{
    if (auto s = security::check(actor, security::Action::Intake); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    auto &r = in.referral;
    const auto now = m_ctx.clock.now();
    if (in.newPerson) {
        auto &p = *in.newPerson;
        if (p.id.isEmpty())
            p.id = util::newId();
        if (!p.createdAt.isValid())
            p.createdAt = now;
        p.givenName = p.givenName.trimmed();
        p.familyName = p.familyName.trimmed();
        p.postcode = domain::normalisePostcode(p.postcode);
        if (auto s = validator.person(p); !s.ok())
            return s.error();
        in.personId = p.id;
    } else if (!store::PersonRepository(m_ctx.db).exists(in.personId)) {
        return Error::invalid(QStringLiteral("person_id"),
                              tr("choose a person or enter a new one"));
    } else if (auto merged = refuseMerged(m_ctx.db, actor, security::Action::Intake, in.personId);
               !merged.ok()) {
        return merged.error();
    } else if (auto s = checkPerson(m_ctx.db, actor, security::Action::Intake, in.personId);
               !s.ok()) {
        // A referral adds to the person's records: those the actor may not open are not
        // theirs to add to (another team's person, a restricted one).
        return s.error();
    }
    if (r.id.isEmpty())
        r.id = util::newId();
    r.personId = in.personId;
    r.status = QStringLiteral("new");
    r.flags.sort();
    r.crimeReference = r.crimeReference.trimmed().toUpper();
    if (!r.receivedAt.isValid())
        r.receivedAt = now;
    if (r.receivedAt > now.addSecs(300))
        return Error::invalid(QStringLiteral("received_at"), tr("is in the future"));
    // Every under-18 is vulnerable under the Victims' Code, so entitled to enhanced support.
    QDate dob;
    if (in.newPerson) {
        dob = in.newPerson->dateOfBirth;
    } else if (auto existing = store::PersonRepository(m_ctx.db).get(in.personId); existing.ok()) {
        dob = existing->dateOfBirth;
    }
    if (dob.isValid() && util::ageOn(dob, util::londonDate(r.receivedAt)) < 18 && !r.enhanced) {
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
    }
    if (!r.enhanced)
        r.enhancedReason.clear();
    if (r.enhanced && r.enhancedReason.isEmpty())
        return Error::invalid(QStringLiteral("enhanced_reason"),
                              tr("say why the victim is entitled to enhanced support"));
    if (auto s = validator.referral(r); !s.ok())
        return s.error();

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (in.newPerson) {
        if (auto s = store::PersonRepository(m_ctx.db).insert(*in.newPerson); !s.ok())
            return s.error();
    }
    if (auto s = store::ReferralRepository(m_ctx.db).insert(r); !s.ok())
        return s.error();
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("referral.intake"), QStringLiteral("referral"), r.id, r.personId,
            in.newPerson ? QStringLiteral("new person") : QString());
        !s.ok())
        return s.error();
    // Answers about safe contact given at intake: who recorded them (the defaults are "not
    // yet asked", so any other answer is one).
    if (const auto answers =
            in.newPerson ? PersonService::safetyAnswers({}, *in.newPerson) : QString();
        !answers.isEmpty()) {
        if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("person.contact_safety"),
                                                QStringLiteral("person"), r.personId, r.personId,
                                                answers);
            !s.ok())
            return s.error();
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    if (in.newPerson)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Person, r.personId, r.personId);
    m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, r.id, r.personId);
    return r;
}

Status ReferralService::checkTransition(const QString &from, const QString &to)
{
    return domain::Validator::referralTransition(from, to);
}

Result<QString> ReferralService::triage(const domain::Actor &actor, const QString &referralId,
                                        const TriageDecision &decision)
{
    if (auto s = security::check(actor, security::Action::Triage); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::ReferralRepository referrals(m_ctx.db);
    auto found = referrals.get(referralId);
    if (!found.ok())
        return ServiceErrors::notFound(tr("Referral"), referralId);
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::Triage, found->personId); !s.ok())
        return s.error();
    auto r = found.value();
    const QString to =
        decision.action == TriageDecision::Action::Accept    ? QStringLiteral("accepted")
        : decision.action == TriageDecision::Action::Decline ? QStringLiteral("declined")
                                                             : QStringLiteral("no_contact");
    if (auto s = checkTransition(r.status, to); !s.ok())
        return s.error();
    const auto reason = decision.reason.trimmed();
    // Every decision carries its reason (PRODUCT.md: accept, decline or no contact, each
    // with a reason), so a supervisor reviewing triage can see why.
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("decision_reason"), tr("give a reason"));

    const auto now = m_ctx.clock.now();
    r.status = to;
    r.decisionReason = reason;
    r.decidedAt = now;
    r.decidedBy = actor.userId;
    if (r.assignedTo.isEmpty())
        r.assignedTo = actor.userId;

    store::EpisodeRepository episodes(m_ctx.db);
    domain::Episode episode;
    bool newEpisode = false;
    if (decision.action == TriageDecision::Action::Accept) {
        if (!decision.joinEpisodeId.isEmpty()) {
            auto e = episodes.get(decision.joinEpisodeId);
            if (!e.ok() || e->personId != r.personId || e->status == QLatin1String("closed"))
                return Error::invalid(QStringLiteral("episode_id"),
                                      tr("is not an open support episode of this person"));
            episode = e.value();
        } else {
            // One person, one open support episode, unless the worker chose a second.
            if (!decision.openAnother) {
                for (const auto &e : episodes.forPerson(r.personId))
                    if (e.status != QLatin1String("closed"))
                        return Error::invalid(
                            QStringLiteral("episode_id"),
                            tr("is needed: the person already has an open support episode; "
                               "join it, or choose to open a second one and say why"));
            }
            newEpisode = true;
            episode.id = util::newId();
            episode.personId = r.personId;
            episode.caseworkerId = r.assignedTo;
            episode.openedAt = now;
        }
        episode.referralIds << r.id;
        episode.referralIds.removeDuplicates();
        episode.referralIds.sort();
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = referrals.update(r); !s.ok())
        return s.error();
    if (decision.action == TriageDecision::Action::Accept) {
        auto s = newEpisode ? episodes.insert(episode) : episodes.update(episode);
        if (!s.ok())
            return s.error();
    }
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("referral.triage"), QStringLiteral("referral"), r.id, r.personId,
            QStringLiteral("status=%1 episode=%2").arg(r.status, episode.id));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, r.id, r.personId);
    if (!episode.id.isEmpty())
        m_ctx.notifier.notify(ChangeNotifier::Kind::Episode, episode.id, r.personId);
    return episode.id;
}

Status ReferralService::assign(const domain::Actor &actor, const QString &referralId,
                               const QString &userId)
{
    if (auto s = security::check(actor, security::Action::Assign); !s.ok())
        return s;
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::ReferralRepository referrals(m_ctx.db);
    auto found = referrals.get(referralId);
    if (!found.ok())
        return ServiceErrors::notFound(tr("Referral"), referralId);
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::Assign, found->personId); !s.ok())
        return s;
    if (!userId.isEmpty()) {
        auto user = store::UserRepository(m_ctx.db).get(userId);
        if (!user.ok() || !user->active)
            return Error::invalid(QStringLiteral("assigned_to"), tr("is not an active user"));
    }
    auto r = found.value();
    r.assignedTo = userId;
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = referrals.update(r); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("referral.assign"),
                                            QStringLiteral("referral"), r.id, r.personId,
                                            QStringLiteral("assigned_to=") + userId);
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, r.id, r.personId);
    return {};
}

calendar::ClockState ReferralService::clockFor(const domain::Referral &r)
{
    const auto first = store::WorkQueries(m_ctx.db).firstContactAt(r.personId, r.receivedAt);
    return m_ctx.victimsCode.state(r.receivedAt, r.enhanced, r.consentToContact, first,
                                   m_ctx.clock.now());
}

Result<QVector<InboxItem>> ReferralService::inbox(const domain::Actor &actor, const QString &teamId)
{
    if (auto s = security::check(actor, security::Action::Triage); !s.ok())
        return s.error();
    // A caseworker, and a supervisor of a team, see their own team's queue (and the
    // unassigned referrals in it); a supervisor with no team any team's, or all of them.
    const auto reach = security::Permissions::reach(actor, security::Action::Triage);
    if (reach.teamBound && teamId != actor.teamId)
        return Error::make(Error::Kind::Permission,
                           tr("%1 can only see their own team's referrals")
                               .arg(security::Permissions::roleName(actor.role)));
    auto rows = store::WorkQueries(m_ctx.db).inbox(teamId, viewablePeople(actor));
    if (!rows.ok())
        return rows.error();
    QVector<InboxItem> out;
    out.reserve(rows.value().size());
    const auto now = m_ctx.clock.now();
    for (auto row : rows.value()) {
        // The queue shows every referral it holds (its counts stay true), but nothing of a
        // person the reader may not open: an unassigned referral of another team's person,
        // of a restricted person.
        if (row.personHidden) {
            row.personName = hiddenPersonLabel(actor, row.personRestricted);
            row.personDateOfBirth = QDate();
            row.referral.crimeReference.clear();
            row.referral.enhancedReason.clear();
            row.personSafetyLimits = false;
        }
        out.push_back(
            {row, m_ctx.victimsCode.state(row.referral.receivedAt, row.referral.enhanced,
                                          row.referral.consentToContact, row.firstContactAt, now)});
    }
    return out;
}

} // namespace hub::services
