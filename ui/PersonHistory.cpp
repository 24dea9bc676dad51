#include "PersonHistory.h"
#include "widgets/Colours.h"

#include "Format.h"
#include "widgets/FocusRing.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace hub::ui {

namespace {
const QString kDot = QStringLiteral(" \u00b7 ");

QString userName(const domain::PersonFile &file, const QString &id)
{
    return id.isEmpty() ? QString() : file.userNames.value(id, id);
}

void addPlaceholder(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, QStringList{text});
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, Colours::text(Colours::Tone::Muted));
    item->setFirstColumnSpanned(true);
}

void setBold(QTreeWidgetItem *item, int column)
{
    auto f = item->font(column);
    f.setBold(true);
    item->setFont(column, f);
}

QTreeWidgetItem *addDetail(QTreeWidgetItem *parent, const QString &caption, const QString &text)
{
    auto *item = new QTreeWidgetItem(parent, QStringList{caption + QStringLiteral(": ") + text});
    item->setFirstColumnSpanned(true);
    item->setToolTip(0, text);
    return item;
}

void finish(QTreeWidget *tree)
{
    tree->expandAll();
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
}
} // namespace

QTreeWidget *PersonHistory::makeTree(const char *objectName, const QString &accessibleName,
                                     const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(objectName));
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tree->setStyleSheet(FocusRing::framedStyle("QTreeView") +
                        QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    return tree;
}

void PersonHistory::fillReferrals(QTreeWidget *tree, const domain::PersonFile &file)
{
    tree->clear();
    if (file.referrals.isEmpty())
        addPlaceholder(tree, tr("No referrals recorded."));
    auto referrals = file.referrals;
    std::sort(referrals.begin(), referrals.end(),
              [](const auto &a, const auto &b) { return a.receivedAt > b.receivedAt; });
    for (const auto &r : referrals) {
        QStringList flags;
        for (const auto &f : r.flags)
            flags << Format::code(QStringLiteral("flag"), f);
        const QString code =
            r.enhanced ? tr("Enhanced (%1)")
                             .arg(Format::code(QStringLiteral("enhanced_reason"), r.enhancedReason)
                                      .toLower())
                       : tr("Standard");
        auto *item = new QTreeWidgetItem(
            tree,
            QStringList{Format::localDateTime(r.receivedAt),
                        Format::code(QStringLiteral("source"), r.source), r.crimeReference,
                        Format::code(QStringLiteral("offence_group"), r.offenceGroup),
                        flags.join(QStringLiteral(", ")), code,
                        r.consentToContact ? tr("Yes") : tr("No"),
                        Format::code(QStringLiteral("referral_status"), r.status),
                        r.assignedTo.isEmpty() ? tr("Unassigned") : userName(file, r.assignedTo)});
        item->setData(0, Qt::UserRole, r.id);
        if (!r.consentToContact) {
            item->setForeground(6, Colours::text(Colours::Tone::Danger));
            setBold(item, 6);
        }
        item->setToolTip(4, flags.join(QStringLiteral(", ")));
    }
    finish(tree);
}

void PersonHistory::fillEpisodes(QTreeWidget *tree, const domain::PersonFile &file)
{
    tree->clear();
    tree->setRootIsDecorated(true);
    if (file.episodes.isEmpty())
        addPlaceholder(tree, tr("No support episodes yet."));
    auto episodes = file.episodes;
    std::sort(episodes.begin(), episodes.end(),
              [](const auto &a, const auto &b) { return a.openedAt > b.openedAt; });
    for (const auto &e : episodes) {
        QString closure;
        if (e.closedAt.isValid()) {
            closure = tr("Closed %1").arg(Format::localDate(e.closedAt));
            if (!e.closureReason.isEmpty())
                closure += kDot + Format::code(QStringLiteral("closure_reason"), e.closureReason);
            if (!e.closureApprovedBy.isEmpty())
                closure += kDot + tr("approved by %1").arg(userName(file, e.closureApprovedBy));
        }
        auto *item = new QTreeWidgetItem(
            tree, QStringList{tr("Opened %1").arg(Format::localDate(e.openedAt)),
                              Format::code(QStringLiteral("episode_status"), e.status),
                              userName(file, e.caseworkerId), closure});
        item->setData(0, Qt::UserRole, e.id);
        setBold(item, 0);
        setBold(item, 1);

        QStringList needs;
        for (auto it = e.needs.cbegin(); it != e.needs.cend(); ++it)
            if (it.value() != QLatin1String("none"))
                needs << tr("%1 %2", "need area, level")
                             .arg(Format::code(QStringLiteral("need_area"), it.key()),
                                  Format::code(QStringLiteral("need_level"), it.value()).toLower());
        addDetail(item, tr("Needs"), needs.isEmpty() ? tr("none assessed") : needs.join(kDot));

        if (!e.outcomes.isEmpty()) {
            QStringList outcomes;
            for (auto it = e.outcomes.cbegin(); it != e.outcomes.cend(); ++it)
                outcomes << tr("%1: %2", "outcome measure, result")
                                .arg(Format::code(QStringLiteral("outcome_measure"), it.key()),
                                     Format::code(QStringLiteral("outcome_result"), it.value())
                                         .toLower());
            addDetail(item, tr("Outcomes"), outcomes.join(kDot));
        }
        for (const auto &o : file.onwardReferrals) {
            if (o.episodeId != e.id)
                continue;
            const QString answer = !o.accepted.has_value() ? tr("awaiting reply")
                                   : *o.accepted           ? tr("accepted")
                                                           : tr("not accepted");
            addDetail(item, tr("Onward referral"),
                      tr("%1, %2, %3")
                          .arg(Format::code(QStringLiteral("agency"), o.agency),
                               Format::localDate(o.referredAt), answer));
        }
        if (e.referralIds.size() > 1)
            addDetail(item, tr("Referrals"),
                      tr("opened from %n referrals", nullptr, int(e.referralIds.size())));
    }
    finish(tree);
}

void PersonHistory::fillContacts(QTreeWidget *tree, const domain::PersonFile &file)
{
    tree->clear();
    tree->setRootIsDecorated(true);
    if (file.contacts.isEmpty())
        addPlaceholder(tree, tr("No contacts logged yet."));

    QHash<QString, const domain::Contact *> byId;
    for (const auto &c : file.contacts)
        byId.insert(c.id, &c);

    auto columns = [&](const domain::Contact &c) {
        return QStringList{
            Format::localDateTime(c.at),
            tr("%1, %2", "channel, direction")
                .arg(Format::code(QStringLiteral("channel"), c.channel),
                     Format::code(QStringLiteral("direction"), c.direction).toLower()),
            Format::code(QStringLiteral("contact_outcome"), c.outcome),
            c.durationMinutes > 0 ? tr("%n min", nullptr, c.durationMinutes) : QString(),
            userName(file, c.recordedBy),
            c.summary};
    };

    QHash<QString, QTreeWidgetItem *> items;
    // Originals first, in the file's order (newest first)...
    for (const auto &c : file.contacts) {
        if (!c.amends.isEmpty() && byId.contains(c.amends))
            continue;
        auto *item = new QTreeWidgetItem(tree, columns(c));
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(5, c.summary);
        if (!c.safetyOverride.isEmpty()) {
            // Made although a safety flag warned against it: say so, and why.
            item->setText(2, tr("%1 \u2014 despite safety flag").arg(item->text(2)));
            item->setToolTip(2,
                             tr("Made despite a safety-of-contact flag: %1").arg(c.safetyOverride));
            item->setForeground(2, Colours::text(Colours::Tone::Danger));
        }
        items.insert(c.id, item);
    }
    // ...then each correction beneath what it corrects, oldest correction first.
    for (auto it = file.contacts.crbegin(); it != file.contacts.crend(); ++it) {
        const auto &c = *it;
        if (c.amends.isEmpty() || !items.contains(c.amends))
            continue;
        auto *parent = items.value(c.amends);
        const auto *original = byId.value(c.amends);
        auto cols = columns(c);
        cols[0] = tr("Correction of contact on %1").arg(Format::localDate(original->at));
        auto *item = new QTreeWidgetItem(parent, cols);
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(
            0, tr("Recorded %1 by %2. The original entry above is kept as it was "
                  "first recorded.")
                   .arg(Format::localDateTime(c.recordedAt), userName(file, c.recordedBy)));
        item->setToolTip(5, c.summary);
        for (int col = 0; col < cols.size(); ++col)
            item->setForeground(col, Colours::text(Colours::Tone::Warning));
        setBold(item, 0);
        items.insert(c.id, item);
        constexpr int kCorrectedRole = Qt::UserRole + 1;
        if (!parent->data(0, kCorrectedRole).toBool()) {
            parent->setData(0, kCorrectedRole, true);
            parent->setText(0, tr("%1 (corrected)").arg(parent->text(0)));
            parent->setToolTip(0, tr("This contact was corrected later; the correction is "
                                     "shown beneath it."));
        }
    }
    finish(tree);
}

QString PersonHistory::contactDetail(const domain::PersonFile &file, const QString &contactId)
{
    const domain::Contact *contact = nullptr;
    for (const auto &c : file.contacts)
        if (c.id == contactId)
            contact = &c;
    if (!contact)
        return {};
    auto block = [&](const domain::Contact &c, const QString &heading) {
        QString html =
            QStringLiteral("<p style='margin:0'><b>%1</b></p>").arg(heading.toHtmlEscaped());
        QStringList facts{Format::code(QStringLiteral("channel"), c.channel) +
                              QStringLiteral(", ") +
                              Format::code(QStringLiteral("direction"), c.direction).toLower(),
                          Format::code(QStringLiteral("contact_outcome"), c.outcome)};
        if (c.durationMinutes > 0)
            facts << tr("%1 minutes").arg(c.durationMinutes);
        facts << tr("recorded by %1 on %2")
                     .arg(userName(file, c.recordedBy), Format::localDateTime(c.recordedAt));
        html +=
            QStringLiteral("<p style='margin:2px 0; color:%1'>%2</p>")
                .arg(Colours::text(Colours::Tone::Muted).name(), facts.join(kDot).toHtmlEscaped());
        if (!c.safetyOverride.isEmpty())
            html += QStringLiteral("<p style='margin:2px 0; color:%1'><b>%2</b></p>")
                        .arg(Colours::text(Colours::Tone::Danger).name(),
                             tr("Made despite a safety-of-contact flag: %1")
                                 .arg(c.safetyOverride)
                                 .toHtmlEscaped());
        html +=
            QStringLiteral("<p style='margin:4px 0 10px 0'>%1</p>")
                .arg(c.summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        return html;
    };
    // Show the original first, then every correction of it, oldest first.
    const domain::Contact *original = contact;
    if (!contact->amends.isEmpty())
        for (const auto &c : file.contacts)
            if (c.id == contact->amends)
                original = &c;
    QString html = block(*original, tr("Contact on %1").arg(Format::localDateTime(original->at)));
    for (auto it = file.contacts.crbegin(); it != file.contacts.crend(); ++it)
        if (it->amends == original->id)
            html += block(*it, tr("Correction of contact on %1, made %2")
                                   .arg(Format::localDate(original->at),
                                        Format::localDateTime(it->recordedAt)));
    return html;
}

void PersonHistory::fillTasks(QTreeWidget *tree, const domain::PersonFile &file)
{
    tree->clear();
    if (file.tasks.isEmpty())
        addPlaceholder(tree, tr("No tasks."));
    auto tasks = file.tasks;
    // Open tasks first, soonest due first; then done tasks, most recent first.
    std::sort(tasks.begin(), tasks.end(), [](const auto &a, const auto &b) {
        if (a.doneAt.isValid() != b.doneAt.isValid())
            return !a.doneAt.isValid();
        return a.doneAt.isValid() ? a.doneAt > b.doneAt : a.dueOn < b.dueOn;
    });
    for (const auto &t : tasks) {
        auto *item = new QTreeWidgetItem(
            tree, QStringList{Format::date(t.dueOn), t.title, userName(file, t.ownerId),
                              t.doneAt.isValid() ? tr("Done %1").arg(Format::localDate(t.doneAt))
                                                 : tr("Open")});
        item->setData(0, Qt::UserRole, t.id);
        if (t.doneAt.isValid())
            for (int col = 0; col < 4; ++col)
                item->setForeground(col, Colours::text(Colours::Tone::Muted));
        else
            setBold(item, 3);
    }
    finish(tree);
}

} // namespace hub::ui
