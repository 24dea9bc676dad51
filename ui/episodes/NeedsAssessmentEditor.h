#pragma once

#include "EpisodeContext.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;

namespace hub::ui {

// The needs assessment of one episode: every need area with none, low, medium or high.
// Keyboard: Tab from area to area, type the first letter (n, l, m, h) or use the arrows,
// Alt+S saves. Unsaved ratings survive a reload of the same episode.
class NeedsAssessmentEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit NeedsAssessmentEditor(QWidget *parent = nullptr);

    void setContext(const EpisodeContext &context) { m_context = context; }
    void setEpisode(const domain::Episode *episode);
    // The ratings as shown (area -> level), unassessed areas left out.
    QMap<QString, QString> needs() const;
    bool isDirty() const;
    QComboBox *comboFor(const QString &area) const { return m_combos.value(area); }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateButtons();

    EpisodeContext m_context;
    QString m_episodeId;
    QMap<QString, QString> m_stored;
    bool m_editable = false;
    QMap<QString, QComboBox *> m_combos;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hub::ui
