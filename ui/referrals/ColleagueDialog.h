#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

// Picks who a referral is assigned to: the active caseworkers and supervisors, the given
// team's first, or nobody (back to the team's unassigned queue). Type to filter, arrows
// to move, Enter to choose, Esc to cancel.
class ColleagueDialog : public QDialog
{
    Q_OBJECT

public:
    ColleagueDialog(services::Services &services, const QString &teamId,
                    const QString &currentUserId, QWidget *parent = nullptr);

    // The chosen user id; empty for nobody.
    QString chosenUserId() const;
    QString chosenName() const;
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace hub::ui
