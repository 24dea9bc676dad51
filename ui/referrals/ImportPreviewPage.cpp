#include "EmptyState.h"
#include "Format.h"
#include "ImportPages.h"
#include "ImportPreviewModel.h"
#include "ImportWizard.h"
#include "PersonLists.h"
#include "services/DeskService.h"
#include "widgets/Colours.h"
#include "widgets/ProblemBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

using services::ImportRow;

namespace {
// How often a long run lets the window repaint and the Cancel button be pressed.
constexpr int kRepaintMs = 50;

// Runs `work` with a progress bar: progress(done, total) from the service moves it, and
// Cancel (or Esc) sets the flag the service reads.
template <typename Work> auto withProgress(QWidget *parent, const QString &label, Work work)
{
    std::atomic_bool cancel{false};
    QProgressDialog dialog(label, ImportWizard::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("importProgressDialog"));
    dialog.setWindowTitle(ImportWizard::tr("Import referrals from a file"));
    dialog.setAccessibleName(label);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&cancel] { cancel = true; });
    QElapsedTimer shown;
    shown.start();
    services::ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int total) {
        if (shown.elapsed() < kRepaintMs && done < total)
            return;
        shown.restart();
        dialog.setMaximum(total);
        dialog.setValue(done);
        QApplication::processEvents();
    };
    return work(control);
}
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check what will be imported"));
    setSubTitle(tr("Nothing is written yet. Each row of the file and what will happen to it; "
                   "possible duplicates need your decision. Import writes them all in one go."));
    setCommitPage(true);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCountsLabel"));
    m_counts->setAccessibleName(tr("Rows by what will happen"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("importFilterCombo"));
    m_filter->setAccessibleName(tr("Show rows"));
    m_filter->addItem(tr("All rows"), -1);
    const ImportRow::Kind kinds[] = {ImportRow::Kind::Error, ImportRow::Kind::PossibleDuplicate,
                                     ImportRow::Kind::NewPerson, ImportRow::Kind::ExistingPerson,
                                     ImportRow::Kind::AlreadyImported};
    const QStringList kindWords{tr("Errors"), tr("Possible duplicates"), tr("New people"),
                                tr("Existing people"), tr("Already imported")};
    for (int i = 0; i < kindWords.size(); ++i)
        m_filter->addItem(kindWords.at(i), int(kinds[i]));
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);

    m_model = new ImportPreviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPreviewModel::KindRole);
    m_proxy->setFilterKeyColumn(0);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreviewView"));
    m_view->setAccessibleName(tr("Rows of the file"));
    m_view->setModel(m_proxy);
    PersonLists::setUpTable(m_view);
    m_view->setWordWrap(false);
    PersonLists::sizeColumn(m_view, ImportPreviewModel::Line, QStringLiteral("0000"));
    PersonLists::sizeColumn(m_view, ImportPreviewModel::Outcome,
                            tr("Possible duplicate: someone new"), 8);
    PersonLists::sizeColumn(m_view, ImportPreviewModel::Name,
                            QStringLiteral("Katarzyna Wi\u015bniewska-Hart"));
    PersonLists::sizeColumn(m_view, ImportPreviewModel::DateOfBirth, QStringLiteral("00/00/0000"));
    PersonLists::sizeColumn(m_view, ImportPreviewModel::Received,
                            QStringLiteral("00/00/0000 00:00"));
    PersonLists::sizeColumn(m_view, ImportPreviewModel::Crime,
                            QStringLiteral("Violence with injury"));
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_empty = new EmptyState(tr("No rows of this kind"),
                             tr("Choose All rows under Show to see every row of the file."), this);
    m_empty->setObjectName(QStringLiteral("importPreviewEmpty"));
    m_listOrEmpty = new QStackedWidget(this);
    m_listOrEmpty->addWidget(m_view);
    m_listOrEmpty->addWidget(m_empty);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("importRowDetail"));
    m_detail->setAccessibleName(tr("The highlighted row"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_use = new QPushButton(tr("It is &them"), this);
    m_use->setObjectName(QStringLiteral("importUsePersonButton"));
    m_use->setToolTip(tr("The highlighted possible duplicate is the person suggested: add the "
                         "referral to their record"));
    m_new = new QPushButton(tr("Someone &new"), this);
    m_new->setObjectName(QStringLiteral("importNewPersonButton"));
    m_new->setToolTip(tr("The highlighted possible duplicate is someone else: add them as a "
                         "new person"));
    m_skip = new QPushButton(tr("&Leave out"), this);
    m_skip->setObjectName(QStringLiteral("importSkipButton"));
    m_skip->setToolTip(tr("Do not import the highlighted row"));
    for (auto *b : {m_use, m_new, m_skip})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    connect(m_use, &QPushButton::clicked, this, &ImportPreviewPage::usePerson);
    connect(m_new, &QPushButton::clicked, this, &ImportPreviewPage::newPerson);
    connect(m_skip, &QPushButton::clicked, this, &ImportPreviewPage::leaveOut);

    m_acceptValid = new QCheckBox(this);
    m_acceptValid->setObjectName(QStringLiteral("importAcceptValidCheck"));
    connect(m_acceptValid, &QCheckBox::toggled, this, &ImportPreviewPage::updateState);

    m_problem = makeProblemBanner(QStringLiteral("importProblem"), this);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importPreviewProgress"));
    m_progress->setAccessibleName(tr("Reading the rows"));
    m_progress->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    auto *decide = new QHBoxLayout;
    decide->addWidget(new QLabel(tr("Possible duplicate:"), this));
    decide->addWidget(m_use);
    decide->addWidget(m_new);
    decide->addWidget(m_skip);
    decide->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_problem);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_listOrEmpty, 1);
    layout->addWidget(m_detail);
    layout->addLayout(decide);
    layout->addWidget(m_acceptValid);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_filter->currentData().toInt();
        m_proxy->setFilterFixedString(kind < 0 ? QString() : QString::number(kind));
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportPreviewPage::updateState);
}

int ImportPreviewPage::shownRows() const
{
    return m_proxy->rowCount();
}

void ImportPreviewPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ImportPreviewPage::initializePage()
{
    showProblem(QString());
    m_model->setPreview(nullptr);
    m_filter->setCurrentIndex(0);
    m_acceptValid->setChecked(false);
    const auto rejected = services::ReferralImportService::rejectedPathFor(m_wizard->fileName());
    m_acceptValid->setText(tr("Import the &valid rows and write the others to %1")
                               .arg(QFileInfo(rejected).fileName()));
    m_acceptValid->setAccessibleName(QString(m_acceptValid->text()).remove(QLatin1Char('&')));
    m_acceptValid->setToolTip(QDir::toNativeSeparators(rejected));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel = false;
    services::ImportControl control;
    control.cancel = &m_cancel;
    QElapsedTimer shown;
    shown.start();
    control.progress = [this, &shown](int done, int total) {
        if (shown.elapsed() < kRepaintMs && done < total)
            return;
        shown.restart();
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto preview =
        m_wizard->service().preview(m_wizard->actor(), m_wizard->bytes(), m_wizard->profile(),
                                    m_wizard->fileName(), m_wizard->options(), control);
    m_progress->hide();
    if (!preview.ok()) {
        m_wizard->setPreview({});
        showProblem(tr("The file cannot be previewed with this mapping: %1. Go back to choose "
                       "another mapping or change this one.")
                        .arg(Format::error(preview.error())));
    } else {
        m_wizard->setPreview(std::move(preview).value());
        m_model->setPreview(&m_wizard->preview());
    }
    updateState();
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void ImportPreviewPage::cleanupPage()
{
    m_model->setPreview(nullptr);
    showProblem(QString());
}

void ImportPreviewPage::decide(ImportRow::Decision decision)
{
    const auto current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.data(ImportPreviewModel::RowRole).toInt();
    auto &r = m_wizard->preview().rows[row];
    if (r.kind != ImportRow::Kind::PossibleDuplicate)
        return;
    r.decision = decision;
    m_model->rowChanged(row);
    updateState();
    // On to the next row that needs a decision.
    for (int i = current.row() + 1; i < m_proxy->rowCount(); ++i) {
        const auto next = m_proxy->index(i, 0);
        const int n = next.data(ImportPreviewModel::RowRole).toInt();
        const auto &nr = m_wizard->preview().rows.at(n);
        if (nr.kind == ImportRow::Kind::PossibleDuplicate &&
            nr.decision == ImportRow::Decision::Undecided) {
            m_view->setCurrentIndex(next);
            break;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void ImportPreviewPage::usePerson()
{
    decide(ImportRow::Decision::UsePerson);
}

void ImportPreviewPage::newPerson()
{
    decide(ImportRow::Decision::NewPerson);
}

void ImportPreviewPage::leaveOut()
{
    decide(ImportRow::Decision::Skip);
}

void ImportPreviewPage::updateState()
{
    const bool hasPreview = m_model->rowCount() > 0;
    const auto &preview = m_wizard->preview();
    const auto c = preview.counts();
    int undecided = 0;
    int writes = 0;
    for (const auto &row : preview.rows) {
        undecided += row.kind == ImportRow::Kind::PossibleDuplicate &&
                     row.decision == ImportRow::Decision::Undecided;
        writes += row.writes() ? 1 : 0;
    }
    const auto n = [](int v) {
        return QLocale().toString(v);
    };
    if (!hasPreview) {
        m_counts->clear();
    } else {
        QStringList parts;
        parts << (c.newPeople == 1 ? tr("1 new person") : tr("%1 new people").arg(n(c.newPeople)));
        parts << (c.existingPeople == 1 ? tr("1 existing person")
                                        : tr("%1 existing people").arg(n(c.existingPeople)));
        parts << (c.possibleDuplicates == 1
                      ? tr("1 possible duplicate")
                      : tr("%1 possible duplicates").arg(n(c.possibleDuplicates)));
        if (undecided > 0)
            parts.last() += tr(" (%1 to decide)").arg(n(undecided));
        parts << tr("%1 already imported").arg(n(c.alreadyImported));
        parts << (c.errors == 1 ? tr("1 error") : tr("%1 errors").arg(n(c.errors)));
        m_counts->setText(
            tr("<b>%1 rows:</b> %2").arg(n(c.rows), parts.join(QStringLiteral(" \u00b7 "))));
        m_counts->setAccessibleDescription(
            tr("%1 rows: %2").arg(n(c.rows), parts.join(QStringLiteral(", "))));
    }
    // The filter's empty state: this kind has no rows.
    const bool empty = hasPreview && m_proxy->rowCount() == 0;
    if (!hasPreview) {
        m_empty->setTitle(tr("Nothing to show"));
        m_empty->setText(tr("The file could not be previewed; the message above says why."));
    } else {
        m_empty->setTitle(tr("No rows of this kind"));
        m_empty->setText(tr("Choose All rows under Show to see every row of the file."));
    }
    m_listOrEmpty->setCurrentIndex(hasPreview && !empty ? 0 : 1);

    const auto current = m_view->currentIndex();
    bool duplicate = false;
    if (current.isValid() && hasPreview) {
        const int row = current.data(ImportPreviewModel::RowRole).toInt();
        duplicate = preview.rows.at(row).kind == ImportRow::Kind::PossibleDuplicate;
    }
    for (auto *b : {m_use, m_new, m_skip})
        b->setEnabled(duplicate);
    if (current.isValid() && hasPreview && m_listOrEmpty->currentIndex() == 0) {
        const auto &row = preview.rows.at(current.data(ImportPreviewModel::RowRole).toInt());
        const auto why = ImportPreviewModel::whyText(row);
        const auto outcome = ImportPreviewModel::outcomeText(row);
        // An error's words already start with its line.
        if (row.kind == ImportRow::Kind::Error)
            m_detail->setText(tr("%1: %2").arg(outcome, why));
        else if (why.isEmpty())
            m_detail->setText(tr("Line %1: %2.").arg(row.line).arg(outcome));
        else
            m_detail->setText(tr("Line %1: %2. %3").arg(row.line).arg(outcome, why));
    } else {
        m_detail->clear();
    }
    m_detail->setAccessibleDescription(m_detail->text());
    m_acceptValid->setEnabled(hasPreview);
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    if (m_model->rowCount() == 0)
        return false;
    const auto &preview = m_wizard->preview();
    const bool anyWrites = std::any_of(preview.rows.cbegin(), preview.rows.cend(),
                                       [](const ImportRow &r) { return r.writes(); });
    return anyWrites && (preview.blocking() == 0 || m_acceptValid->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    showProblem(QString());
    services::ImportOptions options;
    options.acceptValid = m_acceptValid->isChecked();
    auto done = withProgress(this, tr("Importing the referrals\u2026"),
                             [this, &options](const services::ImportControl &control) {
                                 return m_wizard->service().import(
                                     m_wizard->actor(), m_wizard->preview(), options, control);
                             });
    if (!done.ok()) {
        showProblem(tr("Nothing was imported: %1").arg(Format::error(done.error())));
        return false;
    }
    m_wizard->setSummary(done.value());
    return true;
}

} // namespace hub::ui
