#pragma once

#include <QLabel>

namespace hub::ui {

class SyncController;

// The sync state in the status bar: last sync time, pending changes, open conflicts and
// the last error in words. The accessible name carries the whole text; the tooltip the
// hub and the last error in full.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(SyncController &controller, QWidget *parent = nullptr);

    // The words shown, for the current state of `controller`.
    static QString describe(const SyncController &controller);

private:
    void showState();

    SyncController &m_controller;
};

} // namespace hub::ui
