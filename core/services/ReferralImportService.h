#pragma once

// Police referrals in bulk (docs/REFERRAL_IMPORT.md): a force's CSV export read through a
// saved mapping profile, previewed row by row, then written in one transaction. Three
// steps, so that a wizard can show each one:
//   1. readFile()  - the file's header, first rows, detected encoding and delimiter;
//   2. preview()   - every row classified (new person, existing person, possible
//                    duplicate, already imported, error), nothing written;
//   3. import()    - the rows written (or refused), the rejected rows set aside.
// preview() and import() report progress and stop when asked (ImportControl).
//
// Who: supervisors import; caseworkers only when the hub's setting allows it
// (SettingsService::caseworkersMayImport). Administrators and supervisors manage profiles;
// whoever may import may read them.

#include "ServiceContext.h"
#include "domain/PersonMatcher.h"
#include "domain/Records.h"
#include "import/CsvReader.h"
#include "import/ReferralProfile.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace hub::services {

// One thing wrong with a row: the file's line and column (header text), the field it maps
// to, what is wrong and the value as it is in the file.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString field;
    QString message;
    QString value;
};

struct ImportRow
{
    enum class Kind
    {
        NewPerson,         // a referral for a person not on file: both are created
        ExistingPerson,    // a referral added to a person already on file (personId)
        PossibleDuplicate, // may be someone on file: a person must decide (decision)
        AlreadyImported,   // this referral is on file already (existingReferralId)
        Error,             // cannot be imported as it is (problems)
    };
    // A person's choice for a PossibleDuplicate row (a wizard sets it before import()).
    enum class Decision
    {
        Undecided, // left out (with --accept-valid, set aside in the rejected file)
        NewPerson, // it is someone else: create the person
        UsePerson, // it is the suggested person (personId)
        Skip,      // leave this row out
    };

    int line = 0; // the file's line the row starts on
    Kind kind = Kind::Error;
    Decision decision = Decision::Undecided;
    import::CsvRecord record;   // the row as read (its raw bytes for the rejected file)
    domain::Person person;      // as read from the row (NewPerson: what will be created)
    domain::Referral referral;  // as read from the row (its id is made at import)
    QString personId;           // ExistingPerson: the person; PossibleDuplicate: the suggestion
    QString personLabel;        // that person's name, or a hidden label the reader may not see
    int score = 0;              // the match score, 0..100
    QStringList reasons;        // what matched: "name", "date_of_birth", "phone", "postcode",
                                // "force_person_id"
    QString existingReferralId; // AlreadyImported: the referral on file
    QString note;               // one sentence saying why (duplicate, already imported)
    QVector<ImportProblem> problems; // Error: every problem of the row

    // What import() will do with the row: true when it writes a referral.
    bool writes() const;
};

struct ImportCounts
{
    int rows = 0;
    int newPeople = 0;
    int existingPeople = 0;
    int possibleDuplicates = 0;
    int alreadyImported = 0;
    int errors = 0;
};

struct ImportPreview
{
    QString fileName; // as given (the rejected file goes beside it)
    import::ReferralProfile profile;
    QString encoding; // the encoding the file was read in ("utf-8", "windows-1252")
    bool encodingDetected = false;
    QString delimiter; // ",", ";" or "\t"
    QByteArray lineEnd;
    bool bom = false;
    QStringList header;
    QVector<ImportRow> rows;

    ImportCounts counts() const;
    // Rows that stop a whole-file import: errors and undecided possible duplicates.
    int blocking() const;
};

struct ImportOptions
{
    // Write the valid rows and set the others aside in the rejected file; without it any
    // blocking row refuses the whole file and nothing is written.
    bool acceptValid = false;
    bool dryRun = false; // preview only: nothing is written, no rejected file
    // Where the rejected rows go; empty: FILE.rejected.csv beside preview.fileName.
    QString rejectedPath;
};

struct ImportSummary
{
    ImportCounts counts;     // of the preview
    int added = 0;           // referrals written
    int peopleAdded = 0;     // people created
    int alreadyImported = 0; // rows found on file (in the preview or at write time)
    int rejected = 0;        // rows written to the rejected file
    int skipped = 0;         // rows a person chose to leave out
    bool written = false;    // false for a dry run or a refused file
    QString rejectedPath;    // empty when no row was rejected
    QStringList referralIds; // of the referrals written, in file order
};

// Progress and cancel for a wizard: progress(done, total) after each row; the run stops
// (and, for import(), writes nothing) as soon as *cancel becomes true.
struct ImportControl
{
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
};

class ReferralImportService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralImportService)

public:
    explicit ReferralImportService(ServiceContext &ctx) : m_ctx(ctx) {}

    // Profiles, by name. Listing and reading: whoever may import or manage them.
    Result<QVector<import::ReferralProfile>> profiles(const domain::Actor &actor);
    Result<import::ReferralProfile> profile(const domain::Actor &actor, const QString &name);
    // Adds or replaces (same name) a profile: administrators and supervisors. Refuses an
    // invalid profile with its first issue (ReferralProfile::validate() lists them all).
    Status saveProfile(const domain::Actor &actor, import::ReferralProfile profile);
    Status removeProfile(const domain::Actor &actor, const QString &name);

    // Whether the actor may import referrals (the wizard's menu item asks this).
    Status mayImport(const domain::Actor &actor);

    // Step 1: the file as read (header, rows, encoding, delimiter) for the mapping page.
    // `options`: "auto" or an override of the encoding and delimiter.
    Result<import::CsvTable> readFile(const domain::Actor &actor, const QByteArray &bytes,
                                      const import::CsvOptions &options = {});

    // Step 2: every row classified, nothing written. `options` overrides the profile's
    // encoding and delimiter when not "auto". Refuses an invalid profile, a file that
    // cannot be read, or a header missing a mapped column (one message naming it).
    Result<ImportPreview> preview(const domain::Actor &actor, const QByteArray &bytes,
                                  const import::ReferralProfile &profile,
                                  const QString &fileName = {},
                                  const import::CsvOptions &options = {},
                                  const ImportControl &control = {});

    // Step 3: writes the rows of a preview in one transaction, through the same rules as
    // intake; one audit event "referral.import" with the counts. Refused (nothing written)
    // when a row blocks and acceptValid is not set, or when cancelled.
    Result<ImportSummary> import(const domain::Actor &actor, ImportPreview preview,
                                 const ImportOptions &options = {},
                                 const ImportControl &control = {});

    // FILE.rejected.csv for FILE (FILE without .csv, then .rejected.csv).
    static QString rejectedPathFor(const QString &fileName);
    // The rejected file's bytes: the header and each row's original bytes, in the file's
    // encoding and delimiter, with a last column "reason".
    static QByteArray rejectedFile(const ImportPreview &preview, const QVector<int> &rowIndexes);

    // Words for a row kind ("new person", "existing person"...), for lists and hubctl.
    static QString kindName(ImportRow::Kind kind);

private:
    ServiceContext &m_ctx;
};

} // namespace hub::services
