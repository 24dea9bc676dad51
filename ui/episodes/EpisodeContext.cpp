#include "EpisodeContext.h"

#include <QLabel>

namespace hub::ui {

QLabel *EpisodeUi::errorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(tr("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a01c14; font-weight: bold;"));
    label->hide();
    return label;
}

void EpisodeUi::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

const domain::Episode *EpisodeUi::find(const domain::PersonFile &file, const QString &episodeId)
{
    for (const auto &e : file.episodes)
        if (e.id == episodeId)
            return &e;
    return nullptr;
}

} // namespace hub::ui
