#include "DuplicatesDialog.h"

#include "MergeDialog.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/DuplicateService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace hub::ui {

namespace {
QString reasonText(const QStringList &reasons)
{
    QStringList out;
    for (const auto &r : reasons)
        out << MergeDialog::fieldLabel(r == QLatin1String("name") ? QStringLiteral("family_name")
                                                                  : r);
    return out.join(QStringLiteral(", "));
}

QString personText(const domain::PersonMatchCandidate &p)
{
    QStringList parts{p.givenName + QLatin1Char(' ') + p.familyName};
    if (p.dateOfBirth.isValid())
        parts << p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    if (!p.postcode.isEmpty())
        parts << p.postcode;
    return parts.join(QStringLiteral(", "));
}
} // namespace

DuplicatesDialog::DuplicatesDialog(services::Services &services, const domain::Actor &actor,
                                   QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible duplicates"));
    setAccessibleName(windowTitle());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->setAccessibleName(tr("Progress of the search for duplicates"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    connect(m_stop, &QPushButton::clicked, this, [this] { m_cancel = true; });

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setAccessibleName(tr("Possible duplicate people, best match first"));
    m_table->setHorizontalHeaderLabels(
        {tr("Score"), tr("First record"), tr("Second record"), tr("What matches")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::activated, this, [this] { mergeSelected(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Compare and merge..."), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("compareButton"));
    m_merge->setEnabled(false);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

DuplicatesDialog::~DuplicatesDialog()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void DuplicatesDialog::start()
{
    if (m_thread)
        return;
    auto people = services::DuplicateService(m_services.context).candidates(m_actor);
    if (!people.ok()) {
        m_status->setText(people.error().message);
        return;
    }
    m_cancel = false;
    m_status->setText(tr("Comparing %n people...", nullptr, int(people->size())));
    m_progress->setRange(0, std::max(1, int(people->size())));
    m_progress->setValue(0);
    m_stop->setEnabled(true);
    auto outcome = std::make_shared<domain::DuplicateFinder::Outcome>();
    m_outcome = outcome;
    const auto list = people.value();
    QPointer<QProgressBar> bar(m_progress);
    m_thread = QThread::create([this, list, outcome, bar] {
        *outcome = services::DuplicateService::find(
            list,
            [bar](int done, int) {
                QMetaObject::invokeMethod(
                    bar,
                    [bar, done] {
                        if (bar)
                            bar->setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_pairs = m_outcome->pairs;
        m_progress->setValue(m_progress->maximum());
        m_stop->setEnabled(false);
        m_status->setText(
            m_outcome->cancelled
                ? tr("Stopped: %n possible duplicates so far", nullptr, int(m_pairs.size()))
                : tr("%n possible duplicates", nullptr, int(m_pairs.size())));
        showPairs();
        Q_EMIT finished();
    });
    m_thread->start();
}

void DuplicatesDialog::showPairs()
{
    m_table->setRowCount(int(m_pairs.size()));
    for (int i = 0; i < m_pairs.size(); ++i) {
        const auto &p = m_pairs.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(p.score)));
        m_table->setItem(i, 1, new QTableWidgetItem(personText(p.a)));
        m_table->setItem(i, 2, new QTableWidgetItem(personText(p.b)));
        m_table->setItem(i, 3, new QTableWidgetItem(reasonText(p.reasons)));
    }
    m_merge->setEnabled(!m_pairs.isEmpty());
    if (!m_pairs.isEmpty()) {
        m_table->selectRow(0);
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void DuplicatesDialog::mergeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    // Opening both files is what the supervisor does here (each view audited).
    services::CaseService cases(m_services.context.db, m_services.context.clock);
    auto a = cases.openPerson(m_actor, m_pairs.at(row).a.id);
    auto b = cases.openPerson(m_actor, m_pairs.at(row).b.id);
    if (!a.ok() || !b.ok()) {
        m_status->setText((a.ok() ? b.error() : a.error()).message);
        return;
    }
    MergeDialog dialog(m_services, m_actor, a->person, b->person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pairs.remove(row);
    showPairs();
    Q_EMIT merged(a->person.id);
}

} // namespace hub::ui
