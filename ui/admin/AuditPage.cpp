#include "AuditPage.h"
#include "widgets/Colours.h"

#include "AuditEventsModel.h"
#include "EmptyState.h"
#include "Format.h"
#include "services/DeskService.h"
#include "services/DirectoryService.h"
#include "sync/AuditSync.h"
#include "sync/SyncSettings.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui {

namespace {
// A day to filter by; blank means no limit.
DateField *dayBox(const char *name, const QString &accessibleName, const QDate &today,
                  QWidget *parent)
{
    auto *box = new DateField(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessibleName);
    box->setAllowEmpty(true);
    box->setToday(today);
    box->setPlaceholderText(AuditPage::tr("Any day (or 07/12/2026, today)"));
    return box;
}

// The default hub login: the auditor's own login on the hub and its password.
bool askHubLogin(QWidget *parent, sync::HubUrl &url, QString *password)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(AuditPage::tr("Hub sign-in"));
    auto *login = new QLineEdit(url.user, &dialog);
    login->setObjectName(QStringLiteral("hubLoginEdit"));
    login->setAccessibleName(AuditPage::tr("Hub login"));
    auto *secret = new QLineEdit(&dialog);
    secret->setObjectName(QStringLiteral("hubPasswordEdit"));
    secret->setAccessibleName(AuditPage::tr("Hub password"));
    secret->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(AuditPage::tr("Every desk's audit trail is read from the hub %1 with "
                                          "your own hub login.")
                                .arg(url.display()),
                            &dialog));
    form->addRow(AuditPage::tr("Hub &login:"), login);
    form->addRow(AuditPage::tr("&Password:"), secret);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    secret->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    url.user = login->text().trimmed();
    *password = secret->text();
    return true;
}

// The wait cursor around a long read or write.
template <typename F> auto busy(F work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}
} // namespace

AuditPage::AuditPage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("auditPage"));
    setAccessibleName(tr("Audit trail"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_user->addItem(tr("Anyone"), QString());
    for (const auto &user : services::DirectoryService(m_services.context.db).users())
        m_user->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username), user.id);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("auditPersonEdit"));
    m_person->setAccessibleName(tr("Filter by person id"));
    m_person->setPlaceholderText(tr("Any person"));
    m_person->setClearButtonEnabled(true);
    m_person->setMinimumWidth(m_person->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 38);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_from = dayBox("auditFromEdit", tr("From day"), m_services.context.today(), this);
    m_to = dayBox("auditToEdit", tr("To day"), m_services.context.today(), this);

    // Two rows so the bar fits a 1366 px screen: who and what above, when below.
    for (auto *box : {m_user, m_action}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
    }
    auto *filters = new QGridLayout;
    auto addFilter = [&](const QString &text, QWidget *field, int row, int column) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(tr("&User:"), m_user, 0, 0);
    addFilter(tr("&Person id:"), m_person, 0, 1);
    addFilter(tr("A&ction:"), m_action, 0, 2);
    // Alt+F and Alt+V are the File and View menus'.
    addFilter(tr("Fr&om:"), m_from, 1, 0);
    addFilter(tr("&To:"), m_to, 1, 1);
    auto *clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("auditClearButton"));
    clear->setAccessibleName(tr("Clear filters"));
    filters->addWidget(clear, 1, 5, Qt::AlignLeft);
    filters->setColumnStretch(6, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    auto *verify = new QPushButton(tr("V&erify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerifyButton"));
    verify->setAccessibleName(tr("Verify chain"));
    verify->setToolTip(tr("Check that no event has been edited, removed, inserted or moved "
                          "(Ctrl+Shift+V)"));
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(QStringLiteral("auditSourceCombo"));
    m_sourceBox->setAccessibleName(tr("Events from"));
    m_sourceBox->addItem(tr("This desk"));
    m_sourceBox->addItem(tr("All desks (hub)"));
    m_sourceBox->setToolTip(tr("Read every desk's audit trail as the hub holds it"));
    auto *sourceLabel = new QLabel(tr("Events &from:"), this);
    sourceLabel->setBuddy(m_sourceBox);
    // Only where this workstation has a hub to read.
    const bool hasHub = !SyncSettings().hubUrl().isEmpty();
    m_sourceBox->setVisible(hasHub);
    sourceLabel->setVisible(hasHub);
    m_hubLogin = [this](sync::HubUrl &url, QString *password) {
        return askHubLogin(this, url, password);
    };
    auto *exportCsv = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton = exportCsv;
    exportCsv->setObjectName(QStringLiteral("auditExportButton"));
    exportCsv->setAccessibleName(tr("Export CSV"));
    exportCsv->setToolTip(tr("Save every event that matches the filters as CSV (Ctrl+E)"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(sourceLabel);
    actions->addWidget(m_sourceBox);
    actions->addWidget(m_summary, 1);
    actions->addWidget(verify);
    actions->addWidget(exportCsv);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();

    m_model = new AuditEventsModel(m_services, m_actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit events, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &[column, chars] : {std::pair{AuditEventsModel::Seq, 8},
                                        {AuditEventsModel::When, 17},
                                        {AuditEventsModel::User, 16},
                                        {AuditEventsModel::Workstation, 12},
                                        {AuditEventsModel::Action, 18},
                                        {AuditEventsModel::Record, 22},
                                        {AuditEventsModel::Person, 37}})
        m_view->setColumnWidth(column, digit * chars);

    m_empty = new EmptyState(tr("No events match"),
                             tr("Nothing on the audit trail matches these filters. Clear them "
                                "(Alt+L) to see every event."),
                             this);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_stack, 1);

    auto shortcut = [this](const QKeySequence &keys, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), tr("Verify chain"),
             &AuditPage::verifyChain);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), tr("Export CSV"), &AuditPage::chooseCsv);

    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(exportCsv, &QPushButton::clicked, this, &AuditPage::chooseCsv);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    for (const auto &[box, caption] : {std::pair{m_from, tr("From")}, {m_to, tr("To")}}) {
        connect(box, &DateField::dateChanged, this, &AuditPage::applyFilters);
        // A day that cannot be one says so where the count of events is, in red.
        connect(box, &DateField::problemFound, this, [this, caption](const QString &problem) {
            if (problem.isEmpty()) {
                applyFilters();
                return;
            }
            m_summary->setText(tr("%1: %2", "field, problem").arg(caption, problem));
            m_summary->setAccessibleName(m_summary->text());
            m_summary->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
        });
    }
    connect(m_sourceBox, &QComboBox::activated, this, [this](int index) { showHub(index == 1); });
    connect(m_person, &QLineEdit::returnPressed, this, &AuditPage::applyFilters);
    connect(m_person, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            applyFilters();
    });
}

AuditPage::~AuditPage()
{
    m_model->setSource(nullptr); // the reader goes before the model
}

void AuditPage::showSourceError(const QString &text)
{
    m_summary->setText(text);
    m_summary->setAccessibleName(text);
    m_summary->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    Q_EMIT message(text);
}

bool AuditPage::showHub(bool on)
{
    auto useDesk = [this] {
        m_model->setSource(nullptr);
        m_hub.reset();
        const QSignalBlocker block(m_sourceBox);
        m_sourceBox->setCurrentIndex(0);
        m_exportButton->setEnabled(true);
        m_exportButton->setToolTip(tr("Save every event that matches the filters as CSV (Ctrl+E)"));
        reload();
    };
    if (!on) {
        useDesk();
        return true;
    }
    auto url = sync::HubUrl::parse(SyncSettings().hubUrl());
    QString password;
    if (url.ok() && url->kind == sync::HubUrl::Kind::Postgres &&
        !(m_hubLogin && m_hubLogin(url.value(), &password))) {
        useDesk();
        return false;
    }
    auto reader = url.ok()
                      ? busy([&] { return sync::HubAuditReader::open(m_actor, *url, password); })
                      : Result<std::unique_ptr<sync::HubAuditReader>>(url.error());
    if (!reader.ok()) {
        useDesk();
        showSourceError(
            tr("The hub's audit trail could not be read: %1").arg(Format::error(reader.error())));
        return false;
    }
    m_hub = std::move(reader).value();
    m_model->setSource(m_hub.get());
    {
        const QSignalBlocker block(m_sourceBox);
        m_sourceBox->setCurrentIndex(1);
    }
    // The export writes this desk's own trail (and records itself there).
    m_exportButton->setEnabled(false);
    m_exportButton->setToolTip(tr("Export works on this desk's trail: choose \"This desk\""));
    m_verifyResult->hide();
    reload();
    return true;
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

services::AuditQuery AuditPage::query() const
{
    services::AuditQuery q;
    q.userId = m_user->currentData().toString();
    q.personId = m_person->text().trimmed();
    q.action = m_action->currentData().toString();
    q.from = m_from->date();
    q.to = m_to->date();
    return q;
}

void AuditPage::fillActions()
{
    const QSignalBlocker block(m_action);
    const QString chosen = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    if (auto codes = m_model->source().actions(m_actor); codes.ok()) {
        for (const auto &code : codes.value())
            m_action->addItem(code, code);
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));
}

void AuditPage::reload()
{
    m_loaded = true;
    fillActions();
    applyFilters();
}

void AuditPage::applyFilters()
{
    if (!busy([this] { return m_model->setQuery(query()); })) {
        m_summary->setText(m_model->error());
        m_summary->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_summary->setStyleSheet(QString());
    const qint64 n = m_model->total();
    const QString matching = n == 0 ? tr("No events match")
                             : n == 1
                                 ? tr("1 event matches")
                                 : tr("%1 events match, newest first").arg(QLocale().toString(n));
    m_summary->setText(showingHub() ? tr("All desks, from the hub: %1").arg(matching) : matching);
    m_summary->setAccessibleName(m_summary->text());
    m_stack->setCurrentWidget(n > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void AuditPage::clearFilters()
{
    {
        const QSignalBlocker blockUser(m_user), blockPerson(m_person), blockAction(m_action),
            blockFrom(m_from), blockTo(m_to);
        m_user->setCurrentIndex(0);
        m_person->clear();
        m_action->setCurrentIndex(0);
        m_from->setDate(QDate());
        m_to->setDate(QDate());
    }
    applyFilters();
}

void AuditPage::verifyChain()
{
    auto result = busy([this] { return m_model->source().verify(m_actor); });
    QString text;
    bool intact = false;
    if (!result.ok())
        text = tr("The chain could not be checked: %1").arg(Format::error(result.error()));
    else if (result->intact()) {
        intact = true;
        text = showingHub()
                   ? tr("Every desk's audit trail on the hub is intact: all %1 events are in "
                        "order and unchanged.")
                         .arg(QLocale().toString(result->events))
                   : tr("The audit trail is intact: all %1 events are in order and unchanged.")
                         .arg(QLocale().toString(result->events));
    } else {
        text = tr("The audit trail has been tampered with: %1. The %2 events before it are "
                  "intact.")
                   .arg(result->problem->message, QLocale().toString(result->events));
    }
    m_verifyResult->setText(text);
    m_verifyResult->setAccessibleName(text);
    m_verifyResult->setStyleSheet(
        Colours::textStyle(intact ? Colours::Tone::Success : Colours::Tone::Danger) +
        QStringLiteral("font-weight: bold;"));
    m_verifyResult->show();
    Q_EMIT message(text);
}

void AuditPage::chooseCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("audit-trail-%1.csv").arg(Format::todayInLondon().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit events as CSV"),
                                                QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

bool AuditPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT message(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto rows = busy([&] {
        return services::AuditService(m_services.context).exportCsv(m_actor, query(), file);
    });
    if (!rows.ok() || !file.commit()) {
        Q_EMIT message(tr("Could not save %1: %2")
                           .arg(QDir::toNativeSeparators(path),
                                rows.ok() ? file.errorString() : Format::error(rows.error())));
        return false;
    }
    Q_EMIT message(tr("Saved %1 audit events as %2")
                       .arg(QLocale().toString(rows.value()), QDir::toNativeSeparators(path)));
    reload(); // the export is on the trail now
    return true;
}

} // namespace hub::ui
