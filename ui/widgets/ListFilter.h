#pragma once

#include <QListWidget>
#include <QString>

namespace hub::ui {

// Type-to-filter for a short list of names (colleague pickers): hides the items that do not
// contain `text` (case-insensitive) and keeps a visible item current, so Down then Enter
// always picks something that is shown.
inline void filterList(QListWidget *list, const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        auto *item = list->item(i);
        const bool shown = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (firstShown && (!list->currentItem() || list->currentItem()->isHidden()))
        list->setCurrentItem(firstShown);
}

} // namespace hub::ui
