#include "PersonMergeService.h"

#include "Access.h"
#include "AuditService.h"
#include "domain/RecordSchema.h"
#include "domain/Validator.h"
#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::services {

namespace {

using domain::ContactSafety;
using domain::Person;

// A person field's value as JSON, the way the archive writes it (null when empty).
QJsonValue toJson(const QString &v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}
QJsonValue toJson(bool v)
{
    return v;
}
QJsonValue toJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(util::toIsoDate(d)) : QJsonValue();
}
QJsonValue toJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(util::toIsoUtc(t)) : QJsonValue();
}
QJsonValue toJson(ContactSafety s)
{
    return domain::safetyCode(s);
}
template <class V> QJsonValue toJson(const V &)
{
    return {}; // no person field has another type
}

void fromJson(QString &v, const QJsonValue &j)
{
    v = j.toString();
}
void fromJson(bool &v, const QJsonValue &j)
{
    v = j.toBool();
}
void fromJson(QDate &v, const QJsonValue &j)
{
    v = j.isString() ? util::parseDate(j.toString()) : QDate();
}
void fromJson(QDateTime &v, const QJsonValue &j)
{
    v = j.isString() ? util::parseRfc3339(j.toString()) : QDateTime();
}
void fromJson(ContactSafety &v, const QJsonValue &j)
{
    v = domain::safetyFromValue(j.toVariant());
}
template <class V> void fromJson(V &, const QJsonValue &) {}

// Calls `f(member)` with the member of Person holding archive field `name`.
template <class F> bool withField(const QString &name, F &&f)
{
    const auto &b = domain::binding<Person>();
    for (qsizetype i = 0; i < b.members.size(); ++i) {
        if (b.kind->fields.at(i).column != name)
            continue;
        std::visit(
            [&](auto member) {
                if constexpr (!std::is_same_v<decltype(member), std::monostate>)
                    f(member);
            },
            b.members.at(i));
        return true;
    }
    return false;
}

QJsonValue valueOf(const Person &p, const QString &name)
{
    QJsonValue out;
    withField(name, [&](auto member) { out = toJson(p.*member); });
    return out;
}

void setValue(Person &p, const QString &name, const QJsonValue &v)
{
    withField(name, [&](auto member) { fromJson(p.*member, v); });
}

// Not asked blocks a channel like not safe does, but only "not safe" was an answer.
ContactSafety mostRestrictive(ContactSafety a, ContactSafety b)
{
    const auto rank = [](ContactSafety s) {
        return s == ContactSafety::NotSafe ? 2 : s == ContactSafety::NotAsked ? 1 : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

// Every archived person field but the key, the creation time and the tombstone link.
const QStringList &personFields()
{
    static const QStringList fields = [] {
        QStringList out;
        for (const auto &f : domain::binding<Person>().kind->fields) {
            if (f.archived() && f.column != QLatin1String("id") &&
                f.column != QLatin1String("created_at") && f.column != QLatin1String("merged_into"))
                out << f.column;
        }
        return out;
    }();
    return fields;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

store::PersonItems itemsOf(const QString &movedJson)
{
    store::PersonItems out;
    const auto o = QJsonDocument::fromJson(movedJson.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList ids;
        for (const auto &v : it.value().toArray())
            ids << v.toString();
        out.insert(it.key(), ids);
    }
    return out;
}

Error conflict(const QString &field, const QString &message)
{
    return Error{Error::Kind::Conflict, field, message, 0};
}

} // namespace

const QStringList &PersonMergeService::ruledFields()
{
    static const QStringList fields{QStringLiteral("safe_voicemail"),
                                    QStringLiteral("safe_letters"), QStringLiteral("safe_text"),
                                    QStringLiteral("restricted"), QStringLiteral("contact_notes")};
    return fields;
}

const QStringList &PersonMergeService::choosableFields()
{
    static const QStringList fields = [] {
        QStringList out;
        for (const auto &f : personFields()) {
            if (!ruledFields().contains(f))
                out << f;
        }
        return out;
    }();
    return fields;
}

QString PersonMergeService::fieldText(const Person &p, const QString &field)
{
    const auto v = valueOf(p, field);
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    return v.toString();
}

Person PersonMergeService::mergedPerson(const Person &kept, const Person &other,
                                        const QStringList &fromOther)
{
    Person out = kept;
    for (const auto &f : fromOther) {
        if (choosableFields().contains(f))
            setValue(out, f, valueOf(other, f));
    }
    out.safeVoicemail = mostRestrictive(kept.safeVoicemail, other.safeVoicemail);
    out.safeLetters = mostRestrictive(kept.safeLetters, other.safeLetters);
    out.safeText = mostRestrictive(kept.safeText, other.safeText);
    out.restricted = kept.restricted || other.restricted;
    // Both records' notes on how to contact the person safely: nothing a worker wrote is lost.
    if (kept.contactNotes.isEmpty() || kept.contactNotes == other.contactNotes)
        out.contactNotes = other.contactNotes.isEmpty() ? kept.contactNotes : other.contactNotes;
    else if (!other.contactNotes.isEmpty())
        out.contactNotes = kept.contactNotes + QStringLiteral("\n\n") + other.contactNotes;
    return out;
}

QString PersonMergeService::movedSummary(const domain::PersonMerge &m)
{
    QStringList parts;
    const auto items = itemsOf(m.moved);
    for (auto it = items.begin(); it != items.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().size());
    return parts.join(QLatin1Char(' '));
}

Status PersonMergeService::checkBoth(const domain::Actor &actor, const QString &a, const QString &b)
{
    for (const auto &id : {a, b}) {
        if (auto s = checkPerson(m_ctx.db, actor, security::Action::MergePeople, id); !s.ok())
            return s;
    }
    return {};
}

Result<domain::PersonMerge> PersonMergeService::merge(const domain::Actor &actor,
                                                      const Request &request)
{
    if (auto s = security::check(actor, security::Action::MergePeople); !s.ok())
        return s.error();
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("say why these records are one person"));
    if (reason.size() > 400)
        return Error::invalid(QStringLiteral("reason"), tr("is longer than 400 characters"));
    for (const auto &f : request.fromOther) {
        if (!choosableFields().contains(f))
            return Error::invalid(
                QStringLiteral("keep_field"),
                tr("'%1' is not a field a merge chooses (%2)")
                    .arg(f.left(60), choosableFields().join(QStringLiteral(", "))));
    }
    if (request.keptId == request.otherId)
        return Error::invalid(QStringLiteral("other_id"),
                              tr("a record cannot be merged into itself"));
    store::PersonRepository people(m_ctx.db);
    auto kept = people.get(request.keptId);
    if (!kept.ok())
        return ServiceErrors::notFound(tr("Person"), request.keptId);
    auto other = people.get(request.otherId);
    if (!other.ok())
        return ServiceErrors::notFound(tr("Person"), request.otherId);
    store::ErasureRepository erasures(m_ctx.db);
    for (const auto *p : {&kept.value(), &other.value()}) {
        if (erasures.isErased(p->id))
            return conflict(QStringLiteral("id"), tr("person %1 was erased").arg(p->id));
        if (!p->mergedInto.isEmpty())
            return conflict(QStringLiteral("id"),
                            tr("person %1 was already merged into %2; merge with that record")
                                .arg(p->id, p->mergedInto));
    }
    if (auto s = checkBoth(actor, kept->id, other->id); !s.ok())
        return s.error();

    const Person after = mergedPerson(kept.value(), other.value(), request.fromOther);
    const domain::Validator validator(m_ctx.codes, m_ctx.today());
    if (auto s = validator.person(after); !s.ok())
        return s.error();
    QJsonObject prior;
    for (const auto &f : personFields()) {
        if (valueOf(kept.value(), f) != valueOf(after, f))
            prior.insert(f, valueOf(kept.value(), f));
    }

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::PersonMergeRepository merges(m_ctx.db);
    auto items = merges.itemsOf(other->id);
    if (!items.ok())
        return items.error();
    domain::PersonMerge m;
    m.id = util::newId();
    m.personId = kept->id;
    m.otherId = other->id;
    m.reason = reason;
    m.fromOther = request.fromOther;
    m.fromOther.sort();
    m.fromOther.removeDuplicates();
    QJsonObject moved;
    for (auto it = items->begin(); it != items->end(); ++it)
        moved.insert(it.key(), QJsonArray::fromStringList(it.value()));
    m.moved = compact(moved);
    m.prior = compact(prior);
    m.mergedBy = actor.userId;
    m.mergedAt = m_ctx.clock.now();

    if (!(after == kept.value())) {
        if (auto s = people.update(after); !s.ok())
            return s.error();
    }
    if (auto s = people.setMergedInto(other->id, kept->id); !s.ok())
        return s.error();
    if (auto s = merges.move(items.value(), other->id, kept->id); !s.ok())
        return s.error();
    if (auto s = merges.insert(m); !s.ok()) // its trigger moves the contacts
        return s.error();
    if (auto s = AuditService(m_ctx).record(actor, QStringLiteral("person.merge"),
                                            QStringLiteral("person_merge"), m.id, kept->id,
                                            QStringLiteral("other=%1 %2 fields=%3")
                                                .arg(other->id, movedSummary(m))
                                                .arg(prior.size()));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, kept->id, kept->id);
    return m;
}

Status PersonMergeService::unmerge(const domain::Actor &actor, const QString &mergeId)
{
    if (auto s = security::check(actor, security::Action::MergePeople); !s.ok())
        return s;
    if (actor.userId.isEmpty())
        return ServiceErrors::needsUser();
    store::PersonMergeRepository merges(m_ctx.db);
    auto m = merges.get(mergeId);
    if (!m.ok())
        return ServiceErrors::notFound(tr("Merge"), mergeId.left(60));
    store::ErasureRepository erasures(m_ctx.db);
    if (erasures.isErased(m->personId) || erasures.isErased(m->otherId))
        return conflict(
            QStringLiteral("id"),
            tr("the merged person was erased, so merge %1 can no longer be undone").arg(m->id));
    store::PersonRepository people(m_ctx.db);
    auto kept = people.get(m->personId);
    if (!kept.ok())
        return kept.error();
    if (!kept->mergedInto.isEmpty()) {
        auto later = merges.byOther(kept->id);
        return conflict(QStringLiteral("id"),
                        tr("person %1 was merged again since; undo merge %2 first")
                            .arg(kept->id, later.ok() ? later->id : QString()));
    }
    if (auto s = checkBoth(actor, m->personId, m->otherId); !s.ok())
        return s;

    Person before = kept.value();
    const auto prior = QJsonDocument::fromJson(m->prior.toUtf8()).object();
    for (auto it = prior.begin(); it != prior.end(); ++it)
        setValue(before, it.key(), it.value());
    const auto items = itemsOf(m->moved);

    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    if (!(before == kept.value())) {
        if (auto s = people.update(before); !s.ok())
            return s;
    }
    if (auto s = merges.move(items, m->personId, m->otherId); !s.ok())
        return conflict(
            QStringLiteral("moved"),
            tr("a record this merge moved has changed person since: %1").arg(s.error().message));
    if (auto s = merges.remove(m->id); !s.ok()) // its trigger moves the contacts back
        return s;
    if (auto s = people.setMergedInto(m->otherId, QString()); !s.ok())
        return s;
    if (auto s = AuditService(m_ctx).record(
            actor, QStringLiteral("person.unmerge"), QStringLiteral("person_merge"), m->id,
            m->personId, QStringLiteral("other=%1 %2").arg(m->otherId, movedSummary(m.value())));
        !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, m->personId, m->personId);
    return {};
}

Result<QVector<domain::PersonMerge>> PersonMergeService::mergesInto(const domain::Actor &actor,
                                                                    const QString &personId)
{
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::ViewPerson, personId); !s.ok())
        return s.error();
    return store::PersonMergeRepository(m_ctx.db).forPerson(personId);
}

Result<domain::Person> PersonMergeService::mergedRecord(const domain::Actor &actor,
                                                        const QString &mergeId)
{
    auto m = store::PersonMergeRepository(m_ctx.db).get(mergeId);
    if (!m.ok())
        return ServiceErrors::notFound(tr("Merge"), mergeId.left(60));
    if (auto s = checkPerson(m_ctx.db, actor, security::Action::ViewPerson, m->personId); !s.ok())
        return s.error();
    return store::PersonRepository(m_ctx.db).get(m->otherId);
}

} // namespace hub::services
