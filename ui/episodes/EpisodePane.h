#pragma once

#include "EpisodeContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace hub::ui {

class NeedsAssessmentEditor;
class OnwardReferralsEditor;
class SupportPlanEditor;

// The working side of one support episode, beside the list of episodes in the person
// view: needs assessment, support plan actions, onward referrals, and "Request closure…".
// Every change goes through the episode and task services; the person view reloads the
// file after each committed change and hands it back through setFile().
class EpisodePane : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodePane(QWidget *parent = nullptr);

    void setContext(const EpisodeContext &context);
    // Shows `episodeId` of `file` (nothing when empty or not in the file).
    void setFile(const domain::PersonFile &file, const QString &episodeId);
    QString episodeId() const { return m_episodeId; }

    NeedsAssessmentEditor *needs() const { return m_needs; }
    SupportPlanEditor *plan() const { return m_plan; }
    OnwardReferralsEditor *onward() const { return m_onward; }
    // What the status line says ("Open", "Closure requested — awaiting supervisor", ...).
    QString statusText() const;

public Q_SLOTS:
    void requestClosure();

Q_SIGNALS:
    void message(const QString &text);

private:
    EpisodeContext m_context;
    domain::PersonFile m_file;
    QString m_episodeId;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_requestClosure = nullptr;
    NeedsAssessmentEditor *m_needs = nullptr;
    SupportPlanEditor *m_plan = nullptr;
    OnwardReferralsEditor *m_onward = nullptr;
};

} // namespace hub::ui
