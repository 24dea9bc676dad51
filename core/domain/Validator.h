#pragma once

#include "Records.h"
#include "ReferenceData.h"
#include "Result.h"

#include <QCoreApplication>

namespace hub::domain {

// The record-level rules of ARCHIVE_FORMAT.md and PRODUCT.md. Each check returns the first
// broken rule with the archive name of the field, so the archive reader, services and
// forms all report the same words. References to other records are checked by the store.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    Validator(const ReferenceData &codes, QDate today) : m_codes(codes), m_today(today) {}

    Status team(const Team &t) const;
    Status user(const User &u) const;
    Status person(const Person &p) const;
    Status referral(const Referral &r) const;
    Status episode(const Episode &e) const;
    Status onwardReferral(const OnwardReferral &o) const;
    Status contact(const Contact &c) const;
    Status task(const Task &t) const;

    // Whether a referral in status `from` may move to `to` (PRODUCT.md's triage and
    // closure); the words say why not. Services and sync's merge apply the same rule.
    static Status referralTransition(const QString &from, const QString &to);

private:
    Status id(const QString &field, const QString &value, bool required = true) const;
    Status code(const QString &field, const QString &list, const QString &value) const;
    Status text(const QString &field, const QString &value, bool required, int maxLength) const;
    Status time(const QString &field, const QDateTime &value) const;

    const ReferenceData &m_codes;
    QDate m_today;
};

} // namespace hub::domain
