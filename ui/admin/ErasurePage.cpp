#include "ErasurePage.h"

#include "EraseDialog.h"
#include "security/Permissions.h"
#include "services/DeskService.h"
#include "services/SettingsService.h"
#include "util/Time.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString yearsText(int years)
{
    return years == 1 ? QCoreApplication::translate("hub::ui::ErasurePage", "1 year")
                      : QCoreApplication::translate("hub::ui::ErasurePage", "%1 years").arg(years);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? util::toIsoDate(d) : QStringLiteral("—");
}

} // namespace

ErasurePage::ErasurePage(services::Services &services, const domain::Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_service(services.context), m_actor(actor)
{
    setObjectName(QStringLiteral("erasurePage"));
    auto *layout = new QVBoxLayout(this);
    if (security::Permissions::allows(actor.role, security::Action::Erase))
        layout->addWidget(buildFind(), 1);
    if (security::Permissions::allows(actor.role, security::Action::EraseRetention))
        layout->addWidget(buildRetention(), 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("erasureStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QWidget *ErasurePage::buildFind()
{
    auto *box = new QGroupBox(tr("Erase one person on request"), this);
    m_find = new QLineEdit(box);
    m_find->setObjectName(QStringLiteral("eraseFind"));
    m_find->setPlaceholderText(tr("Person id, or a name, phone, postcode or crime reference"));
    m_find->setAccessibleName(tr("Find a person to erase"));
    auto *findButton = new QPushButton(tr("F&ind"), box); // Alt+F is the File menu
    m_matches = makeTable({tr("Person id"), tr("Name"), tr("Born"), tr("Last activity"),
                           tr("Open work"), tr("Status")},
                          box);
    m_matches->setObjectName(QStringLiteral("eraseMatches"));
    m_matches->setAccessibleName(tr("People found to erase"));
    m_eraseOne = new QPushButton(tr("&Erase…"), box);
    m_eraseOne->setObjectName(QStringLiteral("eraseOne"));
    m_eraseOne->setEnabled(false);
    connect(m_find, &QLineEdit::returnPressed, this, &ErasurePage::find);
    connect(findButton, &QPushButton::clicked, this, &ErasurePage::find);
    connect(m_eraseOne, &QPushButton::clicked, this, &ErasurePage::eraseCurrent);
    connect(m_matches, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_eraseOne->setEnabled(row >= 0 && row < m_found.size() && !m_found.at(row).erased &&
                               m_found.at(row).openWork == 0);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_find, 1);
    row->addWidget(findButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_matches);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_eraseOne);
    layout->addLayout(buttons);
    return box;
}

QWidget *ErasurePage::buildRetention()
{
    auto *box = new QGroupBox(tr("Retention review"), this);
    m_years = new QSpinBox(box);
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, services::SettingsService::kMaxRetentionYears);
    const auto suffix = [this](int years) {
        m_years->setSuffix(years == 1 ? tr(" year") : tr(" years"));
    };
    connect(m_years, &QSpinBox::valueChanged, this, suffix);
    m_years->setValue(services::SettingsService::retentionYears(m_services.context.db));
    suffix(m_years->value());
    m_years->setAccessibleName(tr("Years without activity"));
    auto *listButton = new QPushButton(tr("&List"), box);
    listButton->setObjectName(QStringLiteral("retentionList"));
    auto *saveYears =
        new QPushButton(tr("Save as the hub's &period"), box); // Alt+S: Erase selected
    saveYears->setObjectName(QStringLiteral("retentionSaveYears"));
    saveYears->setVisible(
        security::Permissions::allows(m_actor.role, security::Action::ChangeSettings));
    auto *all = new QCheckBox(tr("Select &all"), box);
    all->setObjectName(QStringLiteral("retentionSelectAll"));
    m_retention = makeTable({tr("Erase"), tr("Person id"), tr("Name"), tr("Last activity")}, box);
    m_retention->setObjectName(QStringLiteral("retentionTable"));
    m_retention->setAccessibleName(tr("People with no activity for the period"));
    m_eraseSelected = new QPushButton(tr("Erase &selected…"), box);
    m_eraseSelected->setObjectName(QStringLiteral("retentionErase"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("retentionProgress"));
    m_progress->hide();
    connect(listButton, &QPushButton::clicked, this, &ErasurePage::listRetention);
    connect(saveYears, &QPushButton::clicked, this, &ErasurePage::saveYears);
    connect(m_eraseSelected, &QPushButton::clicked, this, &ErasurePage::eraseSelected);
    connect(all, &QCheckBox::toggled, this, [this](bool on) {
        for (int r = 0; r < m_retention->rowCount(); ++r)
            m_retention->item(r, 0)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("No activity for"), box));
    row->addWidget(m_years);
    row->addWidget(listButton);
    row->addWidget(saveYears);
    row->addStretch();
    row->addWidget(all);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_retention);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_eraseSelected);
    layout->addLayout(buttons);
    return box;
}

QString ErasurePage::status() const
{
    return m_status->text();
}

void ErasurePage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ErasurePage::find()
{
    auto found = m_service.find(m_actor, m_find->text());
    m_matches->setRowCount(0);
    m_found.clear();
    m_eraseOne->setEnabled(false);
    if (!found.ok()) {
        showStatus(found.error().message);
        return;
    }
    m_found = found.value();
    m_matches->setRowCount(int(m_found.size()));
    for (int r = 0; r < m_found.size(); ++r) {
        const auto &c = m_found.at(r);
        m_matches->setItem(r, 0, cell(c.personId));
        m_matches->setItem(r, 1, cell(c.name));
        m_matches->setItem(r, 2, cell(c.birthYear > 0 ? QString::number(c.birthYear) : QString()));
        m_matches->setItem(r, 3, cell(dateText(c.lastActivity)));
        m_matches->setItem(r, 4, cell(QString::number(c.openWork)));
        m_matches->setItem(r, 5,
                           cell(c.erased         ? tr("erased on %1").arg(dateText(c.erasedOn))
                                : c.openWork > 0 ? tr("open work: close it first")
                                                 : tr("can be erased")));
    }
    m_matches->resizeColumnsToContents();
    // Spelled out rather than "%n person(s)", which needs an English .qm to read well.
    const int n = int(m_found.size());
    showStatus(n == 0   ? tr("No one matches.")
               : n == 1 ? tr("One person found.")
                        : tr("%1 people found.").arg(n));
    if (!m_found.isEmpty())
        m_matches->setCurrentCell(0, 0);
}

void ErasurePage::eraseCurrent()
{
    const int row = m_matches->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    const auto person = m_found.at(row);
    EraseDialog dialog(m_service, m_actor, person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_find->setText(person.personId);
    find();
    showStatus(tr("Person %1 was erased.").arg(person.personId));
}

void ErasurePage::listRetention()
{
    auto due = m_service.retentionList(m_actor, m_years->value());
    m_retention->setRowCount(0);
    if (!due.ok()) {
        showStatus(due.error().message);
        return;
    }
    m_retention->setRowCount(int(due->size()));
    for (int r = 0; r < due->size(); ++r) {
        const auto &e = due->at(r);
        auto *tick = cell(QString());
        tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        tick->setCheckState(Qt::Unchecked);
        m_retention->setItem(r, 0, tick);
        m_retention->setItem(r, 1, cell(e.personId));
        m_retention->setItem(r, 2, cell(e.name));
        m_retention->setItem(r, 3, cell(dateText(e.lastActivity)));
    }
    m_retention->resizeColumnsToContents();
    const auto period = yearsText(m_years->value());
    showStatus(due->size() == 1
                   ? tr("One person with no activity for %1.").arg(period)
                   : tr("%1 people with no activity for %2.").arg(due->size()).arg(period));
}

void ErasurePage::eraseSelected()
{
    QStringList ids;
    for (int r = 0; r < m_retention->rowCount(); ++r) {
        if (m_retention->item(r, 0)->checkState() == Qt::Checked)
            ids << m_retention->item(r, 1)->text();
    }
    if (ids.isEmpty()) {
        showStatus(tr("Tick the people to erase first."));
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Erase for good"),
        tr("Erase %1 of the people with no activity for %2? Their names, contact details and "
           "notes are removed for good; only anonymous counts stay.")
            .arg(ids.size())
            .arg(yearsText(m_years->value())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    auto erased =
        m_service.eraseForRetention(m_actor, m_years->value(), ids, [this](int done, int) {
            m_progress->setValue(done);
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
    if (!erased.ok()) {
        m_progress->hide();
        showStatus(erased.error().message);
        return;
    }
    listRetention();
    showStatus(erased.value() == 1 ? tr("One person erased.")
                                   : tr("%1 people erased.").arg(erased.value()));
}

void ErasurePage::saveYears()
{
    const auto s =
        services::SettingsService(m_services.context).setRetentionYears(m_actor, m_years->value());
    showStatus(s.ok() ? tr("The hub's retention period is now %1.").arg(yearsText(m_years->value()))
                      : s.error().message);
}

} // namespace hub::ui
