#include "ProblemBanner.h"

#include "Colours.h"

#include <QCoreApplication>
#include <QLabel>

namespace hub::ui {

QLabel *makeProblemBanner(const QString &objectName, QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(objectName);
    banner->setAccessibleName(QCoreApplication::translate("ProblemBanner", "Problem"));
    banner->setWordWrap(true);
    banner->setStyleSheet(Colours::css(QStringLiteral(
        "color: #a01c14; background: #fdecea; border: 1px solid #e0a39d; border-radius: 4px;"
        "padding: 6px;")));
    banner->hide();
    return banner;
}

} // namespace hub::ui
