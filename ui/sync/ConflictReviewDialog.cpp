#include "ConflictReviewDialog.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "services/DirectoryService.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("same_field"))
        return ConflictReviewDialog::tr("Both sides changed it");
    if (reason == QLatin1String("safety_field"))
        return ConflictReviewDialog::tr("Safety field: the more careful value was kept");
    if (reason == QLatin1String("invalid_transition"))
        return ConflictReviewDialog::tr("A status change the hub could not accept");
    if (reason == QLatin1String("edit_vs_erasure"))
        return ConflictReviewDialog::tr("Edited after the person was erased");
    if (reason == QLatin1String("out_of_scope"))
        return ConflictReviewDialog::tr("Not applied: from a desk that no longer holds them");
    return reason;
}

QString fieldText(const QString &field);

QString recordText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("hub::ui::ConflictReviewDialog", "Person")},
        {QStringLiteral("referral"),
         QT_TRANSLATE_NOOP("hub::ui::ConflictReviewDialog", "Referral")},
        {QStringLiteral("episode"),
         QT_TRANSLATE_NOOP("hub::ui::ConflictReviewDialog", "Support episode")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("hub::ui::ConflictReviewDialog", "Contact")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("hub::ui::ConflictReviewDialog", "Task")}};
    const auto *name = names.value(kind);
    return name ? ConflictReviewDialog::tr(name) : fieldText(kind);
}

// "safe_voicemail" -> "Safe voicemail".
QString fieldText(const QString &field)
{
    QString out = field;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QLabel *valueBox(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(200);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setStyleSheet(Colours::css(QStringLiteral("background: white;")));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}

} // namespace

ConflictReviewDialog::ConflictReviewDialog(store::Database &db, const domain::Actor &actor,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_service(db, actor)
{
    setObjectName(QStringLiteral("conflictReviewDialog"));
    setWindowTitle(tr("Sync conflicts to review"));
    setAccessibleName(windowTitle());
    resize(900, 560);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Open conflicts"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Why"), tr("Raised")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ConflictReviewDialog::showCurrent);

    m_base = valueBox(this, "baseValue");
    m_hub = valueBox(this, "hubValue");
    m_client = valueBox(this, "clientValue");
    m_hubWho = new QLabel(this);
    m_clientWho = new QLabel(this);
    auto *sides = new QGridLayout;
    const QStringList titles{tr("Before both changes"), tr("Hub (H)"), tr("This desk (C)")};
    const QList<QLabel *> boxes{m_base, m_hub, m_client};
    for (int i = 0; i < 3; ++i) {
        auto *title = new QLabel(titles.at(i), this);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        sides->addWidget(title, 0, i);
        sides->addWidget(boxes.at(i), 1, i);
        boxes.at(i)->setAccessibleName(titles.at(i));
    }
    sides->addWidget(m_hubWho, 2, 1);
    sides->addWidget(m_clientWho, 2, 2);
    sides->setRowStretch(1, 1);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("conflictValueEdit"));
    m_value->setAccessibleName(tr("Value to keep"));
    m_value->setPlaceholderText(tr("E: type the value to keep, then Enter"));
    connect(m_value, &QLineEdit::returnPressed, this, &ConflictReviewDialog::keepEdited);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setAccessibleName(tr("Why the conflict was not resolved"));
    m_error->setStyleSheet(Colours::textStyle(Colours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto addAction = [this, buttons](const char *name, const QString &text, Qt::Key key,
                                           void (ConflictReviewDialog::*slot)()) {
        auto *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        // One key, anywhere in the dialog except while typing a value.
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, slot);
        m_actions << button;
    };
    addAction("keepHubButton", tr("Keep hub (H)"), Qt::Key_H, &ConflictReviewDialog::keepHub);
    addAction("keepClientButton", tr("Keep this desk (C)"), Qt::Key_C,
              &ConflictReviewDialog::keepClient);
    addAction("editValueButton", tr("Edit value (E)"), Qt::Key_E, &ConflictReviewDialog::editValue);
    addAction("openPersonButton", tr("Open person (O)"), Qt::Key_O,
              &ConflictReviewDialog::openPerson);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("Up and Down choose a conflict. H keeps the hub's value, C keeps "
                               "this desk's, E edits a value of your own, O opens the person's "
                               "record. The value kept is sent to the hub at the next sync."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(Colours::textStyle(Colours::Tone::Muted));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addLayout(sides, 1);
    layout->addWidget(m_value);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    reload();
    m_table->setFocus(Qt::OtherFocusReason);
}

QString ConflictReviewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ConflictReviewDialog::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    default:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

void ConflictReviewDialog::reload()
{
    const int row = qMax(0, m_table->currentRow());
    auto list = m_service.conflicts(true);
    m_conflicts = list.ok() ? list.value() : QVector<sync::Conflict>();
    if (!list.ok()) {
        m_error->setText(Format::error(list.error()));
        m_error->show();
    }
    m_table->setRowCount(m_conflicts.size());
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const auto &c = m_conflicts.at(i);
        const QStringList cells{recordText(c.recordType), fieldText(c.field), reasonText(c.reason),
                                Format::localDateTime(c.raisedAt)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    if (!m_conflicts.isEmpty())
        m_table->setCurrentCell(qMin(row, m_conflicts.size() - 1), 0);
    showCurrent();
}

const sync::Conflict *ConflictReviewDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

QString ConflictReviewDialog::authorName(const QString &userId)
{
    if (userId.isEmpty())
        return tr("unknown");
    auto user = services::DirectoryService(m_db).user(userId);
    return user.ok() ? user->displayName : userId;
}

void ConflictReviewDialog::showCurrent()
{
    const auto *c = current();
    for (auto *button : std::as_const(m_actions))
        button->setEnabled(c != nullptr);
    m_value->setEnabled(c != nullptr);
    if (!c) {
        for (auto *box : {m_base, m_hub, m_client})
            box->clear();
        m_hubWho->clear();
        m_clientWho->clear();
        m_base->setText(tr("No conflicts to review."));
        return;
    }
    m_base->setText(valueText(c->base));
    // An out-of-scope edit left the hub as it was; a hub that hid the row from that desk
    // could not say what it holds.
    m_hub->setText(c->reason == QLatin1String("out_of_scope") && c->hub.isNull()
                       ? tr("(unchanged on the hub)")
                       : valueText(c->hub));
    m_client->setText(valueText(c->client));
    if (c->hubAuthor.isEmpty()) // a row the sending desk's login could not read
        m_hubWho->clear();
    else
        m_hubWho->setText(tr("by %1").arg(authorName(c->hubAuthor)));
    m_clientWho->setText(tr("by %1").arg(authorName(c->clientAuthor)));
    m_value->clear();
}

void ConflictReviewDialog::openPerson()
{
    const auto *c = current();
    if (!c || c->personId.isEmpty())
        return;
    const auto personId = c->personId;
    accept();
    Q_EMIT openPersonRequested(personId);
}

void ConflictReviewDialog::keepHub()
{
    resolve(sync::Keep::Hub);
}

void ConflictReviewDialog::keepClient()
{
    resolve(sync::Keep::Client);
}

void ConflictReviewDialog::editValue()
{
    const auto *c = current();
    if (!c)
        return;
    m_value->setText(c->client.isBool() || c->client.isDouble() || c->client.isString()
                         ? valueText(c->client)
                         : QString());
    m_value->setFocus(Qt::ShortcutFocusReason);
    m_value->selectAll();
}

void ConflictReviewDialog::keepEdited()
{
    const auto *c = current();
    if (!c)
        return;
    // The typed words become a value of the same kind as the two sides'.
    const auto text = m_value->text().trimmed();
    const auto &like = c->hub.isNull() ? c->client : c->hub;
    QJsonValue value = text;
    if (text.isEmpty() || text == tr("(empty)")) {
        value = QJsonValue(QJsonValue::Null);
    } else if (like.isBool()) {
        if (text.compare(tr("Yes"), Qt::CaseInsensitive) == 0)
            value = true;
        else if (text.compare(tr("No"), Qt::CaseInsensitive) == 0)
            value = false;
        else {
            m_error->setText(tr("Value to keep: type %1 or %2").arg(tr("Yes"), tr("No")));
            m_error->show();
            return;
        }
    } else if (like.isDouble()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok) {
            m_error->setText(tr("Value to keep: type a number"));
            m_error->show();
            return;
        }
        value = number;
    }
    resolve(sync::Keep::Value, value);
}

void ConflictReviewDialog::resolve(sync::Keep keep, const QJsonValue &value)
{
    const auto *c = current();
    if (!c)
        return;
    const auto status = m_service.resolve(c->id, keep, value);
    if (!status.ok()) {
        m_error->setText(Format::error(status.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_error->clear();
    reload();
    m_table->setFocus(Qt::OtherFocusReason);
    Q_EMIT resolved();
}

} // namespace hub::ui
