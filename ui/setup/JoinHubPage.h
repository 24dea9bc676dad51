#pragma once

#include "sync/DeskJoin.h"
#include "widgets/FieldErrors.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace hub::ui {

// A new workstation joins a PostgreSQL hub (docs/ADMIN_GUIDE.md "A new workstation joins
// the hub"): the hub's address, the user's name and the enrolment code an administrator
// issued, and the password the user chooses for this desk, twice. Next (or Finish) runs
// sync::DeskJoin::join into `dbPath` with a progress bar; a refusal is shown under the
// field it is about and nothing is made. On success this workstation's sync settings
// point at the desk's own hub login, its password remembered in the system keychain.
//
// Self-contained: any QWizard can host it (the first-run wizard's "join a hub" path). The
// database at `dbPath` must not be open elsewhere: it is created, or an empty one replaced.
class JoinHubPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit JoinHubPage(const QString &dbPath, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // What joined, once validatePage() succeeded.
    const std::optional<sync::Joined> &joined() const { return m_joined; }

    QLineEdit *hubEdit() const { return m_hub; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QProgressBar *progressBar() const { return m_progress; }
    // The message under `field` (hub, username, code, password, repeat_password), or the
    // summary line's for `database`.
    QString errorText(const QString &field) const;

Q_SIGNALS:
    void joinedHub();

private:
    void showStep(sync::DeskJoin::Step step);

    QString m_dbPath;
    FieldErrors m_errors;
    QLineEdit *m_hub = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    std::optional<sync::Joined> m_joined;
};

} // namespace hub::ui
