#pragma once

#include "domain/Actor.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hub::services {
struct Services;
}

namespace hub::ui {

struct AdminForm;

// The Administration section's code lists (services::CodeListService): a list chooser, the
// list's codes in order (label, code, in use or retired), and for an administrator Add,
// Rename, Retire, Move up and Move down. A supervisor sees the lists read-only.
class CodeListsPage : public QWidget
{
    Q_OBJECT

public:
    CodeListsPage(services::Services &services, const domain::Actor &actor,
                  QWidget *parent = nullptr);
    ~CodeListsPage() override;

    enum Column
    {
        Label,
        Code,
        State,
        ColumnCount
    };

    void reload();
    QString currentList() const;
    // The code of the selected row, or empty.
    QString selectedCode() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void addCode();
    void renameCode();
    void retireCode();
    void moveCode(int by);
    void updateButtons();
    void done(const QString &code, const QString &text);

    services::Services &m_services;
    domain::Actor m_actor;
    bool m_canChange = false;
    QComboBox *m_list = nullptr;
    QTableWidget *m_view = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    std::unique_ptr<AdminForm> m_form;
};

} // namespace hub::ui
