#include "ArchiveReader.h"

#include "ArchiveLineParser.h"
#include "ArchiveLineSource.h"
#include "domain/RecordSchema.h"
#include "domain/ReferenceData.h"
#include "domain/Validator.h"
#include "import/ReferralProfile.h"
#include "store/BulkLoad.h"
#include "store/Database.h"
#include "store/ErasureRepository.h"
#include "store/PersonMergeRepository.h"
#include "store/ReferralImportQueries.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "sync/RecordKinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QUuid>

namespace hub::archive {

using namespace hub::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
};

#define HUB_TRY(expr)                                                                              \
    do {                                                                                           \
        if (auto s_ = (expr); !s_.ok())                                                            \
            return s_;                                                                             \
    } while (false)

// The built-in code lists plus the administrators' codes kept in the database.
ReferenceData loadCodes(store::Database &db)
{
    return store::ReferenceCodeRepository(db).lists();
}

template <typename T> bool sameContent(const T &a, const T &b)
{
    return a == b;
}

class Importer
{
public:
    Importer(store::Database &db, const ImportOptions &options)
        : m_db(db), m_options(options), m_codes(loadCodes(db)),
          m_validator(m_codes, options.today.isValid() ? options.today : QDate::currentDate()),
          m_teams(db), m_users(db), m_people(db), m_referrals(db), m_episodes(db), m_contacts(db),
          m_tasks(db), m_merges(db), m_erased(store::ErasureRepository(db).erasedIds())
    {
    }

    Result<ImportCounts> run(QIODevice &in)
    {
        if (!in.isOpen() || !in.isReadable())
            return Error::make(Error::Kind::Io, Tr::tr("the archive is not open for reading"));
        store::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        store::BulkLoad bulk(m_db);
        // Amendments may come before the contact they amend (the file is ordered by id);
        // every reference is checked here first, the database checks again at commit.
        if (auto s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s.ok())
            return s.error();

        LineSource source(in);
        QByteArray line;
        bool terminated = true;
        while (source.next(line, terminated)) {
            ++m_line;
            if (auto s = readLine(line, !terminated); !s.ok())
                return atLine(s.error(), m_line);
        }
        if (source.failed())
            return Error::make(Error::Kind::Io,
                               Tr::tr("cannot read the archive: %1").arg(source.errorString()));
        if (m_line == 0)
            return atLine(Error::invalid({}, Tr::tr("the archive is empty; the first line must "
                                                    "be the archive header")),
                          1);
        if (auto s = checkAmendments(); !s.ok())
            return s.error();
        if (m_options.mayTouchPerson) {
            if (auto s = checkTouchedPeople(); !s.ok())
                return s.error();
        }
        if (auto s = bulk.finish(); !s.ok())
            return s.error();
        if (auto s = tx.commit(); !s.ok())
            return s.error();
        return m_counts;
    }

private:
    struct Seen
    {
        int line = 0;
        RecordType type = RecordType::Team;
    };
    struct Amendment
    {
        QString id;
        QString target;
        int line = 0;
    };

    static Error atLine(Error e, int line)
    {
        if (e.line == 0)
            e.line = line;
        return e;
    }

    Status readLine(const QByteArray &line, bool lastUnterminated)
    {
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            return Error::invalid({}, Tr::tr("the file starts with a UTF-8 byte order mark (BOM); "
                                             "an archive is UTF-8 without a BOM"));
        if (const auto at = lines::invalidUtf8At(line.constData(), line.size()); at >= 0)
            return Error::invalid({}, Tr::tr("the line is not valid UTF-8 (byte %1)").arg(at + 1));
        if (m_line == 1)
            return lines::parseHeader(line);
        const auto record = lines::parseRecord(line, lastUnterminated);
        if (!record.ok())
            return record.error();
        return apply(*record);
    }

    Status apply(const AnyRecord &any)
    {
        switch (recordType(any)) {
        case RecordType::Team:
            return importTeam(std::get<Team>(any));
        case RecordType::User:
            return importUser(std::get<User>(any));
        case RecordType::Person:
            return importPerson(std::get<Person>(any));
        case RecordType::Referral:
            return importReferral(std::get<Referral>(any));
        case RecordType::Episode:
            return importEpisode(std::get<Episode>(any));
        case RecordType::OnwardReferral:
            return importOnward(std::get<OnwardReferral>(any));
        case RecordType::Contact:
            return importContact(std::get<Contact>(any));
        case RecordType::Task:
            return importTask(std::get<Task>(any));
        case RecordType::PersonMerge:
            return importMerge(std::get<PersonMerge>(any));
        case RecordType::ReferralProfile:
            return importProfile(std::get<ReferralProfileRecord>(any));
        }
        return {};
    }

    // Remembers an id read from the file; the same id twice is an error.
    Status registerId(const QString &id, RecordType type)
    {
        const QUuid key(id);
        const auto it = m_inFile.constFind(key);
        if (it != m_inFile.constEnd())
            return Error{Error::Kind::Conflict, QStringLiteral("id"),
                         Tr::tr("duplicate id %1: line %2 already has it (%3)")
                             .arg(id)
                             .arg(it->line)
                             .arg(typeName(it->type)),
                         0};
        m_inFile.insert(key, Seen{m_line, type});
        return {};
    }

    bool existsInDatabase(const QString &id, RecordType type)
    {
        switch (type) {
        case RecordType::Team:
            return m_teams.get(id).ok();
        case RecordType::User:
            return m_users.get(id).ok();
        case RecordType::Person:
            return m_people.exists(id);
        case RecordType::Referral:
            return m_referrals.exists(id);
        case RecordType::Episode:
            return m_episodes.exists(id);
        case RecordType::OnwardReferral:
            return m_episodes.getOnward(id).ok();
        case RecordType::Contact:
            return m_contacts.exists(id);
        case RecordType::Task:
            return m_tasks.get(id).ok();
        case RecordType::PersonMerge:
            return m_merges.get(id).ok();
        case RecordType::ReferralProfile:
            return store::ReferralImportQueries(m_db).profile(id).ok();
        }
        return false;
    }

    // `id` (not empty) must name a record of `type` earlier in the file or in the database.
    Status requireRef(const char *field, const QString &id, RecordType type)
    {
        if (id.isEmpty())
            return {};
        const QUuid key(id);
        const auto it = m_inFile.constFind(key);
        if (it != m_inFile.constEnd()) {
            if (it->type == type)
                return {};
            return Error{Error::Kind::NotFound, QString::fromLatin1(field),
                         Tr::tr("%1 is a %2 (line %3), not a %4")
                             .arg(id, typeName(it->type))
                             .arg(it->line)
                             .arg(typeName(type)),
                         0};
        }
        if (m_inDatabase.value(key) == static_cast<int>(type) + 1)
            return {};
        if (existsInDatabase(id, type)) {
            m_inDatabase.insert(key, static_cast<int>(type) + 1);
            return {};
        }
        return Error{Error::Kind::NotFound, QString::fromLatin1(field),
                     Tr::tr("no %1 with id %2 in the database or earlier in the archive")
                         .arg(typeName(type), id),
                     0};
    }

    // Every reference the record schema gives the record's kind (FieldSpec::refersTo), in
    // field order; a kind's references to its own records (a contact's amends) are checked
    // once every line is read (checkAmendments).
    template <class T> Status requireRefs(const T &record)
    {
        const auto &b = domain::binding<T>();
        const auto &names = archiveFieldNames<T>();
        for (qsizetype i = 0; i < b.members.size(); ++i) {
            const auto &f = b.kind->fields.at(i);
            if (f.refersTo.isEmpty() || f.refersTo == b.kind->name || names.at(i).isEmpty())
                continue;
            const auto *target = domain::kindSpec(f.refersTo);
            const auto type = target ? typeFromName(target->archiveType) : std::nullopt;
            if (!type)
                continue;
            const char *field = names.at(i).constData();
            if (const auto *one = std::get_if<QString T::*>(&b.members.at(i))) {
                HUB_TRY(requireRef(field, record.*(*one), *type));
            } else if (const auto *many = std::get_if<QStringList T::*>(&b.members.at(i))) {
                for (const auto &id : record.*(*many))
                    HUB_TRY(requireRef(field, id, *type));
            }
        }
        return {};
    }

    // An erased person (UK GDPR) never comes back, nor do records about them.
    Status refuseErased(const char *field, const QString &personId) const
    {
        if (personId.isEmpty() || !m_erased.contains(personId))
            return {};
        return Error{Error::Kind::Conflict, QString::fromLatin1(field),
                     Tr::tr("person %1 was erased; an erased person's records cannot be "
                            "imported again")
                         .arg(personId),
                     0};
    }

    // Inserts the record, or settles an id that already exists; counts it either way.
    template <typename T, typename Insert, typename Get, typename Update>
    Status settle(const T &record, RecordType type, Insert insert, Get get, Update update)
    {
        // The people the record belongs to, when the importer's reach is limited.
        const QStringList persons = m_options.mayTouchPerson ? personsOf(record) : QStringList();
        for (const auto &p : persons)
            noteBefore(p);
        const Status inserted = insert(record);
        if (inserted.ok()) {
            HUB_TRY(mayWrite(type, record.id, persons));
            ++m_counts.inserted[type];
            return {};
        }
        if (inserted.error().kind != Error::Kind::Conflict)
            return inserted;
        const auto existing = get(record.id);
        if (!existing.ok())
            return inserted; // some other constraint
        if (sameContent(*existing, record)) {
            ++m_counts.unchanged[type];
            return {};
        }
        if (type == RecordType::Contact)
            return Error{Error::Kind::Conflict, QStringLiteral("id"),
                         Tr::tr("contact %1 already exists with different content; contacts "
                                "are never replaced, not even with --replace")
                             .arg(record.id),
                         0};
        // The people the record belonged to count as well as those it will belong to.
        QStringList touched = persons;
        for (const auto &p : m_options.mayTouchPerson ? personsOf(*existing) : QStringList()) {
            noteBefore(p);
            if (!touched.contains(p))
                touched << p;
        }
        HUB_TRY(mayWrite(type, record.id, touched));
        if (!m_options.replace)
            return Error{Error::Kind::Conflict, QStringLiteral("id"),
                         Tr::tr("%1 %2 already exists with different content (import with "
                                "--replace to overwrite it)")
                             .arg(typeName(type), record.id),
                         0};
        HUB_TRY(update(record));
        ++m_counts.updated[type];
        return {};
    }

    // The person a record belongs to, as services::personScope knows them.
    QStringList personsOf(const Team &) const { return {}; }
    QStringList personsOf(const User &) const { return {}; }
    QStringList personsOf(const Person &p) const { return {p.id}; }
    QStringList personsOf(const Referral &r) const { return {r.personId}; }
    QStringList personsOf(const Episode &e) const { return {e.personId}; }
    QStringList personsOf(const Contact &c) const { return {c.personId}; }
    QStringList personsOf(const OnwardReferral &o) { return episodePerson(o.episodeId); }
    QStringList personsOf(const PersonMerge &m) const { return {m.personId, m.otherId}; }
    QStringList personsOf(const Task &t)
    {
        return t.personId.isEmpty() ? episodePerson(t.episodeId) : QStringList{t.personId};
    }
    QStringList episodePerson(const QString &episodeId)
    {
        if (episodeId.isEmpty())
            return {};
        auto it = m_episodePerson.constFind(episodeId);
        if (it == m_episodePerson.constEnd()) {
            const auto e = m_episodes.get(episodeId);
            it = m_episodePerson.insert(episodeId, e.ok() ? e->personId : QString());
        }
        return it->isEmpty() ? QStringList() : QStringList{*it};
    }

    // The verdict on a person's records as the database holds them, taken the first time
    // the archive names them: nothing of theirs has been written by this import yet.
    void noteBefore(const QString &personId)
    {
        if (!m_options.mayTouchPerson || personId.isEmpty() || m_before.contains(personId))
            return;
        m_before.insert(personId, m_options.mayTouchPerson(personId));
    }

    // A write of a team or user row, or of records of `persons`: allowed for this user?
    Status mayWrite(RecordType type, const QString &id, const QStringList &persons)
    {
        if (!m_options.mayWriteShared && !m_options.mayTouchPerson)
            return {};
        // Records of no one (teams, users) are the hub's shared rows: the sync kind says so.
        const auto *kind = sync::kindOfArchiveType(typeName(type));
        if (m_options.mayWriteShared && (!kind || kind->personSql.isEmpty())) {
            if (auto s = m_options.mayWriteShared(type, id); !s.ok())
                return Error{s.error().kind, QStringLiteral("id"),
                             Tr::tr("%1 %2 is new or differs from this database's, and %3")
                                 .arg(typeName(type), id, s.error().message),
                             0};
        }
        if (!m_options.mayTouchPerson)
            return {};
        for (const auto &p : persons) {
            if (const auto &before = m_before[p]; !before.ok())
                return outOfScope(p, before.error());
            if (!m_touched.contains(p)) {
                m_touched.insert(p, m_line);
                m_touchedOrder << p;
            }
        }
        return {};
    }

    static Error outOfScope(const QString &personId, const Error &why)
    {
        return Error{why.kind, QStringLiteral("person_id"),
                     Tr::tr("the records of person %1 cannot be imported by you: %2")
                         .arg(personId, why.message),
                     0};
    }

    // Every person the import touched, as it leaves them (a referral may now be held by
    // another team's worker): the line is the first that touched them.
    Status checkTouchedPeople()
    {
        for (const auto &p : m_touchedOrder) {
            if (auto s = m_options.mayTouchPerson(p); !s.ok()) {
                auto e = outOfScope(p, s.error());
                e.line = m_touched.value(p);
                return e;
            }
        }
        return {};
    }

    Status importTeam(const Team &t)
    {
        HUB_TRY(m_validator.team(t));
        HUB_TRY(registerId(t.id, RecordType::Team));
        return settle(
            t, RecordType::Team, [this](const Team &x) { return m_teams.insert(x); },
            [this](const QString &id) { return m_teams.get(id); },
            [this](const Team &r) { return m_teams.update(r); });
    }

    Status importUser(const User &u)
    {
        HUB_TRY(m_validator.user(u));
        HUB_TRY(registerId(u.id, RecordType::User));
        HUB_TRY(requireRefs(u));
        auto s = settle(
            u, RecordType::User, [this](const User &x) { return m_users.insert(x); },
            [this](const QString &id) { return m_users.get(id); },
            [this](const User &r) { return m_users.update(r); });
        if (!s.ok() && s.error().field.isEmpty()) {
            const auto other = m_users.byUsername(u.username);
            if (other.ok() && other->id != u.id)
                return Error{
                    Error::Kind::Conflict, QStringLiteral("username"),
                    Tr::tr("'%1' is already the username of user %2").arg(u.username, other->id),
                    0};
        }
        return s;
    }

    Status importPerson(const Person &p)
    {
        HUB_TRY(m_validator.person(p));
        HUB_TRY(refuseErased("id", p.id));
        HUB_TRY(registerId(p.id, RecordType::Person));
        return settle(
            p, RecordType::Person, [this](const Person &x) { return m_people.insert(x); },
            [this](const QString &id) { return m_people.get(id); },
            [this](const Person &r) { return m_people.update(r); });
    }

    Status importReferral(const Referral &r)
    {
        HUB_TRY(m_validator.referral(r));
        HUB_TRY(registerId(r.id, RecordType::Referral));
        HUB_TRY(refuseErased("person_id", r.personId));
        HUB_TRY(requireRefs(r));
        return settle(
            r, RecordType::Referral, [this](const Referral &x) { return m_referrals.insert(x); },
            [this](const QString &id) { return m_referrals.get(id); },
            [this](const Referral &x) { return m_referrals.update(x); });
    }

    Status importEpisode(const Episode &e)
    {
        HUB_TRY(m_validator.episode(e));
        HUB_TRY(registerId(e.id, RecordType::Episode));
        HUB_TRY(refuseErased("person_id", e.personId));
        HUB_TRY(requireRefs(e));
        HUB_TRY(settle(
            e, RecordType::Episode, [this](const Episode &x) { return m_episodes.insert(x); },
            [this](const QString &id) { return m_episodes.get(id); },
            [this](const Episode &x) { return m_episodes.update(x); }));
        if (m_options.mayTouchPerson)
            m_episodePerson.insert(e.id, e.personId);
        return {};
    }

    Status importOnward(const OnwardReferral &o)
    {
        HUB_TRY(m_validator.onwardReferral(o));
        HUB_TRY(registerId(o.id, RecordType::OnwardReferral));
        HUB_TRY(requireRefs(o));
        return settle(
            o, RecordType::OnwardReferral,
            [this](const OnwardReferral &x) { return m_episodes.insertOnward(x); },
            [this](const QString &id) { return m_episodes.getOnward(id); },
            [this](const OnwardReferral &x) { return m_episodes.updateOnward(x); });
    }

    Status importContact(const Contact &c)
    {
        HUB_TRY(m_validator.contact(c));
        HUB_TRY(registerId(c.id, RecordType::Contact));
        HUB_TRY(refuseErased("person_id", c.personId));
        HUB_TRY(requireRefs(c));
        if (!c.amends.isEmpty()) {
            // Checked once every line is read: the original may come later in the file.
            m_amendments.push_back(Amendment{c.id, c.amends, m_line});
            m_amendmentIds.insert(QUuid(c.id));
        }
        return settle(
            c, RecordType::Contact, [this](const Contact &x) { return m_contacts.insert(x); },
            [this](const QString &id) { return m_contacts.get(id); },
            [](const Contact &) { return Status{}; });
    }

    Status importTask(const Task &t)
    {
        HUB_TRY(m_validator.task(t));
        HUB_TRY(registerId(t.id, RecordType::Task));
        HUB_TRY(refuseErased("person_id", t.personId));
        HUB_TRY(requireRefs(t));
        return settle(
            t, RecordType::Task, [this](const Task &x) { return m_tasks.insert(x); },
            [this](const QString &id) { return m_tasks.get(id); },
            [this](const Task &x) { return m_tasks.update(x); });
    }

    // A merge comes after every record it moved (the writer puts merges last): its
    // trigger points the contacts it lists at the kept record (local schema step 13).
    Status importMerge(const PersonMerge &m)
    {
        HUB_TRY(registerId(m.id, RecordType::PersonMerge));
        HUB_TRY(refuseErased("person_id", m.personId));
        HUB_TRY(refuseErased("other_id", m.otherId));
        HUB_TRY(requireRefs(m));
        return settle(
            m, RecordType::PersonMerge, [this](const PersonMerge &x) { return m_merges.insert(x); },
            [this](const QString &id) { return m_merges.get(id); },
            [](const PersonMerge &) {
                return Status(Error{Error::Kind::Conflict, QStringLiteral("id"),
                                    Tr::tr("a merge is never replaced; undo it instead"), 0});
            });
    }

    // Version 3: a mapping profile for police referral files, checked as saving one is
    // (ReferralProfile::fromJson and check against the code lists; the permission through
    // ImportOptions::mayWriteProfile) and kept in its canonical JSON form. A profile whose
    // name exists with other content is replaced only with `replace`.
    Status importProfile(const ReferralProfileRecord &r)
    {
        if (m_profileNames.contains(r.name))
            return Error{Error::Kind::Conflict, QStringLiteral("name"),
                         Tr::tr("duplicate referral profile '%1': line %2 already has it")
                             .arg(r.name)
                             .arg(m_profileNames.value(r.name)),
                         0};
        m_profileNames.insert(r.name, m_line);
        auto parsed = import::ReferralProfile::fromJson(r.body.toUtf8());
        if (!parsed.ok())
            return Error::invalid(QStringLiteral("body"), parsed.error().message);
        auto profile = parsed.value();
        if (profile.name != r.name || r.name.trimmed() != r.name)
            return Error::invalid(QStringLiteral("name"),
                                  Tr::tr("must be the profile's own name ('%1'), without "
                                         "spaces round it")
                                      .arg(profile.name.left(100)));
        if (profile.source != r.source)
            return Error::invalid(
                QStringLiteral("source"),
                Tr::tr("must be the profile's own source ('%1')").arg(profile.source.left(40)));
        if (auto s = profile.check(m_codes); !s.ok()) {
            auto e = s.error();
            e.message = Tr::tr("the profile's %1: %2").arg(e.field, e.message);
            e.field = QStringLiteral("body");
            return e;
        }
        HUB_TRY(requireRefs(r));
        store::ProfileRow row{r.name, r.source, QString::fromUtf8(profile.toJson()), r.updatedAt,
                              r.updatedBy};
        store::ReferralImportQueries profiles(m_db);
        auto existing = profiles.profile(r.name);
        if (existing.ok()) {
            if (existing->source == row.source && existing->body == row.body &&
                existing->updatedAt == row.updatedAt && existing->updatedBy == row.updatedBy) {
                ++m_counts.unchanged[RecordType::ReferralProfile];
                return {};
            }
            if (!m_options.replace)
                return Error{Error::Kind::Conflict, QStringLiteral("name"),
                             Tr::tr("a different referral profile called '%1' is already on "
                                    "file; import with replace to overwrite it")
                                 .arg(r.name),
                             0};
        }
        if (m_options.mayWriteProfile)
            HUB_TRY(m_options.mayWriteProfile(r.name));
        HUB_TRY(profiles.saveProfile(row));
        ++(existing.ok() ? m_counts.updated : m_counts.inserted)[RecordType::ReferralProfile];
        m_counts.profilesWritten << r.name;
        return {};
    }

    // An amendment points at an original contact, never at another amendment.
    Status checkAmendments()
    {
        for (const auto &a : m_amendments) {
            const QUuid target(a.target);
            bool targetAmends = false;
            const auto it = m_inFile.constFind(target);
            if (it != m_inFile.constEnd()) {
                if (it->type != RecordType::Contact)
                    return Error{Error::Kind::NotFound, QStringLiteral("amends"),
                                 Tr::tr("%1 is a %2 (line %3), not a contact")
                                     .arg(a.target, typeName(it->type))
                                     .arg(it->line),
                                 a.line};
                targetAmends = m_amendmentIds.contains(target);
            } else {
                const auto original = m_contacts.get(a.target);
                if (!original.ok())
                    return Error{Error::Kind::NotFound, QStringLiteral("amends"),
                                 Tr::tr("no contact with id %1 in the database or the archive")
                                     .arg(a.target),
                                 a.line};
                targetAmends = !original->amends.isEmpty();
            }
            if (targetAmends)
                return Error{Error::Kind::Invalid, QStringLiteral("amends"),
                             Tr::tr("contact %1 is itself an amendment; an amendment must "
                                    "amend the original contact")
                                 .arg(a.target),
                             a.line};
        }
        return {};
    }

    store::Database &m_db;
    ImportOptions m_options;
    ReferenceData m_codes;
    Validator m_validator;
    store::TeamRepository m_teams;
    store::UserRepository m_users;
    store::PersonRepository m_people;
    store::ReferralRepository m_referrals;
    store::EpisodeRepository m_episodes;
    store::ContactRepository m_contacts;
    store::TaskRepository m_tasks;
    store::PersonMergeRepository m_merges;
    QHash<QString, int> m_profileNames; // referral profiles read, by name: their line

    int m_line = 0;
    ImportCounts m_counts;
    QHash<QUuid, Seen> m_inFile;
    QHash<QUuid, int> m_inDatabase; // RecordType + 1 of ids found in the database
    QVector<Amendment> m_amendments;
    QSet<QUuid> m_amendmentIds;
    QSet<QString> m_erased;                  // person ids in the erasure log
    QHash<QString, QString> m_episodePerson; // episode id -> person id, file then database
    QHash<QString, Status> m_before;         // mayTouchPerson before this import wrote
    QHash<QString, int> m_touched;           // person id -> first line that wrote theirs
    QStringList m_touchedOrder;
};

#undef HUB_TRY

} // namespace

Result<ImportCounts> importArchive(store::Database &db, QIODevice &in, const ImportOptions &options)
{
    Importer importer(db, options);
    return importer.run(in);
}

} // namespace hub::archive
