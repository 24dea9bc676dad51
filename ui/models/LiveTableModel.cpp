#include "LiveTableModel.h"

#include "Format.h"
#include "LiveReload.h"

namespace hub::ui {

LiveTableModel::LiveTableModel(services::ChangeNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_live = new LiveReload(notifier, this, &LiveTableModel::refresh);
}

void LiveTableModel::refresh()
{
    m_live->started();
    reload();
}

void LiveTableModel::failed(const Error &error)
{
    m_error = Format::error(error);
    Q_EMIT loadFailed(m_error);
}

} // namespace hub::ui
