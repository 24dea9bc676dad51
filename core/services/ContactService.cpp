#include "ContactService.h"

#include "Access.h"
#include "AuditService.h"
#include "domain/Validator.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Ids.h"

namespace hub::services {

QVector<SafetyWarning> ContactService::safetyWarnings(const domain::Person &person,
                                                      const QString &direction,
                                                      const QString &channel,
                                                      const QString &outcome)
{
    QVector<SafetyWarning> out;
    if (direction != QLatin1String("outbound"))
        return out;
    // "Not yet asked" blocks the channel as "not safe" does, with its own words: nobody has
    // asked yet whether it is safe.
    auto warn = [&](domain::ContactSafety answer, const char *flag, const QString &notSafe,
                    const QString &notAsked) {
        if (answer == domain::ContactSafety::Safe)
            return;
        out.push_back({QString::fromLatin1(flag),
                       (answer == domain::ContactSafety::NotSafe ? notSafe : notAsked)
                           .arg(person.givenName)});
    };
    if (outcome == QLatin1String("voicemail_left"))
        warn(person.safeVoicemail, "safe_voicemail",
             tr("%1's record says it is NOT safe to leave voicemail."),
             tr("Nobody has asked %1 yet whether it is safe to leave voicemail: record the "
                "answer in the person's details first."));
    if (channel == QLatin1String("letter") || outcome == QLatin1String("letter_sent"))
        warn(person.safeLetters, "safe_letters",
             tr("%1's record says it is NOT safe to send letters."),
             tr("Nobody has asked %1 yet whether it is safe to send letters: record the answer "
                "in the person's details first."));
    if (channel == QLatin1String("sms"))
        warn(person.safeText, "safe_text",
             tr("%1's record says it is NOT safe to send text messages."),
             tr("Nobody has asked %1 yet whether it is safe to send text messages: record the "
                "answer in the person's details first."));
    return out;
}

Result<domain::Contact> ContactService::log(const domain::Actor &actor, domain::Contact draft,
                                            const QString &overrideReason)
{
    draft.amends.clear();
    return write(actor, std::move(draft), overrideReason);
}

Result<domain::Contact> ContactService::amend(const domain::Actor &actor, const QString &originalId,
                                              domain::Contact corrected,
                                              const QString &overrideReason)
{
    if (auto s = security::check(actor, security::Action::AmendContact); !s.ok())
        return s.error();
    store::ContactRepository contacts(m_ctx.db);
    auto original = contacts.get(originalId);
    if (!original.ok())
        return ServiceErrors::notFound(tr("Contact"), originalId);
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::AmendContact, original->personId);
        !s.ok())
        return s.error();
    // Corrections always point at the first record, so the chain never grows.
    corrected.amends = original->amends.isEmpty() ? original->id : original->amends;
    corrected.personId = original->personId;
    if (corrected.id.isEmpty() || corrected.id == original->id)
        corrected.id = util::newId(); // a form pre-filled from the original carries its id
    return write(actor, std::move(corrected), overrideReason);
}

Result<domain::Contact> ContactService::write(const domain::Actor &actor, domain::Contact c,
                                              const QString &overrideReason)
{
    // amend() checked AmendContact on the original's person; a new contact is LogContact.
    if (c.amends.isEmpty()) {
        if (auto s = refuseMerged(m_ctx.db, actor, security::Action::LogContact, c.personId);
            !s.ok())
            return s.error();
        if (auto s = checkPerson(m_ctx.db, actor, security::Action::LogContact, c.personId);
            !s.ok())
            return s.error();
    }
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    if (c.id.isEmpty())
        c.id = util::newId();
    c.recordedBy = actor.userId;
    c.recordedAt = m_ctx.clock.now();
    if (!c.at.isValid())
        c.at = c.recordedAt;
    c.summary = c.summary.trimmed();
    if (c.summary.isNull()) // a null QString binds as NULL and the column is NOT NULL
        c.summary = QLatin1String("");
    c.safetyOverride = overrideReason.trimmed();

    if (c.at > c.recordedAt.addSecs(300))
        return Error::invalid(QStringLiteral("at"), tr("is in the future"));
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.contact(c); !s.ok())
        return s.error();

    auto person = store::PersonRepository(m_ctx.db).get(c.personId);
    if (!person.ok())
        return ServiceErrors::notFound(tr("Person"), c.personId);
    const auto warnings = safetyWarnings(person.value(), c.direction, c.channel, c.outcome);
    if (!warnings.isEmpty() && c.safetyOverride.isEmpty())
        return Error::invalid(QStringLiteral("safety_override"),
                              warnings.first().message + QLatin1Char(' ') +
                                  tr("Give a reason to log it anyway."));
    if (warnings.isEmpty())
        c.safetyOverride.clear();

    store::ReferralRepository referrals(m_ctx.db);
    std::optional<domain::Referral> referral;
    if (!c.referralId.isEmpty()) {
        auto r = referrals.get(c.referralId);
        if (!r.ok() || r->personId != c.personId)
            return Error::invalid(QStringLiteral("referral_id"),
                                  tr("is not a referral of this person"));
        referral = r.value();
    }
    if (!c.episodeId.isEmpty()) {
        auto e = store::EpisodeRepository(m_ctx.db).get(c.episodeId);
        if (!e.ok() || e->personId != c.personId)
            return Error::invalid(QStringLiteral("episode_id"),
                                  tr("is not a support episode of this person"));
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = store::ContactRepository(m_ctx.db).insert(c); !s.ok())
        return s.error();
    if (referral && referral->status == QLatin1String("new") && c.amends.isEmpty()) {
        referral->status = QStringLiteral("contact_attempted");
        if (auto s = referrals.update(*referral); !s.ok())
            return s.error();
    }
    QString detail = QStringLiteral("%1 %2 %3").arg(c.direction, c.channel, c.outcome);
    if (!c.amends.isEmpty())
        detail += QStringLiteral(" amends=") + c.amends;
    if (!c.safetyOverride.isEmpty())
        detail += QStringLiteral(" safety_override");
    if (auto s = AuditService(m_ctx).record(actor,
                                            c.amends.isEmpty() ? QStringLiteral("contact.log")
                                                               : QStringLiteral("contact.amend"),
                                            QStringLiteral("contact"), c.id, c.personId, detail);
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Contact, c.id, c.personId);
    if (referral)
        m_ctx.notifier.notify(ChangeNotifier::Kind::Referral, referral->id, c.personId);
    return c;
}

} // namespace hub::services
