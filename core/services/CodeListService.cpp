#include "CodeListService.h"

#include "AuditService.h"
#include "TeamService.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <QRegularExpression>

namespace hub::services {

namespace {

const char *const kLists[] = {"source", "offence_group", "need_area", "agency", "outcome_measure"};

std::optional<int> storedPosition(store::Database &db, const QString &list, const QString &code)
{
    for (const auto &r : store::ReferenceCodeRepository(db).all()) {
        if (r.list == list && r.code == code)
            return r.sortOrder;
    }
    return std::nullopt;
}

// "Citizens Advice (local)" -> "citizens_advice_local".
QString codeFromLabel(const QString &label)
{
    QString out;
    for (const auto ch : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out += ch;
        else if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing ||
                 ch == QLatin1Char('\'') || ch == QChar(0x2019))
            continue; // no plain Latin form, an accent left by the NFKD, an apostrophe
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    out.truncate(56);
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.size() < 2 || !out.at(0).isLetter())
        out.prepend(QStringLiteral("code_"));
    return out;
}

} // namespace

QStringList CodeListService::lists()
{
    QStringList out;
    for (const char *l : kLists)
        out << QString::fromLatin1(l);
    return out;
}

QString CodeListService::listName(const QString &list)
{
    if (list == QLatin1String("source"))
        return tr("Referral sources");
    if (list == QLatin1String("offence_group"))
        return tr("Offence groups");
    if (list == QLatin1String("need_area"))
        return tr("Needs areas");
    if (list == QLatin1String("agency"))
        return tr("Onward agencies");
    if (list == QLatin1String("outcome_measure"))
        return tr("Outcome measures");
    return list;
}

QString CodeListService::displayLabel(const QString &label)
{
    // Built-in labels are in the "codes" context (core/domain/CodeLabels.cpp); a label an
    // administrator typed has no translation and shows as typed.
    return QCoreApplication::translate("codes", label.toUtf8().constData());
}

domain::ReferenceData CodeListService::load(store::Database &db)
{
    return store::ReferenceCodeRepository(db).lists();
}

Status CodeListService::mayRead(const domain::Actor &actor) const
{
    if (!TeamService::mayRead(actor.role))
        return Error::make(Error::Kind::Permission,
                           tr("only administrators and supervisors can read the code lists"));
    return {};
}

Status CodeListService::mayChange(const domain::Actor &actor) const
{
    if (!TeamService::mayChange(actor.role))
        return Error::make(Error::Kind::Permission,
                           tr("only an administrator can change the code lists"));
    return {};
}

Status CodeListService::checkList(const QString &list) const
{
    if (!lists().contains(list))
        return Error::invalid(QStringLiteral("list"),
                              tr("'%1' is not a code list administrators change; the lists are "
                                 "%2")
                                  .arg(list, lists().join(QStringLiteral(", "))));
    return {};
}

Result<CodeEntry> CodeListService::entry(const QString &list, const QString &code) const
{
    const auto builtin = domain::ReferenceData::builtin().has(list, code);
    for (const auto &c : m_ctx.codes.entries(list)) {
        if (c.code == code)
            return CodeEntry{c.code, c.label, builtin, c.retired};
    }
    return Error{Error::Kind::NotFound, QStringLiteral("code"),
                 tr("there is no code '%1' in %2").arg(code, listName(list)), 0};
}

Result<CodeEntry> CodeListService::changeable(const domain::Actor &actor, const QString &list,
                                              const QString &code) const
{
    if (auto s = mayChange(actor); !s.ok())
        return s.error();
    if (auto s = checkList(list); !s.ok())
        return s.error();
    return entry(list, code);
}

Result<QVector<CodeEntry>> CodeListService::codes(const domain::Actor &actor, const QString &list)
{
    if (auto s = mayRead(actor); !s.ok())
        return s.error();
    if (auto s = checkList(list); !s.ok())
        return s.error();
    QVector<CodeEntry> out;
    for (const auto &c : m_ctx.codes.entries(list))
        out.push_back(
            {c.code, c.label, domain::ReferenceData::builtin().has(list, c.code), c.retired});
    return out;
}

Result<QString> CodeListService::checkLabel(const QString &list, const QString &label,
                                            const QString &exceptCode) const
{
    const auto trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("label"), tr("a code needs a label"));
    if (trimmed.size() > kMaxLabel)
        return Error::invalid(QStringLiteral("label"),
                              tr("is longer than %1 characters").arg(kMaxLabel));
    for (const auto &c : m_ctx.codes.entries(list)) {
        if (c.code == exceptCode)
            continue;
        if (c.label.compare(trimmed, Qt::CaseInsensitive) == 0 ||
            displayLabel(c.label).compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error::invalid(QStringLiteral("label"),
                                  tr("'%1' is already the label of the code %2 in %3")
                                      .arg(displayLabel(c.label), c.code, listName(list)));
    }
    return trimmed;
}

Result<CodeEntry> CodeListService::save(const domain::Actor &actor, const QString &list,
                                        const QVector<Row> &rows, const QString &action,
                                        const QString &code, const QString &detail)
{
    store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return tx.error();
    store::ReferenceCodeRepository repo(m_ctx.db);
    for (const auto &r : rows) {
        if (auto s = repo.save({list, r.code, r.label, r.retired, r.position}); !s.ok())
            return s.error();
    }
    if (auto s = AuditService(m_ctx).record(
            actor, action, QStringLiteral("ref_code"), list + QLatin1Char('|') + code, QString(),
            QStringLiteral("list=%1 code=%2 %3").arg(list, code, detail).trimmed());
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    m_ctx.codes = load(m_ctx.db);
    m_ctx.notifier.notify(ChangeNotifier::Kind::Everything, QString(), QString());
    return entry(list, code);
}

Result<CodeEntry> CodeListService::add(const domain::Actor &actor, const QString &list,
                                       const QString &label, const QString &code)
{
    if (auto s = mayChange(actor); !s.ok())
        return s.error();
    if (auto s = checkList(list); !s.ok())
        return s.error();
    auto checked = checkLabel(list, label, QString());
    if (!checked.ok())
        return checked.error();
    QString newCode = code.trimmed();
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    if (newCode.isEmpty()) {
        const auto base = codeFromLabel(checked.value());
        newCode = base;
        for (int n = 2; m_ctx.codes.has(list, newCode); ++n)
            newCode = base + QLatin1Char('_') + QString::number(n);
    } else if (!shape.match(newCode).hasMatch()) {
        return Error::invalid(QStringLiteral("code"),
                              tr("a code is 2 to 64 lower-case letters, digits and _, "
                                 "starting with a letter"));
    } else if (m_ctx.codes.has(list, newCode)) {
        return Error::invalid(QStringLiteral("code"),
                              tr("%1 already has the code %2").arg(listName(list), newCode));
    }
    const int position = int(m_ctx.codes.entries(list).size());
    return save(actor, list, {{newCode, checked.value(), false, position}},
                QStringLiteral("code.add"), newCode,
                QStringLiteral("label=%1").arg(checked.value()));
}

Result<CodeEntry> CodeListService::rename(const domain::Actor &actor, const QString &list,
                                          const QString &code, const QString &newLabel)
{
    const auto current = changeable(actor, list, code);
    if (!current.ok())
        return current.error();
    auto checked = checkLabel(list, newLabel, code);
    if (!checked.ok())
        return checked.error();
    if (checked.value() == current->label)
        return current; // nothing to change
    return save(actor, list,
                {{code, checked.value(), current->retired, storedPosition(m_ctx.db, list, code)}},
                QStringLiteral("code.rename"), code,
                QStringLiteral("label=%1").arg(checked.value()));
}

Result<CodeEntry> CodeListService::retire(const domain::Actor &actor, const QString &list,
                                          const QString &code)
{
    const auto current = changeable(actor, list, code);
    if (!current.ok())
        return current.error();
    if (current->retired)
        return Error::invalid(QStringLiteral("code"),
                              tr("the code %1 of %2 is already retired").arg(code, listName(list)));
    return save(actor, list, {{code, current->label, true, storedPosition(m_ctx.db, list, code)}},
                QStringLiteral("code.retire"), code, QString());
}

Result<CodeEntry> CodeListService::move(const domain::Actor &actor, const QString &list,
                                        const QString &code, int by)
{
    if (auto current = changeable(actor, list, code); !current.ok())
        return current.error();
    auto entries = m_ctx.codes.entries(list);
    int from = 0;
    while (entries.at(from).code != code)
        ++from;
    const int to = from + by;
    if (by == 0 || to < 0 || to >= entries.size())
        return Error::invalid(QStringLiteral("code"), by < 0 ? tr("%1 is already first").arg(code)
                                                             : tr("%1 is already last").arg(code));
    entries.move(from, to);
    // Every code of the list at its place, so that the order no longer depends on the
    // program's: rows whose place does not change are left as they are (store::save).
    QVector<Row> rows;
    for (int i = 0; i < entries.size(); ++i)
        rows.push_back({entries.at(i).code, entries.at(i).label, entries.at(i).retired, i});
    return save(actor, list, rows, QStringLiteral("code.move"), code,
                QStringLiteral("position=%1").arg(to + 1));
}

} // namespace hub::services
