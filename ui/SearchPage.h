#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace hub::services {
class CaseService;
}

namespace hub::ui {

class EmptyState;
class SearchResultsModel;

// The results of the toolbar's search box, best match first, or a hint when there are none.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    SearchPage(services::CaseService &service, const domain::Actor &actor,
               QWidget *parent = nullptr);

    SearchResultsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // A one-line account of the last search, for the status bar.
    QString summary() const;

public Q_SLOTS:
    // Runs the search; the first match becomes the current row.
    void search(const QString &text);
    // Opens the current row, or the first match when none is current.
    void openCurrent();

Q_SIGNALS:
    void openRequested(const QString &personId);

private:
    SearchResultsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace hub::ui
