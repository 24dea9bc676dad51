#pragma once

#include "EpisodeContext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace hub::ui {

class DateField;

// Onward referrals of one episode to specialist agencies, and the agency's answer:
// add one (agency and date), then mark it accepted or declined when they reply.
class OnwardReferralsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OnwardReferralsEditor(QWidget *parent = nullptr);

    void setContext(const EpisodeContext &context) { m_context = context; }
    void setEpisode(const domain::PersonFile &file, const domain::Episode *episode);

public Q_SLOTS:
    void referOn();
    void markSelected(bool accepted);

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateButtons();

    EpisodeContext m_context;
    QString m_episodeId;
    bool m_editable = false;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_agency = nullptr;
    DateField *m_date = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_accepted = nullptr;
    QPushButton *m_declined = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hub::ui
