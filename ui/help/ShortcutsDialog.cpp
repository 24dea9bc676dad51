#include "ShortcutsDialog.h"

#include "ContextHelp.h"
#include "ShortcutCatalog.h"
#include "widgets/FocusRing.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
        tr("Every key of the window as it is now, for your role. In every dialog Enter saves, "
           "Esc cancels and Alt with an underlined letter goes to that field; the keys of each "
           "dialog are in the user guide."),
        this);
    intro->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setAccessibleName(tr("Find a key or an action"));
    m_filter->setPlaceholderText(tr("A key (Ctrl+L) or words (log contact)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setStyleSheet(FocusRing::framedStyle("QTableWidget"));
    const auto entries = ShortcutCatalog::of(window);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto &e = entries.at(row);
        const QString what = e.what.isEmpty() ? tr("(not described)") : e.what;
        m_table->setItem(row, 0, new QTableWidgetItem(ShortcutCatalog::keyText(e.keys)));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *guide = buttons->addButton(tr("Dialog keys in the &guide"), QDialogButtonBox::HelpRole);
    guide->setObjectName(QStringLiteral("shortcutsGuideButton"));
    connect(guide, &QPushButton::clicked, this, [this] { ContextHelp::showFor(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(860, 600);
    m_filter->setFocus(Qt::OtherFocusReason);
}

void ShortcutsDialog::applyFilter()
{
    const auto words = m_filter->text().simplified();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = words.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column)
            match = m_table->item(row, column)->text().contains(words, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the box into the list, as in every list of the app.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hub::ui
