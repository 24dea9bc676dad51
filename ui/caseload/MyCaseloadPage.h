#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace hub::services {
struct Services;
}

namespace hub::ui {

class EmptyState;
class MyCaseloadFilter;
class MyCaseloadModel;

// The caseworker's own work: open support episodes and referrals assigned for triage,
// with next due task, last contact and the Victims' Code clock. Sortable by any column,
// filtered by text and "breached only"; Enter or double-click opens the person. A side
// panel (My tasks) can be placed at the right with setSidePanel().
class MyCaseloadPage : public QWidget
{
    Q_OBJECT

public:
    MyCaseloadPage(services::Services &services, const domain::Actor &actor,
                   QWidget *parent = nullptr);

    MyCaseloadModel *model() const { return m_model; }
    MyCaseloadFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // Puts a panel (e.g. My tasks) to the right of the list; the page takes ownership.
    // Passing nullptr removes and deletes the current one.
    void setSidePanel(QWidget *panel);
    QWidget *sidePanel() const { return m_sidePanel; }
    void focusList();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &personId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void rememberCurrent();
    void restoreCurrent();

    MyCaseloadModel *m_model = nullptr;
    MyCaseloadFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_breachedOnly = nullptr;
    QStackedWidget *m_listOrEmpty = nullptr;
    EmptyState *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_sidePanel = nullptr;
    QString m_currentKey;
    bool m_hasUser = false;
};

} // namespace hub::ui
