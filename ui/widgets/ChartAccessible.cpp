#include "ChartAccessible.h"

#include <QAccessibleWidget>
#include <QChartView>

namespace hub::ui {

namespace {

class ChartAccessible : public QAccessibleWidget
{
public:
    explicit ChartAccessible(QWidget *view) : QAccessibleWidget(view, QAccessible::Chart) {}
    // The bars and lines are drawn, not widgets: the description says what they show.
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
};

QAccessibleInterface *chartFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<QChartView *>(object))
        return new ChartAccessible(view);
    return nullptr;
}

} // namespace

void installChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace hub::ui
