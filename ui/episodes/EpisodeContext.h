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

class EpisodeUi
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeUi)

public:
    // A red line that says why a change was not saved; hidden until then.
    static QLabel *errorLabel(const char *objectName, QWidget *parent);
    static void showError(QLabel *label, const QString &text);
    // The episode with this id in the file, or nullptr.
    static const domain::Episode *find(const domain::PersonFile &file, const QString &episodeId);
};

} // namespace hub::ui
