#include "NeedsAssessmentEditor.h"

#include "Format.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
constexpr int kAreaColumns = 2;
const QString kArea = QStringLiteral("need_area");
const QString kLevel = QStringLiteral("need_level");
} // namespace

NeedsAssessmentEditor::NeedsAssessmentEditor(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("needsGroup"));
    setTitle(tr("Needs assessment"));
    setAccessibleName(tr("Needs assessment"));

    const auto &codes = Format::codes(); // with the areas administrators added
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const auto areas = codes.codes(kArea);
    const int perColumn = int((areas.size() + kAreaColumns - 1) / kAreaColumns);
    for (int i = 0; i < areas.size(); ++i) {
        const auto &area = areas.at(i);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("need_") + area);
        combo->setAccessibleName(tr("Need: %1").arg(Format::code(kArea, area)));
        // Starts with "(" so that typing "n" picks None.
        combo->addItem(tr("(not assessed)"), QString());
        for (const auto &level : codes.codes(kLevel))
            combo->addItem(Format::code(kLevel, level), level);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &NeedsAssessmentEditor::updateButtons);
        auto *label = new QLabel(Format::code(kArea, area), this);
        label->setBuddy(combo);
        const int row = i % perColumn;
        const int col = (i / perColumn) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(combo, row, col + 1);
        m_combos.insert(area, combo);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(2, 0);

    m_save = new QPushButton(tr("&Save needs"), this);
    m_save->setObjectName(QStringLiteral("saveNeedsButton"));
    m_save->setAccessibleName(tr("Save the needs assessment"));
    m_save->setToolTip(tr("Save the needs assessment (Alt+S)"));
    connect(m_save, &QPushButton::clicked, this, &NeedsAssessmentEditor::save);
    m_error = EpisodeUi::errorLabel("needsError", this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(bottom);
    updateButtons();
}

void NeedsAssessmentEditor::setEpisode(const domain::Episode *episode)
{
    const QString id = episode ? episode->id : QString();
    const bool sameEpisode = id == m_episodeId;
    const bool keepEdits = sameEpisode && isDirty();
    m_episodeId = id;
    m_stored = episode ? episode->needs : QMap<QString, QString>();
    m_editable = episode && episode->status != QLatin1String("closed") && m_context.canWrite();
    if (!sameEpisode)
        m_error->hide();
    if (!keepEdits) {
        for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
            const int at = it.value()->findData(m_stored.value(it.key()));
            it.value()->setCurrentIndex(qMax(0, at));
        }
    }
    for (auto *combo : std::as_const(m_combos))
        combo->setEnabled(m_editable);
    updateButtons();
}

QMap<QString, QString> NeedsAssessmentEditor::needs() const
{
    QMap<QString, QString> out = m_stored; // areas this build does not list stay as they are
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const auto level = it.value()->currentData().toString();
        if (level.isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), level);
    }
    return out;
}

bool NeedsAssessmentEditor::isDirty() const
{
    return !m_episodeId.isEmpty() && needs() != m_stored;
}

void NeedsAssessmentEditor::updateButtons()
{
    m_save->setEnabled(m_editable && isDirty());
    setTitle(isDirty() ? tr("Needs assessment (not saved)") : tr("Needs assessment"));
}

void NeedsAssessmentEditor::save()
{
    if (!m_editable || m_episodeId.isEmpty())
        return;
    const auto wanted = needs();
    const auto status = services::EpisodeService(m_context.services->context)
                            .assessNeeds(m_context.actor, m_episodeId, wanted);
    if (!status.ok()) {
        EpisodeUi::showError(m_error,
                             tr("The needs were not saved: %1").arg(status.error().describe()));
        return;
    }
    m_error->hide();
    m_stored = wanted;
    updateButtons();
    Q_EMIT message(tr("Needs assessment saved"));
}

} // namespace hub::ui
