#pragma once

#include <QObject>
#include <QString>

namespace hub::services {

// One signal for every committed change, so every list in the app refreshes the rows that
// changed, whichever window made the change. Emitted only after the transaction commits.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Person,
        Referral,
        Episode,
        Contact,
        Task,
        Everything
    };
    Q_ENUM(Kind)

    using QObject::QObject;

    void notify(Kind kind, const QString &id, const QString &personId)
    {
        Q_EMIT changed(kind, id, personId);
    }

Q_SIGNALS:
    void changed(hub::services::ChangeNotifier::Kind kind, const QString &id,
                 const QString &personId);
};

} // namespace hub::services
