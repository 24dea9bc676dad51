#pragma once

#include "domain/Actor.h"
#include "domain/Views.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// What the parts of the episode pane share: who is working, over which services, and the
// person's file with the episode shown.
struct EpisodeContext
{
    services::Services *services = nullptr;
    domain::Actor actor;

    // Whether writes can be made (a user is acting and services are set).
    bool canWrite() const { return services && !actor.userId.isEmpty(); }
};

class DateField;

class EpisodeUi
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeUi)

public:
    // A red line that says why a change was not saved; hidden until then.
    static QLabel *errorLabel(const char *objectName, QWidget *parent);
    static void showError(QLabel *label, const QString &text);
    // A date field whose problem ("31/02/2026 does not exist ...") shows on `label` as soon
    // as the field is left, headed by `caption`.
    static void watchDate(DateField *date, QLabel *label, const QString &caption);
    // Reads the field before saving: false, with the problem on `label` and the focus in
    // the field, when it is not a date.
    static bool checkDate(DateField *date, QLabel *label, const QString &caption);
    // The episode with this id in the file, or nullptr.
    static const domain::Episode *find(const domain::PersonFile &file, const QString &episodeId);
};

} // namespace hub::ui
