#pragma once

#include "ServiceContext.h"

#include <QCoreApplication>

namespace hub::services {

// One code of a list as an administrator sees it.
struct CodeEntry
{
    QString code;
    QString label;        // as stored: a built-in code's English label, or as typed
    bool builtin = false; // compiled into the program (resources/reference/codes.json)
    bool retired = false;
};

// The code lists administrators run from the app (docs/ADMIN_GUIDE.md "Teams and code
// lists"): referral sources, offence groups, needs areas, onward agencies and outcome
// measures. A code is added, its label renamed, retired (still valid on the records that
// hold it, offered in no new form) or moved up or down; never deleted. Changes are ref_code
// rows: audited, and synced to every desk (a PostgreSQL hub takes them from administrators'
// logins only). Administrators change them (security::Action::ChangeSettings); supervisors
// may read them.
class CodeListService
{
    Q_DECLARE_TR_FUNCTIONS(CodeListService)

public:
    explicit CodeListService(ServiceContext &ctx) : m_ctx(ctx) {}

    static constexpr int kMaxLabel = 200;

    // The lists administrators change, in the order the Administration section shows them.
    static QStringList lists();
    // A list's name for people ("Onward agencies"), translated.
    static QString listName(const QString &list);
    // A code's label for display: a built-in label translated (context "codes"), one an
    // administrator typed as typed.
    static QString displayLabel(const QString &label);
    // The built-in code lists with this database's ref_code rows applied.
    static domain::ReferenceData load(store::Database &db);

    // The codes of `list` in order, retired ones included.
    Result<QVector<CodeEntry>> codes(const domain::Actor &actor, const QString &list);

    // Adds a code labelled `label` (trimmed, 1 to kMaxLabel characters, no other code's
    // label in the list, case-insensitively). `code` is made from the label when empty:
    // lower-case letters, digits and _.
    Result<CodeEntry> add(const domain::Actor &actor, const QString &list, const QString &label,
                          const QString &code = {});
    Result<CodeEntry> rename(const domain::Actor &actor, const QString &list, const QString &code,
                             const QString &newLabel);
    Result<CodeEntry> retire(const domain::Actor &actor, const QString &list, const QString &code);
    // Moves the code `by` places (-1: up, 1: down) in its list.
    Result<CodeEntry> move(const domain::Actor &actor, const QString &list, const QString &code,
                           int by);

private:
    Status mayRead(const domain::Actor &actor) const;
    Status mayChange(const domain::Actor &actor) const;
    Status checkList(const QString &list) const;
    Result<CodeEntry> entry(const QString &list, const QString &code) const;
    // The code, when `actor` may change `list` and the list has it.
    Result<CodeEntry> changeable(const domain::Actor &actor, const QString &list,
                                 const QString &code) const;
    Result<QString> checkLabel(const QString &list, const QString &label,
                               const QString &exceptCode) const;
    // Writes the rows, audits `action` and reloads the context's lists, in one transaction.
    struct Row
    {
        QString code;
        QString label;
        bool retired = false;
        std::optional<int> position;
    };
    Result<CodeEntry> save(const domain::Actor &actor, const QString &list,
                           const QVector<Row> &rows, const QString &action, const QString &code,
                           const QString &detail);

    ServiceContext &m_ctx;
};

} // namespace hub::services
