#pragma once

#include <QString>
#include <QVector>

namespace hub::demo {

// Word lists for synthetic records. Names are drawn and combined at random, so no record
// describes a real person; phone numbers come from Ofcom's ranges reserved for fiction and
// e-mail addresses from the example domains.
struct Vocabulary
{
    QVector<QString> givenFemale;
    QVector<QString> givenMale;
    QVector<QString> givenNeutral;
    QVector<QString> family;
    QVector<QString> streets;
    QVector<QString> towns;
    QVector<QString> postcodeAreas;
    QVector<QString> languages;
    QVector<QString> contactNotes;
    QVector<QString> summariesSpoke;
    QVector<QString> summariesNoAnswer;
    QVector<QString> taskTitles;

    static const Vocabulary &get();
};

} // namespace hub::demo
