#include "ReportsPage.h"
#include "widgets/Colours.h"

#include "EmptyState.h"
#include "Format.h"
#include "PersonLists.h"
#include "ReportFiguresModel.h"
#include "ReportLayout.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"
#include "TrendChart.h"
#include "reports/ReportReader.h"
#include "reports/ReportWriters.h"
#include "services/DeskService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui {

namespace {

constexpr int kMonthsListed = 36;
constexpr int kReloadDelayMs = 300;

// The busy cursor while figures are counted or a file is written.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QPushButton *button(const char *name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    b->setToolTip(tip);
    return b;
}

// A list box with its label (the label's Alt key moves to it).
QComboBox *combo(const char *name, const QString &accessible, const QString &tip, QLabel *label,
                 QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessible);
    box->setToolTip(tip);
    label->setBuddy(box);
    return box;
}

bool sameScope(const reports::ReportScope &a, const reports::ReportScope &b)
{
    return a.firstMonth == b.firstMonth && a.lastMonth == b.lastMonth && a.teamId == b.teamId;
}

bool nothingRecorded(const reports::MonthlyReport &r)
{
    return r.referralsReceived == 0 && r.contactsLogged == 0 && r.episodesOpened == 0 &&
           r.episodesClosed == 0 && r.episodesOpenAtMonthEnd == 0;
}

} // namespace

ReportsPage::ReportsPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor), m_reports(services.context)
{
    setObjectName(QStringLiteral("reportsPage"));
    setAccessibleName(tr("Reports"));

    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = combo("reportMonth", tr("Month"), tr("The month to count (Europe/London)"),
                    monthLabel, this);
    auto *figuresLabel = new QLabel(tr("F&igures:"), this);
    m_figures = combo("reportFigures", tr("Figures shown"),
                      tr("Today's data, or a snapshot saved earlier"), figuresLabel, this);
    m_figures->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *toLabel = new QLabel(tr("Up &to:"), this);
    m_to = combo("reportLastMonth", tr("Up to month"),
                 tr("Count a run of months: from the month chosen up to this one"), toLabel, this);
    auto *teamLabel = new QLabel(tr("T&eam:"), this);
    m_team = combo("reportTeam", tr("Team"), QString(), teamLabel, this);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_save = button("saveSnapshotButton", tr("&Save snapshot"),
                    tr("Keep this closed month's figures as they stand now; a snapshot cannot "
                       "be changed"),
                    this);
    m_csv = button("exportCsvButton", tr("Export &CSV\u2026"),
                   tr("Save the figures shown as a CSV file"), this);
    m_pdf = button("exportPdfButton", tr("Export &PDF\u2026"),
                   tr("Save the figures, the trend and the definitions as an A4 PDF"), this);
    m_xlsx = button("exportXlsxButton", tr("Export E&xcel\u2026"),
                    tr("Save the figures as an Excel workbook: one sheet per section, numbers "
                       "as numbers"),
                    this);
    m_save->setVisible(services::ReportService::maySaveSnapshot(m_actor) &&
                       !m_actor.userId.isEmpty());

    // The title with what can be done; below it, what is counted.
    auto *top = new QHBoxLayout;
    top->addWidget(PersonLists::pageTitle(tr("Monthly support counts"), "reportsTitle", this));
    top->addStretch(1);
    top->addWidget(m_save);
    top->addWidget(m_csv);
    top->addWidget(m_pdf);
    top->addWidget(m_xlsx);
    auto *controls = new QHBoxLayout;
    controls->addWidget(monthLabel);
    controls->addWidget(m_month);
    controls->addSpacing(8);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(teamLabel);
    controls->addWidget(m_team);
    controls->addSpacing(12);
    controls->addWidget(figuresLabel);
    controls->addWidget(m_figures);
    controls->addStretch(1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reportBanner"));
    m_banner->setAccessibleName(tr("Report notice"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->hide();

    m_model = new ReportFiguresModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setAccessibleName(tr("Figures of the month"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ReportFiguresModel::FigureColumn, QHeaderView::Stretch);
    m_chart = new TrendChart(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 640});
    m_error = new EmptyState(QString(), QString(), this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reportStack"));
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_month, m_to);
    setTabOrder(m_to, m_team);
    setTabOrder(m_team, m_figures);
    setTabOrder(m_figures, m_save);
    setTabOrder(m_save, m_csv);
    setTabOrder(m_csv, m_pdf);
    setTabOrder(m_pdf, m_xlsx);
    setTabOrder(m_xlsx, m_view);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReportsPage::reload);
    // Any change may move a figure: count again when next seen.
    connect(&m_services.notifier, &services::ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_reloadTimer->start();
    });
    fillMonths();
    fillTeams();
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        fillLastMonths();
        reload();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_figures, &QComboBox::currentIndexChanged, this, [this] { showChosen(); });
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveSnapshot);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::choosePdf);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportsPage::chooseXlsx);
    updateButtons();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::fillMonths()
{
    const QSignalBlocker block(m_month);
    m_month->clear();
    const QDate last = m_reports.lastClosedMonth();
    const QDate current = last.addMonths(1);
    m_month->addItem(tr("%1 (so far)").arg(ReportLayout::monthTitle(current)), current);
    for (int i = 0; i < kMonthsListed; ++i) {
        const QDate m = last.addMonths(-i);
        m_month->addItem(ReportLayout::monthTitle(m), m);
    }
    m_month->setCurrentIndex(1); // the last complete month
    fillLastMonths();
}

// "Up to" offers the months from the chosen one to the current one, so a run can never
// end before it starts; the month last chosen stays chosen while it is still offered.
void ReportsPage::fillLastMonths()
{
    const QSignalBlocker block(m_to);
    const QDate kept = m_to->currentData().toDate();
    m_to->clear();
    m_to->addItem(tr("That month only"), QDate());
    const QDate first = month();
    for (int i = m_month->count() - 1; i >= 0; --i) {
        const QDate m = m_month->itemData(i).toDate();
        if (m > first)
            m_to->addItem(m_month->itemText(i), m);
    }
    const int at = kept.isValid() ? m_to->findData(kept) : -1;
    m_to->setCurrentIndex(at < 0 ? 0 : at);
}

// A supervisor of a team counts their own team only (the service refuses anything else);
// hub-wide roles choose all teams or one.
void ReportsPage::fillTeams()
{
    const QSignalBlocker block(m_team);
    const QString kept = m_team->currentData().toString();
    m_team->clear();
    const QString bound = services::ReportService::boundTeam(m_actor);
    if (bound.isEmpty())
        m_team->addItem(tr("All teams"), QString());
    if (auto teams = m_reports.teams(m_actor); teams.ok()) {
        for (const auto &t : teams.value())
            m_team->addItem(t.name, t.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(kept)));
    m_team->setEnabled(m_team->count() > 1);
    m_team->setToolTip(bound.isEmpty()
                           ? tr("Count the whole hub, or one team: its referrals and support "
                                "episodes, and the contacts its workers recorded")
                           : tr("As a team's supervisor you see your own team's figures"));
}

QDate ReportsPage::month() const
{
    return m_month->currentData().toDate();
}

QDate ReportsPage::lastMonth() const
{
    const QDate last = m_to->currentData().toDate();
    return last.isValid() ? last : month();
}

QString ReportsPage::teamId() const
{
    return m_team->currentData().toString();
}

reports::ReportScope ReportsPage::scope() const
{
    return {month(), lastMonth(), teamId(), {}}; // the service names the team
}

bool ReportsPage::choose(QComboBox *box, int at)
{
    if (at < 0)
        return false;
    box->setCurrentIndex(at);
    if (m_stale || !sameScope(m_loaded, scope()))
        reload();
    return true;
}

bool ReportsPage::selectLastMonth(const QDate &month)
{
    return choose(m_to,
                  month.isValid() ? m_to->findData(QDate(month.year(), month.month(), 1)) : 0);
}

bool ReportsPage::selectTeam(const QString &teamId)
{
    return choose(m_team, m_team->findData(teamId));
}

bool ReportsPage::selectMonth(const QDate &month)
{
    return choose(m_month, m_month->findData(QDate(month.year(), month.month(), 1)));
}

QString ReportsPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReportsPage::activate()
{
    fillTeams(); // an administrator may have added a team
    if (m_stale || !sameScope(m_loaded, scope()))
        reload();
    m_month->setFocus(Qt::OtherFocusReason);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                reload();
        });
}

void ReportsPage::reload()
{
    m_reloadTimer->stop();
    const BusyCursor busy;
    const QDate chosen = month();
    const auto wanted = scope();
    const bool sameMonth = chosen == m_loadedMonth && sameScope(wanted, m_loaded);
    const auto *keep = chosenSnapshot();
    const QString keepId = keep ? keep->id : QString();
    const bool keepToday = sameMonth && m_figures->currentIndex() == 0;
    m_stale = false;
    m_loadedMonth = chosen;
    m_loaded = wanted;
    m_today.reset();
    m_shown.reset();
    auto today = m_reports.report(m_actor, wanted);
    auto trend = today.ok() ? m_reports.trend(m_actor, wanted.lastMonth, {}, wanted.teamId)
                            : Result<QVector<reports::TrendPoint>>(today.error());
    // A snapshot is of one month: a run of months has none.
    auto snapshots =
        wanted.lastMonth == chosen
            ? m_reports.snapshots(m_actor, chosen, wanted.teamId)
            : Result<QVector<domain::ReportSnapshot>>(QVector<domain::ReportSnapshot>());
    const Error *failed = !today.ok()       ? &today.error()
                          : !trend.ok()     ? &trend.error()
                          : !snapshots.ok() ? &snapshots.error()
                                            : nullptr;
    if (failed) {
        m_model->clear();
        m_snapshots.clear();
        m_error->setTitle(tr("The figures could not be counted"));
        m_error->setText(Format::error(*failed));
        m_stack->setCurrentWidget(m_error);
        showBanner(Banner::Problem, tr("Counting %1 failed: %2")
                                        .arg(m_to->currentIndex() > 0
                                                 ? tr("%1 to %2")
                                                       .arg(ReportLayout::monthTitle(chosen),
                                                            ReportLayout::monthTitle(lastMonth()))
                                                 : ReportLayout::monthTitle(chosen),
                                             Format::error(*failed)));
        updateButtons();
        return;
    }
    m_today = today.value();
    m_trend = trend.value();
    m_snapshots = snapshots.value();
    {
        const QSignalBlocker block(m_figures);
        m_figures->clear();
        m_figures->addItem(tr("Today's data (as of %1)").arg(Format::localDateTime(m_today->asOf)));
        int select = 0;
        for (int i = 0; i < m_snapshots.size(); ++i) {
            const auto &s = m_snapshots.at(i);
            m_figures->addItem(tr("Snapshot saved %1 by %2")
                                   .arg(Format::localDateTime(s.createdAt),
                                        s.createdByName.isEmpty() ? tr("someone no longer "
                                                                       "on file")
                                                                  : s.createdByName),
                               s.id);
            if (s.id == keepId)
                select = i + 1;
        }
        // A month with a snapshot opens on its newest snapshot.
        if (!keepToday && select == 0 && !m_snapshots.isEmpty())
            select = 1;
        m_figures->setCurrentIndex(select);
    }
    m_chart->setTrend(m_trend);
    m_stack->setCurrentIndex(0);
    showChosen();
}

const domain::ReportSnapshot *ReportsPage::chosenSnapshot() const
{
    const QString id = m_figures->currentData().toString();
    for (const auto &s : m_snapshots) {
        if (!id.isEmpty() && s.id == id)
            return &s;
    }
    return nullptr;
}

QString ReportsPage::snapshotNote(const domain::ReportSnapshot &s) const
{
    return tr("Snapshot saved on %1 by %2.")
        .arg(Format::localDateTime(s.createdAt),
             s.createdByName.isEmpty() ? tr("someone no longer on file") : s.createdByName);
}

void ReportsPage::showChosen()
{
    if (!m_today)
        return;
    const auto *snapshot = chosenSnapshot();
    if (!snapshot) {
        m_shown = m_today;
        m_model->setReport(*m_shown);
        const QString period = ReportLayout::periodTitle(*m_shown);
        if (!m_reports.isClosed(m_shown->last()))
            showBanner(Banner::Info, tr("%1 is not over yet: these figures will change as "
                                        "work is logged.")
                                         .arg(ReportLayout::monthTitle(m_shown->last())));
        else if (nothingRecorded(*m_shown))
            showBanner(Banner::Info,
                       m_shown->teamId.isEmpty()
                           ? tr("Nothing was recorded for %1: no referrals, contacts or "
                                "support episodes. Every figure is zero.")
                                 .arg(period)
                           : tr("Nothing counts for %1 in %2: no referrals, contacts or "
                                "support episodes of the team. Every figure is zero.")
                                 .arg(m_shown->teamName, period));
        else
            showBanner(Banner::None, QString());
    } else {
        const BusyCursor busy;
        auto saved = reports::fromJson(snapshot->figuresJson);
        auto compared = m_reports.compareWithToday(m_actor, *snapshot);
        if (!saved.ok() || !compared.ok()) {
            m_shown.reset();
            m_model->clear();
            showBanner(Banner::Problem,
                       tr("The snapshot cannot be shown: %1")
                           .arg(Format::error(saved.ok() ? compared.error() : saved.error())));
            updateButtons();
            return;
        }
        m_shown = saved.value();
        QHash<QString, QString> today;
        QStringList changes;
        for (const auto &c : compared->changes) {
            const QString path =
                c.breakdown.isEmpty() ? c.figure : c.figure + QLatin1Char('.') + c.breakdown;
            today.insert(path, c.today.isEmpty() ? tr("none") : c.today);
            changes << tr("%1 %2 \u2192 %3")
                           .arg(ReportLayout::describe(c.figure, c.breakdown),
                                c.saved.isEmpty() ? tr("none") : c.saved,
                                c.today.isEmpty() ? tr("none") : c.today);
        }
        m_model->setReport(*m_shown, today);
        if (compared->differs)
            showBanner(Banner::Warning,
                       tr("%1 Today's data would now give different figures (%n changed, "
                          "saved \u2192 today): %2.",
                          nullptr, int(changes.size()))
                           .arg(snapshotNote(*snapshot), changes.join(QStringLiteral("; "))));
        else
            showBanner(
                Banner::Info,
                tr("%1 Today's data still gives the same figures.").arg(snapshotNote(*snapshot)));
    }
    m_view->expandAll();
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void ReportsPage::showBanner(Banner kind, const QString &text)
{
    static const QHash<int, QString> styles{
        {int(Banner::Info), QStringLiteral("color: #1f3b57; background: #e8f1fa; "
                                           "border: 1px solid #a9c6e3;")},
        {int(Banner::Warning), QStringLiteral("color: #5c3d00; background: #fdf0d5; "
                                              "border: 1px solid #e0b65a;")},
        {int(Banner::Problem), QStringLiteral("color: #a01c14; background: #fdecea; "
                                              "border: 1px solid #e0a39d;")}};
    m_banner->setText(text);
    m_banner->setAccessibleDescription(text);
    m_banner->setVisible(kind != Banner::None);
    m_banner->setStyleSheet(Colours::css(styles.value(int(kind)) +
                                         QStringLiteral("border-radius: 4px; padding: 6px;")));
}

void ReportsPage::updateButtons()
{
    const bool shown = m_shown.has_value();
    m_csv->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_xlsx->setEnabled(shown);
    const bool closed = m_reports.isClosed(month());
    const bool oneMonth = lastMonth() == month();
    m_save->setEnabled(closed && oneMonth && m_today.has_value());
    m_save->setToolTip(!oneMonth ? tr("A snapshot is of one month: choose \"That month only\"")
                       : closed  ? tr("Keep this month's figures as they stand now; a snapshot "
                                       "cannot be changed")
                                 : tr("A snapshot can be saved once the month is over"));
}

QString ReportsPage::chooseFile(const QString &title, const QString &suffix, const QString &filter)
{
    if (m_lastDir.isEmpty())
        m_lastDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString stem =
        QStringLiteral("monthly-support-counts-%1").arg(reports::monthKey(m_shown->month));
    if (m_shown->isRange())
        stem += QStringLiteral("-to-%1").arg(reports::monthKey(m_shown->lastMonth));
    if (!m_shown->teamId.isEmpty()) {
        static const QRegularExpression unsafe(QStringLiteral(R"([^\w-]+)"));
        stem += QLatin1Char('-') + m_shown->teamName.toLower().replace(unsafe, QStringLiteral("-"));
    }
    const QString name = stem + QLatin1Char('.') + suffix;
    QString path =
        QFileDialog::getSaveFileName(this, title, QDir(m_lastDir).filePath(name), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_lastDir = QFileInfo(path).absolutePath();
    return path;
}

void ReportsPage::chooseCsv()
{
    if (!m_shown)
        return;
    const QString path =
        chooseFile(tr("Export the figures as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsPage::choosePdf()
{
    if (!m_shown)
        return;
    const QString path =
        chooseFile(tr("Export the report as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsPage::chooseXlsx()
{
    if (!m_shown)
        return;
    const QString path = chooseFile(tr("Export the figures as an Excel workbook"),
                                    QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsx(path);
}

bool ReportsPage::exportTo(const QString &path, const QString &format,
                           const std::function<Status()> &write)
{
    if (!m_shown)
        return false;
    const QString where = QDir::toNativeSeparators(path);
    Q_EMIT message(tr("Saving %1\u2026").arg(where));
    const BusyCursor busy;
    auto status = m_reports.recordExport(m_actor, *m_shown, format, path);
    if (status.ok())
        status = write();
    if (!status.ok()) {
        // Said where it is seen, and nothing left behind: every file is written whole
        // beside its target and renamed over it only when complete.
        const QString text = tr("Could not save %1: %2").arg(where, Format::error(status.error()));
        showBanner(Banner::Problem, text);
        Q_EMIT message(text);
        return false;
    }
    Q_EMIT message(
        tr("Saved the %1 figures as %2").arg(ReportLayout::periodTitle(*m_shown), where));
    return true;
}

bool ReportsPage::exportCsv(const QString &path)
{
    return exportTo(path, QStringLiteral("csv"), [&]() -> Status {
        const QByteArray bytes = reports::toCsv(*m_shown, &ReportLayout::csvLabel);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error::make(Error::Kind::Io, file.errorString());
        return {};
    });
}

bool ReportsPage::exportPdf(const QString &path)
{
    const auto *snapshot = chosenSnapshot();
    const QString note = snapshot ? snapshotNote(*snapshot) : QString();
    return exportTo(path, QStringLiteral("pdf"), [&] {
        return ReportPdf::write(path, {*m_shown, m_trend, note});
    });
}

bool ReportsPage::exportXlsx(const QString &path)
{
    const auto *snapshot = chosenSnapshot();
    const QString note = snapshot ? snapshotNote(*snapshot) : QString();
    return exportTo(path, QStringLiteral("xlsx"),
                    [&] { return ReportXlsx::write(path, *m_shown, note); });
}

void ReportsPage::saveSnapshot()
{
    const QDate chosen = month();
    const auto answer = QMessageBox::question(
        this, tr("Save snapshot"),
        tr("Save the figures of %1 as they stand now? A snapshot cannot be changed or removed "
           "later.")
            .arg(ReportLayout::monthTitle(chosen)),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return;
    auto saved = [&] {
        const BusyCursor busy;
        return m_reports.saveSnapshot(m_actor, chosen, teamId());
    }();
    if (!saved.ok()) {
        Q_EMIT message(tr("The snapshot was not saved: %1").arg(Format::error(saved.error())));
        showBanner(Banner::Problem,
                   tr("The snapshot was not saved: %1").arg(Format::error(saved.error())));
        return;
    }
    m_stale = true;
    m_loadedMonth = QDate(); // opens on the newest snapshot, the one just saved
    reload();
    Q_EMIT message(tr("Saved a snapshot of the %1 figures").arg(ReportLayout::monthTitle(chosen)));
}

} // namespace hub::ui
