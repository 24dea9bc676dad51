#pragma once

// One description of every record kind the workstation keeps (docs/ARCHITECTURE.md "Record
// kinds: one description"): its table and key, every field with its archive name and type,
// which fields are personal or free text and what an erasure leaves in them, how a record
// reaches its person, and whether it is append-only and synced. The archive writer and
// reader, sync's kinds and outbox triggers, erasure (desk and hub) and the hub's field
// rules all read it; tests/core/tst_recordschema.cpp fails while any path misses a field.
//
// Plain data: table and column names are names here, never SQL that runs.

#include "Records.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <variant>

namespace hub::domain {

enum class FieldType
{
    Id,      // a lower-case UUID (a key or a reference), text
    Ids,     // an array of ids (an episode's referral_ids)
    Text,    // text a person typed, or a name
    Code,    // a code of a reference list (ReferenceData)
    Codes,   // an array of codes, stored as JSON text
    CodeMap, // an object of code -> code, stored as JSON text
    Bool,    // true or false, stored as 0/1
    OptBool, // true, false or unknown, stored as 0/1/NULL
    Int,     // a whole number
    Date,    // YYYY-MM-DD
    Time,    // a UTC timestamp, "2026-10-05T09:30:00Z"
    // Whether voicemail, letters or texts are safe: a code of the contact_safety list
    // (not_asked | safe | not_safe), held as domain::ContactSafety. Archives carry it twice
    // (docs/ARCHIVE.md): version 1's boolean under `archive` (true only for "safe") and the
    // code itself under `archiveCode`.
    Safety,
};

// What an erasure (UK GDPR, docs/SECURITY.md "Erasure and retention") leaves in a field.
enum class Erase
{
    Keep,         // not personal, or part of the anonymous remainder reports count
    Empty,        // '' (a NOT NULL text)
    Null,         // NULL
    True,         // 1
    False,        // 0
    EmptyObject,  // '{}'
    MonthOfBirth, // the year and month (a 29 February birthday whole)
    NotAsked,     // 'not_asked' (a contact-safety answer: blocks the channel)
};

enum FieldFlag : unsigned
{
    Required = 1u << 0,  // the Validator refuses it empty
    Personal = 1u << 1,  // says something about the person (names, contact details...)
    FreeText = 1u << 2,  // typed by a person: may hold anything, so erasure blanks it
    Local = 1u << 3,     // never leaves the workstation (not synced, not archived)
    Optional = 1u << 4,  // may be absent from an archive line (written only when set)
    NoArchive = 1u << 5, // synced but not carried by archives
    // The Validator checks this field's shape on its own (an id, a code of `codeList`, a
    // text up to `maxLength`, a time; required or not): the hub checks it too, from its
    // hub_field_rule table (sync::fieldRules()).
    Checked = 1u << 6,
};

// How a record reaches the person it is about (scope, erasure, sync's person).
enum class Reach
{
    None,              // belongs to no one: teams, users, codes, settings
    Self,              // the person record itself (its id)
    Person,            // its person_id
    Episode,           // its episode_id's episode's person
    PersonOrEpisode,   // its person_id, else its episode_id's (tasks)
    ReferralOrEpisode, // its record_id, a referral's or an episode's (record_type says)
};

struct FieldSpec
{
    QString column;  // column of the kind's table; empty when kept elsewhere (referral_ids)
    QString archive; // name in archive lines; empty when archives do not carry it
    FieldType type = FieldType::Text;
    unsigned flags = 0;
    Erase erase = Erase::Keep;
    QString codeList;      // Code, Codes, CodeMap: the reference list (keys of a CodeMap)
    int maxLength = 0;     // Text: the Validator's limit; 0 when it has none
    QString refersTo;      // Id, Ids: the kind the id names
    QString archiveUnless; // left out of archive lines when it has this value ("action")
    QString archiveCode;   // Safety: the extension field carrying the code itself

    bool has(FieldFlag f) const { return (flags & f) != 0; }
    bool synced() const { return !has(Local) && !column.isEmpty(); }
    bool archived() const { return !archive.isEmpty(); }
};

struct KindSpec
{
    QString name;        // the kind's name: also its table and its name on the hub
    QString table;       //
    QStringList key;     // key columns
    QString archiveType; // its record type in archives; empty when archives leave it out
    QVector<FieldSpec> fields;
    Reach reach = Reach::None;
    bool appendOnly = false; // never updated (contacts): the database refuses it
    bool synced = true;
    // Synced rows whose local-only columns change often (sign-in counters): the outbox
    // watches only the synced columns.
    bool outboxOnSyncedColumns = false;
    bool erasureDeletes = false; // erasure removes the person's rows (tasks) instead
    // Columns of the table that are deliberately described nowhere else: kept by the
    // store for itself (a row number for the search index, password hashes).
    QStringList internalColumns;

    const FieldSpec *field(const QString &column) const;
    const FieldSpec *archiveField(QStringView archiveName) const;
    QStringList syncedColumns() const;
};

// Every kind, parents before children (the order sync applies rows and archives list them).
const QVector<KindSpec> &recordSchema();
const KindSpec *kindSpec(const QString &name);
const KindSpec *kindOfArchiveType(QStringView archiveType);

// Tables of the workstation database that hold no records: bookkeeping of the store,
// search, audit, reports, erasure and sync (tst_recordschema checks no table is neither).
const QStringList &internalTables();

// The member of a domain record (Records.h) that holds a field, for the archive reader and
// writer: one alternative per C++ type a field has.
template <class T>
using Member = std::variant<std::monostate, QString T::*, bool T::*, int T::*, QDate T::*,
                            QDateTime T::*, QStringList T::*, QMap<QString, QString> T::*,
                            std::optional<bool> T::*, ContactSafety T::*>;

// The fields of `T`'s kind with their members, in the kind's field order (members[i] holds
// kind->fields[i]; monostate for a column the struct does not carry).
template <class T> struct Binding
{
    const KindSpec *kind = nullptr;
    QVector<Member<T>> members;
    qsizetype index = -1; // of the kind in recordSchema()
};
// Defined for Team, User, Person, Referral, Episode, OnwardReferral, Contact, Task,
// PersonMerge and ReferralProfileRecord.
template <class T> const Binding<T> &binding();

} // namespace hub::domain
