#pragma once

#include "EpisodeContext.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;

namespace hub::ui {

// Asks a supervisor to close a support episode: why support is ending and, for every
// cope-and-recover outcome measure, improved / not improved / not applicable. All are
// required (EpisodeService says so); a refusal marks the fields still to answer.
class ClosureRequestDialog : public QDialog
{
    Q_OBJECT

public:
    ClosureRequestDialog(const EpisodeContext &context, const domain::Episode &episode,
                         const QString &personName, QWidget *parent = nullptr);

    QComboBox *reasonCombo() const { return m_reason; }
    QComboBox *outcomeCombo(const QString &measure) const { return m_outcomes.value(measure); }
    QString errorText() const;

public Q_SLOTS:
    void submit();
    void reject() override;

private:
    void mark(QComboBox *combo, QLabel *label, const QString &text);
    void clearMarks();
    bool anyChosen() const;

    EpisodeContext m_context;
    QString m_episodeId;
    QComboBox *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QMap<QString, QComboBox *> m_outcomes;
    QMap<QString, QLabel *> m_outcomeErrors;
    QStringList m_order; // the measures in the order shown
    QLabel *m_error = nullptr;
};

} // namespace hub::ui
