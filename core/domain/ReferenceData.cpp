#include "ReferenceData.h"

#include "CoreResources.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hub::domain {

const ReferenceData &ReferenceData::builtin()
{
    static const ReferenceData data = [] {
        initCoreResources();
        QFile file(QStringLiteral(":/hub/reference/codes.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("reference data missing from the build");
        auto parsed = fromJson(file.readAll());
        if (!parsed.ok())
            qFatal("reference data unreadable: %s", qPrintable(parsed.error().describe()));
        return parsed.value();
    }();
    return data;
}

Result<ReferenceData> ReferenceData::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Invalid, err.errorString());
    ReferenceData data;
    const auto root = doc.object();
    // QJsonObject is sorted; keep the lists in file order for display by reading keys.
    for (auto it = root.begin(); it != root.end(); ++it) {
        List list;
        const auto obj = it.value().toObject();
        list.extensible = obj.value(QStringLiteral("extensible")).toBool();
        const auto codes = obj.value(QStringLiteral("codes")).toArray();
        for (const auto &c : codes) {
            const auto co = c.toObject();
            Code code{co.value(QStringLiteral("code")).toString(),
                      co.value(QStringLiteral("label")).toString(), true};
            list.index.insert(code.code, int(list.codes.size()));
            list.codes.push_back(code);
        }
        data.m_lists.insert(it.key(), list);
        data.m_order.push_back(it.key());
    }
    return data;
}

bool ReferenceData::has(const QString &list, const QString &code) const
{
    const auto it = m_lists.constFind(list);
    return it != m_lists.constEnd() && it->index.contains(code);
}

QStringList ReferenceData::codes(const QString &list) const
{
    QStringList out;
    for (const auto &c : m_lists.value(list).codes)
        out.push_back(c.code);
    return out;
}

QVector<ReferenceData::Code> ReferenceData::entries(const QString &list) const
{
    return m_lists.value(list).codes;
}

QString ReferenceData::label(const QString &list, const QString &code) const
{
    const auto it = m_lists.constFind(list);
    if (it == m_lists.constEnd())
        return code;
    const auto idx = it->index.value(code, -1);
    return idx < 0 ? code : it->codes.at(idx).label;
}

bool ReferenceData::isExtensible(const QString &list) const
{
    return m_lists.value(list).extensible;
}

QStringList ReferenceData::lists() const
{
    return m_order;
}

Status ReferenceData::addCode(const QString &list, const QString &code, const QString &label)
{
    auto it = m_lists.find(list);
    if (it == m_lists.end())
        return Error::invalid(
            QStringLiteral("list"),
            QCoreApplication::translate("hub::domain::ReferenceData", "unknown list '%1'")
                .arg(list));
    if (!it->extensible)
        return Error::invalid(QStringLiteral("list"),
                              QCoreApplication::translate("hub::domain::ReferenceData",
                                                          "the list '%1' cannot be extended")
                                  .arg(list));
    static const QRegularExpression codeShape(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    if (!codeShape.match(code).hasMatch())
        return Error::invalid(
            QStringLiteral("code"),
            QCoreApplication::translate("hub::domain::ReferenceData",
                                        "a code is lower-case letters, digits and _"));
    if (it->index.contains(code))
        return Error::make(Error::Kind::Conflict,
                           QCoreApplication::translate("hub::domain::ReferenceData",
                                                       "code '%1' already exists in '%2'")
                               .arg(code, list));
    it->index.insert(code, int(it->codes.size()));
    it->codes.push_back(Code{code, label, false});
    return {};
}

Status ReferenceData::apply(const QString &list, const QString &code, const QString &label,
                            bool retired, std::optional<int> position)
{
    auto it = m_lists.find(list);
    if (it == m_lists.end() || !it->index.contains(code)) {
        if (auto s = addCode(list, code, label); !s.ok())
            return s; // an unknown list, a fixed one, or a code of the wrong shape
        it = m_lists.find(list);
    }
    auto &entry = it->codes[it->index.value(code)];
    if (!label.isEmpty())
        entry.label = label;
    entry.retired = retired;
    if (!position)
        return {};
    // Each code at its place: a moved one where it was put, the rest where the program
    // lists them; ties keep the current order.
    it->position.insert(code, *position);
    QVector<std::pair<int, int>> keys; // (place, current index)
    for (int i = 0; i < it->codes.size(); ++i)
        keys.push_back({it->position.value(it->codes.at(i).code, i), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<Code> sorted;
    for (const auto &k : keys)
        sorted.push_back(it->codes.at(k.second));
    it->codes = sorted;
    it->index.clear();
    for (int i = 0; i < it->codes.size(); ++i)
        it->index.insert(it->codes.at(i).code, i);
    return {};
}

bool ReferenceData::isRetired(const QString &list, const QString &code) const
{
    const auto it = m_lists.constFind(list);
    if (it == m_lists.constEnd())
        return false;
    const auto idx = it->index.value(code, -1);
    return idx >= 0 && it->codes.at(idx).retired;
}

QStringList ReferenceData::offered(const QString &list, const QString &current) const
{
    QStringList out;
    for (const auto &c : m_lists.value(list).codes) {
        if (!c.retired || (!current.isEmpty() && c.code == current))
            out.push_back(c.code);
    }
    return out;
}

} // namespace hub::domain
