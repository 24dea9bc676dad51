#include "RecordSchema.h"

#include <tuple>

namespace hub::domain {

namespace {

using T = FieldType;

// No domain struct: the kind's rows are only read and written by the store and sync.
struct NoRecord
{
};

// Builds one kind: each f() adds a field (with the struct member holding it, when the kind
// has a struct); the setters after it refine that field.
template <class R> class Kind
{
public:
    Kind(QVector<KindSpec> &all, Binding<R> *b) : m_k(all.last()), m_b(b)
    {
        if (b)
            b->index = all.size() - 1;
    }

    template <class M> Kind &f(const char *name, M R::*member, FieldType type, unsigned flags = 0)
    {
        add(name, type, flags);
        if (m_b)
            m_b->members.push_back(Member<R>(member));
        return *this;
    }
    // A column the kind's struct does not carry.
    Kind &col(const char *name, FieldType type, unsigned flags = 0)
    {
        add(name, type, flags);
        if (m_b)
            m_b->members.push_back(Member<R>());
        return *this;
    }
    Kind &erase(Erase e)
    {
        last().erase = e;
        return *this;
    }
    Kind &max(int n)
    {
        last().maxLength = n;
        return *this;
    }
    Kind &list(const char *l)
    {
        last().codeList = QString::fromLatin1(l);
        return *this;
    }
    // Safety: the archive's extension field holding the code (the column's own archive
    // name carries version 1's boolean).
    Kind &code(const char *archiveName)
    {
        last().archiveCode = QString::fromLatin1(archiveName);
        return *this;
    }
    Kind &ref(const char *kind)
    {
        last().refersTo = QString::fromLatin1(kind);
        return *this;
    }
    Kind &unless(const char *value)
    {
        last().archiveUnless = QString::fromLatin1(value);
        return *this;
    }
    // Kept in another table (episode_referral): archived, never a column of this one.
    Kind &elsewhere()
    {
        last().column.clear();
        return *this;
    }

private:
    void add(const char *name, FieldType type, unsigned flags)
    {
        FieldSpec s;
        s.column = QString::fromLatin1(name);
        s.type = type;
        s.flags = flags;
        if (!m_k.archiveType.isEmpty() && !(flags & (NoArchive | Local)))
            s.archive = s.column;
        m_k.fields.push_back(s);
    }
    FieldSpec &last() { return m_k.fields.last(); }

    KindSpec &m_k;
    Binding<R> *m_b;
};

struct Schema
{
    QVector<KindSpec> kinds;
    std::tuple<Binding<Team>, Binding<User>, Binding<Person>, Binding<Referral>, Binding<Episode>,
               Binding<OnwardReferral>, Binding<Contact>, Binding<Task>, Binding<PersonMerge>,
               Binding<ReferralProfileRecord>>
        bindings;
};

KindSpec spec(const char *name, const char *archiveType, Reach reach,
              QStringList key = {QStringLiteral("id")})
{
    KindSpec k;
    k.name = QString::fromLatin1(name);
    k.table = k.name;
    k.key = std::move(key);
    k.archiveType = QString::fromLatin1(archiveType);
    k.reach = reach;
    return k;
}

constexpr unsigned R = Required;
constexpr unsigned P = Personal;
constexpr unsigned X = FreeText;
constexpr unsigned O = Optional;
constexpr unsigned N = NoArchive;
constexpr unsigned C = Checked;

// Field by field, in the order archive lines list them (ARCHIVE_FORMAT.md, docs/ARCHIVE.md;
// extensions last). Text limits are the Validator's (200 names, 400 short, 100000 long).
void describe(Schema &s)
{
    auto &all = s.kinds;

    all << spec("team", "team", Reach::None);
    Kind<Team>(all, &std::get<Binding<Team>>(s.bindings))
        .f("id", &Team::id, T::Id, R | C)
        .f("name", &Team::name, T::Text, R | C)
        .max(200)
        // Local schema 15: when the team was retired (services::TeamService). An archive
        // extension field, written only when set (docs/ARCHIVE.md).
        .f("retired_at", &Team::retiredAt, T::Time, O);

    all << spec("app_user", "user", Reach::None);
    all.last().outboxOnSyncedColumns = true; // sign-in writes its counters on every attempt
    all.last().internalColumns = {QStringLiteral("password_hash"),
                                  QStringLiteral("must_change_password"),
                                  QStringLiteral("failed_logins"), QStringLiteral("locked_until"),
                                  QStringLiteral("password_changed_at")};
    Kind<User>(all, &std::get<Binding<User>>(s.bindings))
        .f("id", &User::id, T::Id, R | C)
        .f("username", &User::username, T::Text, R | C)
        .max(64)
        .f("display_name", &User::displayName, T::Text, R | C)
        .max(200)
        .f("role", &User::role, T::Code, R | C)
        .list("role")
        .f("team_id", &User::teamId, T::Id, O | C)
        .ref("team")
        .f("active", &User::active, T::Bool);

    all << spec("ref_code", "", Reach::None, {QStringLiteral("list"), QStringLiteral("code")});
    // The hub's code lists (services::CodeListService): a code administrators added, or a
    // built-in code's label, retirement or place as they changed it. Checked by PostgreSQL
    // hubs since hub schema 10; `retired` and `sort_order` are local schema 15's.
    Kind<NoRecord>(all, nullptr)
        .col("list", T::Text, R | C)
        .max(64)
        .col("code", T::Text, R | C)
        .max(64)
        .col("label", T::Text, R | C)
        .max(200)
        .col("retired", T::Bool)
        .col("sort_order", T::Int, O);

    all << spec("hub_setting", "", Reach::None, {QStringLiteral("key")});
    Kind<NoRecord>(all, nullptr).col("key", T::Text, R).col("value", T::Text, R);

    // Mapping profiles for police referral files (local schema 13, hub schema 7;
    // docs/REFERRAL_IMPORT.md): shared by every desk, keyed by name; `body` is the
    // profile's JSON file. Archive version 3 carries them (docs/ARCHIVE.md "Version 3:
    // referral profiles"), checked and audited as a saved profile is.
    all << spec("referral_profile", "referral_profile", Reach::None, {QStringLiteral("name")});
    Kind<ReferralProfileRecord>(all, &std::get<Binding<ReferralProfileRecord>>(s.bindings))
        .f("name", &ReferralProfileRecord::name, T::Text, R | C)
        .max(100)
        .f("source", &ReferralProfileRecord::source, T::Code, R | C)
        .list("source")
        .f("body", &ReferralProfileRecord::body, T::Text, R | C)
        .max(100000)
        .f("updated_at", &ReferralProfileRecord::updatedAt, T::Time, R | C)
        .f("updated_by", &ReferralProfileRecord::updatedBy, T::Id, O | C)
        .ref("app_user");

    all << spec("person", "person", Reach::Self);
    all.last().internalColumns = {QStringLiteral("num")}; // the search index's row number
    Kind<Person>(all, &std::get<Binding<Person>>(s.bindings))
        .f("id", &Person::id, T::Id, R | C)
        .f("given_name", &Person::givenName, T::Text, R | P | C)
        .max(200)
        .erase(Erase::Empty)
        .f("family_name", &Person::familyName, T::Text, R | P | C)
        .max(200)
        .erase(Erase::Empty)
        .f("date_of_birth", &Person::dateOfBirth, T::Date, O | P)
        .erase(Erase::MonthOfBirth)
        // Gender, ethnic group and disability are the anonymous remainder reports count.
        .f("gender", &Person::gender, T::Code, R | C)
        .list("gender")
        .f("ethnic_group", &Person::ethnicGroup, T::Code, R | C)
        .list("ethnic_group")
        .f("disability", &Person::disability, T::Code, R | C)
        .list("disability")
        .f("first_language", &Person::firstLanguage, T::Text, P)
        .erase(Erase::Empty)
        .f("interpreter_needed", &Person::interpreterNeeded, T::Bool, P)
        .erase(Erase::False)
        .f("phone", &Person::phone, T::Text, O | P | C)
        .max(40)
        .erase(Erase::Null)
        .f("email", &Person::email, T::Text, O | P | C)
        .max(200)
        .erase(Erase::Null)
        .f("address", &Person::address, T::Text, O | P | X | C)
        .max(400)
        .erase(Erase::Null)
        .f("postcode", &Person::postcode, T::Text, O | P | C)
        .max(12)
        .erase(Erase::Null)
        .f("safe_voicemail", &Person::safeVoicemail, T::Safety, R | P | C)
        .list("contact_safety")
        .code("voicemail_safety")
        .erase(Erase::NotAsked)
        .f("safe_letters", &Person::safeLetters, T::Safety, R | P | C)
        .list("contact_safety")
        .code("letters_safety")
        .erase(Erase::NotAsked)
        .f("safe_text", &Person::safeText, T::Safety, R | P | C)
        .list("contact_safety")
        .code("text_safety")
        .erase(Erase::NotAsked)
        .f("contact_notes", &Person::contactNotes, T::Text, O | P | X | C)
        .max(100000)
        .erase(Erase::Null)
        .f("restricted", &Person::restricted, T::Bool, P)
        .erase(Erase::False)
        .f("created_at", &Person::createdAt, T::Time, R | C)
        .f("safe_times", &Person::safeTimes, T::Text, O | P | X)
        .erase(Erase::Null)
        // Archive version 2: the kept record of a merged one (a tombstone). An id, kept
        // by an erasure so that links to the tombstone still land on the kept record.
        .f("merged_into", &Person::mergedInto, T::Id, O)
        .ref("person")
        // The phone number in E.164, worked out on each desk (store/PersonPhones): for
        // search and matching, never synced nor archived.
        .col("phone_e164", T::Text, O | P | Local)
        .erase(Erase::Null);

    // Archive version 2: a merge of two person records (services/PersonMergeService), kept
    // until it is undone. Right after person: sync applies it (and the hub checks it)
    // before the referrals, episodes and tasks it moved.
    all << spec("person_merge", "person_merge", Reach::Person);
    Kind<PersonMerge>(all, &std::get<Binding<PersonMerge>>(s.bindings))
        .f("id", &PersonMerge::id, T::Id, R | C)
        .f("person_id", &PersonMerge::personId, T::Id, R | C)
        .ref("person")
        .f("other_id", &PersonMerge::otherId, T::Id, R | C)
        .ref("person")
        .f("reason", &PersonMerge::reason, T::Text, R | P | X | C)
        .max(400)
        .erase(Erase::Empty)
        .f("from_other", &PersonMerge::fromOther, T::Codes)
        .f("moved", &PersonMerge::moved, T::Text, R)
        .f("prior", &PersonMerge::prior, T::Text, R | P | X)
        .erase(Erase::EmptyObject)
        .f("merged_by", &PersonMerge::mergedBy, T::Id, R | C)
        .ref("app_user")
        .f("merged_at", &PersonMerge::mergedAt, T::Time, R | C);

    all << spec("referral", "referral", Reach::Person);
    Kind<Referral>(all, &std::get<Binding<Referral>>(s.bindings))
        .f("id", &Referral::id, T::Id, R | C)
        .f("person_id", &Referral::personId, T::Id, R | C)
        .ref("person")
        .f("received_at", &Referral::receivedAt, T::Time, R | C)
        .f("source", &Referral::source, T::Code, R | C)
        .list("source")
        .f("crime_reference", &Referral::crimeReference, T::Text, O | P | C)
        .max(40)
        .erase(Erase::Null)
        .f("offence_group", &Referral::offenceGroup, T::Code, R | C)
        .list("offence_group")
        .f("flags", &Referral::flags, T::Codes)
        .list("flag")
        .f("enhanced", &Referral::enhanced, T::Bool)
        .f("enhanced_reason", &Referral::enhancedReason, T::Code, O | P)
        .list("enhanced_reason")
        .erase(Erase::Null)
        .f("consent_to_contact", &Referral::consentToContact, T::Bool)
        .f("status", &Referral::status, T::Code, R | C)
        .list("referral_status")
        .f("assigned_to", &Referral::assignedTo, T::Id, O | C)
        .ref("app_user")
        .f("decision_reason", &Referral::decisionReason, T::Text, O | P | X)
        .erase(Erase::Null)
        .f("decided_at", &Referral::decidedAt, T::Time, O)
        .f("decided_by", &Referral::decidedBy, T::Id, O)
        .ref("app_user")
        .col("priority", T::Code, N | R) // normal | high | urgent, checked by the table
        // A police file's own ids (local schema 13, hub schema 7; docs/REFERRAL_IMPORT.md):
        // personal, as they lead to the force's records of the person.
        .f("force_referral_id", &Referral::forceReferralId, T::Text, O | P | C)
        .max(64)
        .erase(Erase::Null)
        .f("force_person_id", &Referral::forcePersonId, T::Text, O | P | C)
        .max(64)
        .erase(Erase::Null);

    all << spec("episode", "episode", Reach::Person);
    Kind<Episode>(all, &std::get<Binding<Episode>>(s.bindings))
        .f("id", &Episode::id, T::Id, R | C)
        .f("person_id", &Episode::personId, T::Id, R | C)
        .ref("person")
        .f("referral_ids", &Episode::referralIds, T::Ids)
        .ref("referral")
        .elsewhere()
        .f("caseworker_id", &Episode::caseworkerId, T::Id, R | C)
        .ref("app_user")
        .f("opened_at", &Episode::openedAt, T::Time, R | C)
        .f("status", &Episode::status, T::Code, R | C)
        .list("episode_status")
        .f("closed_at", &Episode::closedAt, T::Time, O)
        .f("closure_reason", &Episode::closureReason, T::Code, O | P | C)
        .list("closure_reason")
        .erase(Erase::Null)
        .f("closure_approved_by", &Episode::closureApprovedBy, T::Id, O | C)
        .ref("app_user")
        .f("needs", &Episode::needs, T::CodeMap, P)
        .list("need_area")
        .erase(Erase::EmptyObject)
        .f("outcomes", &Episode::outcomes, T::CodeMap) // counted by the monthly report
        .list("outcome_measure")
        .f("closure_requested_at", &Episode::closureRequestedAt, T::Time, O)
        .f("closure_requested_by", &Episode::closureRequestedBy, T::Id, O)
        .ref("app_user")
        .col("priority", T::Code, N | R);

    all << spec("episode_referral", "", Reach::Episode,
                {QStringLiteral("episode_id"), QStringLiteral("referral_id")});
    Kind<NoRecord>(all, nullptr)
        .col("episode_id", T::Id, R | C)
        .ref("episode")
        .col("referral_id", T::Id, R | C)
        .ref("referral");

    all << spec("onward_referral", "onward_referral", Reach::Episode);
    Kind<OnwardReferral>(all, &std::get<Binding<OnwardReferral>>(s.bindings))
        .f("id", &OnwardReferral::id, T::Id, R | C)
        .f("episode_id", &OnwardReferral::episodeId, T::Id, R | C)
        .ref("episode")
        .f("agency", &OnwardReferral::agency, T::Code, R | C)
        .list("agency")
        .f("referred_at", &OnwardReferral::referredAt, T::Time, R | C)
        .f("accepted", &OnwardReferral::accepted, T::OptBool, O);

    all << spec("contact", "contact", Reach::Person);
    all.last().appendOnly = true;
    Kind<Contact>(all, &std::get<Binding<Contact>>(s.bindings))
        .f("id", &Contact::id, T::Id, R | C)
        .f("person_id", &Contact::personId, T::Id, R | C)
        .ref("person")
        .f("referral_id", &Contact::referralId, T::Id, O | C)
        .ref("referral")
        .f("episode_id", &Contact::episodeId, T::Id, O | C)
        .ref("episode")
        .f("at", &Contact::at, T::Time, R | C)
        .f("direction", &Contact::direction, T::Code, R | C)
        .list("direction")
        .f("channel", &Contact::channel, T::Code, R | C)
        .list("channel")
        .f("outcome", &Contact::outcome, T::Code, R | C)
        .list("contact_outcome")
        .f("duration_minutes", &Contact::durationMinutes, T::Int)
        .f("summary", &Contact::summary, T::Text, P | X | C)
        .max(100000)
        .erase(Erase::Empty)
        .f("recorded_by", &Contact::recordedBy, T::Id, R | C)
        .ref("app_user")
        .f("recorded_at", &Contact::recordedAt, T::Time, R | C)
        // An amendment may name another person than its original: erasure takes both.
        .f("amends", &Contact::amends, T::Id, O | C)
        .ref("contact")
        .f("safety_override", &Contact::safetyOverride, T::Text, O | P | X)
        .erase(Erase::Null);

    all << spec("task", "task", Reach::PersonOrEpisode);
    all.last().erasureDeletes = true;
    Kind<Task>(all, &std::get<Binding<Task>>(s.bindings))
        .f("id", &Task::id, T::Id, R | C)
        .f("person_id", &Task::personId, T::Id, O | C)
        .ref("person")
        .f("episode_id", &Task::episodeId, T::Id, O | C)
        .ref("episode")
        .f("title", &Task::title, T::Text, R | P | X | C)
        .max(400)
        .f("due_on", &Task::dueOn, T::Date, R | C)
        .f("owner_id", &Task::ownerId, T::Id, R | C)
        .ref("app_user")
        .f("done_at", &Task::doneAt, T::Time, O)
        .f("kind", &Task::kind, T::Code, R)
        .unless("action");

    all << spec("assignment_change", "", Reach::ReferralOrEpisode);
    Kind<NoRecord>(all, nullptr)
        .col("id", T::Id, R | C)
        .col("record_type", T::Code, R) // referral | episode
        .col("record_id", T::Id, R)
        .col("from_user", T::Id)
        .ref("app_user")
        .col("to_user", T::Id, R)
        .ref("app_user")
        .col("reason", T::Text, R | P | X)
        .erase(Erase::Empty)
        .col("changed_by", T::Id, R)
        .ref("app_user")
        .col("changed_at", T::Time, R);

    all << spec("closure_review", "", Reach::Episode);
    Kind<NoRecord>(all, nullptr)
        .col("id", T::Id, R | C)
        .col("episode_id", T::Id, R | C)
        .ref("episode")
        .col("decision", T::Code, R) // approved | returned
        .col("comment", T::Text, P | X)
        .erase(Erase::Null)
        .col("closure_reason", T::Code, P)
        .list("closure_reason")
        .erase(Erase::Null)
        .col("requested_by", T::Id)
        .ref("app_user")
        .col("requested_at", T::Time)
        .col("reviewed_by", T::Id, R)
        .ref("app_user")
        .col("reviewed_at", T::Time, R);

    // Each binding points at its kind, found by the struct's archive type.
    std::apply([&](auto &...b) { ((b.kind = &all.at(b.index)), ...); }, s.bindings);
}

const Schema &schema()
{
    static const Schema s = [] {
        Schema out;
        describe(out);
        return out;
    }();
    return s;
}

} // namespace

const FieldSpec *KindSpec::field(const QString &c) const
{
    for (const auto &f : fields) {
        if (f.column == c)
            return &f;
    }
    return nullptr;
}

const FieldSpec *KindSpec::archiveField(QStringView archiveName) const
{
    for (const auto &f : fields) {
        if (f.archived() && (f.archive == archiveName || f.archiveCode == archiveName))
            return &f;
    }
    return nullptr;
}

QStringList KindSpec::syncedColumns() const
{
    QStringList out;
    for (const auto &f : fields) {
        if (f.synced())
            out << f.column;
    }
    return out;
}

const QVector<KindSpec> &recordSchema()
{
    return schema().kinds;
}

const KindSpec *kindSpec(const QString &name)
{
    for (const auto &k : recordSchema()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

const KindSpec *kindOfArchiveType(QStringView archiveType)
{
    for (const auto &k : recordSchema()) {
        if (!k.archiveType.isEmpty() && k.archiveType == archiveType)
            return &k;
    }
    return nullptr;
}

const QStringList &internalTables()
{
    static const QStringList tables{
        // The store's own: schema values, the search index and its switch.
        QStringLiteral("meta"), QStringLiteral("search_state"), QStringLiteral("person_search"),
        // The audit trail, saved reports and the erasure log (ids only): never records.
        QStringLiteral("audit_event"), QStringLiteral("report_snapshot"), QStringLiteral("erasure"),
        // Sync's bookkeeping (docs/SYNC.md).
        QStringLiteral("sync_state"), QStringLiteral("sync_outbox"), QStringLiteral("sync_row"),
        QStringLiteral("sync_conflict")};
    return tables;
}

template <class T> const Binding<T> &binding()
{
    return std::get<Binding<T>>(schema().bindings);
}
template const Binding<Team> &binding<Team>();
template const Binding<User> &binding<User>();
template const Binding<Person> &binding<Person>();
template const Binding<Referral> &binding<Referral>();
template const Binding<Episode> &binding<Episode>();
template const Binding<OnwardReferral> &binding<OnwardReferral>();
template const Binding<Contact> &binding<Contact>();
template const Binding<Task> &binding<Task>();
template const Binding<PersonMerge> &binding<PersonMerge>();
template const Binding<ReferralProfileRecord> &binding<ReferralProfileRecord>();

} // namespace hub::domain
