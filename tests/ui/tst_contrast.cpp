#include "MainWindow.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "models/MyCaseloadModel.h"
#include "services/CaseService.h"
#include "store/Repositories.h"
#include "util/Time.h"
#include "widgets/Appearance.h"
#include "widgets/Colours.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace hub;
using ui::Colours;

// The colours a user reads, measured as WCAG 2 contrast ratios on the app's own lists and
// labels with a synthetic demo caseload: text 4.5:1 and marks (the safety dot) 3:1 against
// the backgrounds they are drawn on, plain, alternate and selected rows; the red dot and
// the clock's colours said in words too. Then the same screens under a high-contrast palette
// and a larger font: the app's colours give way to the palette's and nothing stays small.
class TestContrast : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    QPalette m_default;
    QFont m_defaultFont;

    domain::Actor actor(const char *username)
    {
        auto user = store::UserRepository(m_db->db()).byUsername(QString::fromLatin1(username));
        if (!user.ok())
            qFatal("no demo user %s", username);
        return domain::Actor{user->id, user->role, user->teamId, QStringLiteral("test-pc")};
    }

    // `check` on what shows, and on each tab of every tab widget shown.
    static void eachTab(QWidget *window, const QString &where,
                        const std::function<void(QWidget *, const QString &)> &check)
    {
        QCoreApplication::processEvents();
        check(window, where);
        for (auto *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int t = 0; t < tabs->count(); ++t) {
                if (t == current)
                    continue;
                tabs->setCurrentIndex(t);
                QCoreApplication::processEvents();
                check(window, QStringLiteral("%1, tab '%2'").arg(where, tabs->tabText(t)));
            }
            tabs->setCurrentIndex(current);
        }
    }

    // Every page and tab of the window of each role, and a person's record, with `check`
    // run on each once it is shown. With HUB_SCREENSHOT_DIR set, the caseworker's first
    // page is saved there as `shot`.png unless that is empty (docs/USER_GUIDE.md,
    // "Accessibility").
    void everyScreen(const std::function<void(QWidget *, const QString &)> &check,
                     const QString &shot)
    {
        for (const char *username : {"cw.peterborough.1", "sup.peterborough", "admin"}) {
            ui::MainWindow window(*m_services, *m_cases, actor(username));
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
                window.showPage(page);
                eachTab(&window,
                        QStringLiteral("%1, page %2").arg(QLatin1String(username)).arg(page),
                        check);
            }
        }
        // A person's record, one of the worker's own people with a safety-of-contact limit.
        ui::MainWindow window(*m_services, *m_cases, actor("cw.peterborough.1"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("myCaseloadView"));
        QVERIFY(list);
        int limited = -1;
        for (int r = 0; r < list->model()->rowCount() && limited < 0; ++r)
            if (list->model()->index(r, 0).data(ui::MyCaseloadModel::SafetyLimitsRole).toBool())
                limited = r;
        QVERIFY(limited >= 0);
        const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (!dir.isEmpty() && !shot.isEmpty()) {
            // Selected, to show the safety dot on the selection colour.
            list->setFocus();
            list->setCurrentIndex(list->model()->index(limited, 0));
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(dir + QLatin1Char('/') + shot + QStringLiteral(".png")));
        }
        window.openPerson(
            list->model()->index(limited, 0).data(ui::MyCaseloadModel::PersonIdRole).toString());
        eachTab(&window, QStringLiteral("person record"), check);
    }

    static QColor cellForeground(const QModelIndex &index, const QPalette &palette)
    {
        const auto v = index.data(Qt::ForegroundRole);
        if (v.canConvert<QBrush>() && v.value<QBrush>().style() != Qt::NoBrush)
            return v.value<QBrush>().color();
        if (v.canConvert<QColor>() && v.value<QColor>().isValid())
            return v.value<QColor>();
        return palette.color(QPalette::Text);
    }

    static QColor cellBackground(const QModelIndex &index, const QColor &row)
    {
        const auto v = index.data(Qt::BackgroundRole);
        if (v.canConvert<QBrush>() && v.value<QBrush>().style() != Qt::NoBrush)
            return v.value<QBrush>().color();
        return row;
    }

    // The colours at the edge of an icon's mark (opaque pixels beside a see-through or
    // antialiased one):
    // what has to stand out from the row behind it.
    static QList<QColor> edgeColours(const QIcon &icon, QIcon::Mode mode)
    {
        const QImage image =
            icon.pixmap(QSize(16, 16), mode).toImage().convertToFormat(QImage::Format_ARGB32);
        QList<QColor> edge;
        for (int y = 1; y + 1 < image.height(); ++y)
            for (int x = 1; x + 1 < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) < 255)
                    continue;
                const bool border =
                    qAlpha(image.pixel(x - 1, y)) < 255 || qAlpha(image.pixel(x + 1, y)) < 255 ||
                    qAlpha(image.pixel(x, y - 1)) < 255 || qAlpha(image.pixel(x, y + 1)) < 255;
                if (border)
                    edge << QColor(image.pixel(x, y));
            }
        return edge;
    }

    static bool blank(const QIcon &icon)
    {
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return false;
        return true;
    }

    // The lists on screen: every cell's words against its row, plain, alternate and
    // selected; the dot against the row; a colour or dot always said in words too.
    static void checkLists(QWidget *window, const QString &where, int *cells, int *dots)
    {
        for (auto *view : window->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->isEnabled() || !view->model())
                continue;
            const QPalette palette = view->palette();
            auto *model = view->model();
            const int rows = std::min(model->rowCount(), 200);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const auto index = model->index(r, c);
                    const QColor rowColour =
                        view->property("alternatingRowColors").toBool() && r % 2 == 1
                            ? palette.color(QPalette::AlternateBase)
                            : palette.color(QPalette::Base);
                    const QColor fg = cellForeground(index, palette);
                    const QColor bg = cellBackground(index, rowColour);
                    const auto text = index.data(Qt::DisplayRole).toString();
                    const QString cell = QStringLiteral("%1: %2 row %3 column %4 '%5'")
                                             .arg(where, view->objectName())
                                             .arg(r)
                                             .arg(c)
                                             .arg(text);
                    ++*cells;
                    if (!text.isEmpty())
                        QVERIFY2(Colours::contrast(fg, bg) >= Colours::kTextRatio,
                                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                .arg(cell, fg.name(), bg.name())
                                                .arg(Colours::contrast(fg, bg), 0, 'f', 2)));
                    const auto hasColour = index.data(Qt::ForegroundRole).isValid();
                    const auto spoken = index.data(Qt::AccessibleTextRole).toString();
                    if (hasColour)
                        QVERIFY2(!text.isEmpty() || !spoken.isEmpty(),
                                 qPrintable(cell + QStringLiteral(": a colour without words")));
                    const auto decoration = index.data(Qt::DecorationRole);
                    if (!decoration.canConvert<QIcon>())
                        continue;
                    const auto icon = decoration.value<QIcon>();
                    if (icon.isNull() || blank(icon))
                        continue;
                    ++*dots;
                    QVERIFY2(spoken.contains(QLatin1String("safety"), Qt::CaseInsensitive) ||
                                 text.contains(QLatin1String("safety"), Qt::CaseInsensitive),
                             qPrintable(cell + QStringLiteral(": the dot is not said in words (") +
                                        spoken + QLatin1Char(')')));
                    for (const auto &[mode, behind] :
                         {std::pair{QIcon::Normal, bg},
                          std::pair{QIcon::Selected, palette.color(QPalette::Highlight)},
                          std::pair{QIcon::Selected,
                                    palette.color(QPalette::Inactive, QPalette::Highlight)}}) {
                        const auto edge = edgeColours(icon, mode);
                        QVERIFY2(!edge.isEmpty(), qPrintable(cell));
                        for (const auto &e : edge)
                            QVERIFY2(Colours::contrast(e, behind) >= Colours::kIndicatorRatio,
                                     qPrintable(QStringLiteral("%1: dot edge %2 on %3 is %4:1")
                                                    .arg(cell, e.name(), behind.name())
                                                    .arg(Colours::contrast(e, behind), 0, 'f', 2)));
                    }
                }
            }
            // A selected row is drawn in the palette's selection colours.
            for (const auto group : {QPalette::Active, QPalette::Inactive})
                QVERIFY2(Colours::contrast(palette.color(group, QPalette::HighlightedText),
                                           palette.color(group, QPalette::Highlight)) >=
                             Colours::kTextRatio,
                         qPrintable(where + QStringLiteral(": selected rows")));
        }
    }

    // The words of every label on screen against what is behind them.
    static void checkLabels(QWidget *window, const QString &where, int *labels)
    {
        for (auto *label : window->findChildren<QLabel *>()) {
            // Disabled controls are exempt (WCAG 1.4.3).
            if (!label->isVisible() || !label->isEnabled() || label->text().isEmpty() ||
                !label->pixmap().isNull())
                continue;
            label->ensurePolished();
            const auto palette = label->palette();
            const QColor fg = palette.color(label->foregroundRole());
            const QColor bg = palette.color(label->backgroundRole());
            ++*labels;
            QVERIFY2(Colours::contrast(fg, bg) >= Colours::kTextRatio,
                     qPrintable(QStringLiteral("%1: label %2 '%3': %4 on %5 is %6:1")
                                    .arg(where, label->objectName(), label->text().left(40),
                                         fg.name(), bg.name())
                                    .arg(Colours::contrast(fg, bg), 0, 'f', 2)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of a test user
        QSettings().remove(QStringLiteral("appearance"));
        m_default = QApplication::palette();
        m_defaultFont = QApplication::font();
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        demo::DemoOptions options;
        options.people = 240;
        options.months = 3;
        options.seed = 7;
        options.until = QDate(2026, 6, 10);
        options.notAfter = QDateTime(QDate(2026, 6, 10), QTime(10, 0), Qt::UTC);
        QVERIFY(demo::generate(m_db->db(), options).ok());
        m_clock = std::make_unique<util::FixedClock>(options.notAfter);
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_cases = std::make_unique<services::CaseService>(m_db->db());
    }

    void wcagRatios()
    {
        QCOMPARE(qRound(Colours::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(Colours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        // The grey "None" and the dot on a selected row as they were: too faint.
        QVERIFY(Colours::contrast(QColor(0x6b, 0x72, 0x80), QColor(0xe8, 0xe8, 0xe8)) < 4.5);
        QVERIFY(Colours::contrast(QColor(0xb3, 0x26, 0x1e), m_default.color(QPalette::Highlight)) <
                3.0);
    }

    // Every colour the app adds, against every background of the default palette.
    void appColoursMeetTheRatios()
    {
        using T = Colours::Tone;
        QVERIFY(!Colours::highContrast(m_default));
        for (const auto tone : {T::Danger, T::Warning, T::Success, T::Muted, T::Ink})
            for (const auto group : {QPalette::Active, QPalette::Inactive})
                for (const auto role :
                     {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                    const auto bg = m_default.color(group, role);
                    QVERIFY(Colours::contrast(Colours::text(tone), bg) >= Colours::kTextRatio);
                    QVERIFY(Colours::contrast(Colours::indicator(tone), bg) >=
                            Colours::kIndicatorRatio);
                }
    }

    void listsAndLabelsInTheDefaultPalette()
    {
        int cells = 0, dots = 0, labels = 0;
        everyScreen(
            [&](QWidget *window, const QString &where) {
                checkLists(window, where, &cells, &dots);
                checkLabels(window, where, &labels);
            },
            QStringLiteral("h13-a11y-caseload"));
        qInfo("checked %d cells, %d safety dots and %d labels", cells, dots, labels);
        QVERIFY(cells > 1000);
        QVERIFY(dots > 10);
        QVERIFY(labels > 50);
    }

    // Whether the left edge of `area` in `w`, halfway down, has a mark (a frame, a box)
    // that stands out 3:1 from `window` (WCAG 1.4.11, non-text contrast).
    static bool leftEdgeShows(QWidget *w, const QRect &area, const QColor &window)
    {
        const QImage image = w->grab(area).toImage();
        for (int x = 0; x < std::min(3, image.width()); ++x)
            if (Colours::contrast(QColor(image.pixel(x, image.height() / 2)), window) >= 3.0)
                return true;
        return false;
    }

    // Text boxes and check boxes show their frame and box on the palette's window.
    static void checkControlEdges(QWidget *window, const QString &where, int *edges)
    {
        const QColor back = window->palette().color(QPalette::Window);
        for (auto *edit : window->findChildren<QLineEdit *>()) {
            if (!edit->isVisible() || !edit->isEnabled() || !edit->hasFrame())
                continue;
            ++*edges;
            QVERIFY2(leftEdgeShows(edit, edit->rect(), back),
                     qPrintable(where + QStringLiteral(": text box without a visible frame: ") +
                                edit->objectName()));
        }
        for (auto *box : window->findChildren<QCheckBox *>()) {
            if (!box->isVisible() || !box->isEnabled())
                continue;
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator =
                box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            ++*edges;
            QVERIFY2(leftEdgeShows(box, indicator, back),
                     qPrintable(where + QStringLiteral(": check box without a visible box: ") +
                                box->objectName()));
        }
    }

    // Under a high-contrast palette `hc` and a font of `points`: no widget keeps a colour of
    // its own, labels read at 7:1, list cells in the palette's text, nothing stays small.
    void checkHighContrast(const QPalette &hc, qreal points, const QString &shot)
    {
        QVERIFY(Colours::highContrast());
        static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{3,8}\\b|rgba?\\("));
        int cells = 0, dots = 0, labels = 0, edges = 0;
        everyScreen(
            [&](QWidget *window, const QString &where) {
                checkLists(window, where, &cells, &dots);
                checkLabels(window, where, &labels);
                checkControlEdges(window, where, &edges);
                for (auto *w : window->findChildren<QWidget *>()) {
                    if (!w->isVisible())
                        continue;
                    QVERIFY2(!hex.match(w->styleSheet()).hasMatch(),
                             qPrintable(QStringLiteral("%1: %2 keeps its own colours: %3")
                                            .arg(where, w->objectName(), w->styleSheet())));
                    if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                        qobject_cast<QAbstractItemView *>(w))
                        QVERIFY2(w->font().pointSizeF() >= points * 0.84,
                                 qPrintable(QStringLiteral("%1: %2 '%3' is %4 pt")
                                                .arg(where, w->objectName(),
                                                     QLatin1String(w->metaObject()->className()))
                                                .arg(w->font().pointSizeF())));
                    if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty())
                        QVERIFY2(
                            Colours::contrast(label->palette().color(label->foregroundRole()),
                                              label->palette().color(label->backgroundRole())) >=
                                7.0,
                            qPrintable(where + QStringLiteral(": label ") + label->objectName()));
                }
                for (auto *view : window->findChildren<QAbstractItemView *>()) {
                    if (!view->isVisible() || !view->model())
                        continue;
                    for (int r = 0; r < std::min(view->model()->rowCount(), 50); ++r)
                        for (int c = 0; c < view->model()->columnCount(); ++c) {
                            QCOMPARE(cellForeground(view->model()->index(r, c), hc),
                                     hc.color(QPalette::Text));
                        }
                }
            },
            shot);
        QVERIFY(!hex.match(qApp->styleSheet()).hasMatch());
        QVERIFY(cells > 1000);
        QVERIFY(edges > 10);
    }

    // The system's high-contrast theme (yellow on black) and a larger font (the platform's palette
    // and font, as QApplication holds them): the app's own colours give way to the palette's, the
    // words are as large as the system's.
    void followsTheSystemsHighContrastAndFontSize()
    {
        // Yellow on black, as the system's theme rather than the app's white on black.
        QPalette hc = ui::Appearance::highContrastPalette();
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            for (const auto group : {QPalette::Active, QPalette::Inactive})
                hc.setColor(group, role, QColor(0xff, 0xff, 0x00));
        QApplication::setPalette(hc);
        QFont large = m_defaultFont;
        large.setPointSizeF(16);
        QApplication::setFont(large);
        checkHighContrast(hc, 16, QString());
        QApplication::setPalette(m_default);
        QApplication::setFont(m_defaultFont);
    }

    // The user's own choice (View > High contrast, Larger text), kept in the settings: the
    // next start applies it over the platform's palette and font; turning it off gives the
    // platform's back.
    void followsTheUsersSetting()
    {
        QCOMPARE(ui::Appearance::stored().highContrast, false);
        QCOMPARE(ui::Appearance::stored().textPercent, 100);
        ui::Appearance::store({true, 150});
        ui::Appearance::apply(ui::Appearance::stored()); // as victimshub starts
        const qreal points = m_defaultFont.pointSizeF() * 1.5;
        QCOMPARE(QApplication::font().pointSizeF(), points);
        checkHighContrast(ui::Appearance::highContrastPalette(), points,
                          QStringLiteral("h13-a11y-caseload-high-contrast"));

        // Both off again from the View menu.
        ui::MainWindow window(*m_services, *m_cases, actor("cw.peterborough.1"));
        auto *contrast = window.findChild<QAction *>(QStringLiteral("highContrastAction"));
        auto *larger = window.findChild<QAction *>(QStringLiteral("largerTextAction"));
        QVERIFY(contrast && larger);
        QVERIFY(contrast->isChecked() && larger->isChecked());
        contrast->trigger();
        larger->trigger();
        QCOMPARE(ui::Appearance::stored().highContrast, false);
        QCOMPARE(ui::Appearance::stored().textPercent, 100);
        QVERIFY(!Colours::highContrast());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 m_default.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_default.color(QPalette::Text));
        QCOMPARE(QApplication::font().pointSizeF(), m_defaultFont.pointSizeF());
    }

    void cleanupTestCase()
    {
        m_cases.reset();
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
