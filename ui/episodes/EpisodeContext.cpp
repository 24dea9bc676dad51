#include "EpisodeContext.h"
#include "widgets/Colours.h"

#include "widgets/DateField.h"

#include <QLabel>

namespace hub::ui {

QLabel *EpisodeUi::errorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(tr("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(Colours::textStyle(Colours::Tone::Danger) +
                         QStringLiteral("font-weight: bold;"));
    label->hide();
    return label;
}

void EpisodeUi::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

void EpisodeUi::watchDate(DateField *date, QLabel *label, const QString &caption)
{
    QObject::connect(date, &DateField::problemFound, label, [label, caption](const QString &p) {
        if (p.isEmpty())
            label->hide();
        else
            showError(label, tr("%1: %2", "field, problem").arg(caption, p));
    });
}

bool EpisodeUi::checkDate(DateField *date, QLabel *label, const QString &caption)
{
    if (date->commit())
        return true;
    showError(label, tr("%1: %2", "field, problem").arg(caption, date->problem()));
    date->setFocus(Qt::OtherFocusReason);
    return false;
}

const domain::Episode *EpisodeUi::find(const domain::PersonFile &file, const QString &episodeId)
{
    for (const auto &e : file.episodes)
        if (e.id == episodeId)
            return &e;
    return nullptr;
}

} // namespace hub::ui
