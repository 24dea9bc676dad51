#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace hub::services {
class CaseService;
}

namespace hub::ui {

class CaseloadModel;

// "All people": every person on file, sorted in the database, scrolled lazily (the second
// tab of the My caseload section).
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    CaseloadPage(services::CaseService &service, const domain::Actor &actor,
                 QWidget *parent = nullptr);

    CaseloadModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Puts the cursor on the first row if none is current, and focuses the list.
    void focusList();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &personId);
    void message(const QString &text);

private:
    void updateSummary();

    CaseloadModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace hub::ui
