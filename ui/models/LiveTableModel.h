#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace hub {
struct Error;
}

namespace hub::services {
class ChangeNotifier;
}

namespace hub::ui {

class LiveReload;

// A table that reloads itself after every committed change (ChangeNotifier) and once a
// minute, so that the Victims' Code clocks keep counting. A reload with the same rows in
// the same order updates them in place, so that the views keep their selection and scroll
// position; a failed one keeps showing what was there.
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    LiveTableModel(services::ChangeNotifier &notifier, QObject *parent);

    // Why the last load failed; empty when it worked.
    QString errorText() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);
    // After every reload, whether or not rows were added or removed.
    void refreshed();

protected:
    // Loads the rows again and hands them to replaceRows(), or the problem to failed().
    virtual void reload() = 0;

    void failed(const Error &error);

    // Puts `fresh` in place of `rows`; `key` gives a row's identity across reloads.
    template <class Item, class Key>
    void replaceRows(QVector<Item> &rows, QVector<Item> fresh, Key key)
    {
        m_error.clear();
        bool sameRows = fresh.size() == rows.size();
        for (int i = 0; sameRows && i < fresh.size(); ++i)
            sameRows = key(fresh.at(i)) == key(rows.at(i));
        if (sameRows) {
            rows = std::move(fresh);
            if (!rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        } else {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
        }
        Q_EMIT refreshed();
    }

private:
    LiveReload *m_live = nullptr;
    QString m_error;
};

} // namespace hub::ui
