#pragma once

#include "EpisodeContext.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hub::ui {

class DateField;

// The support plan of one episode: its actions (tasks) with due dates. "Add action"
// creates a task through TaskService; "Mark done" completes the selected one.
class SupportPlanEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit SupportPlanEditor(QWidget *parent = nullptr);

    void setContext(const EpisodeContext &context) { m_context = context; }
    void setEpisode(const domain::PersonFile &file, const domain::Episode *episode);

public Q_SLOTS:
    void addAction();
    void completeSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateButtons();

    EpisodeContext m_context;
    QString m_episodeId;
    bool m_editable = false;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    DateField *m_due = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_done = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hub::ui
