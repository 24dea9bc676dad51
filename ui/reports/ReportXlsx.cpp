#include "ReportXlsx.h"

#include "Format.h"
#include "ReportLayout.h"
#include "ReportPdf.h"
#include "reports/ReportWriters.h"
#include "util/Time.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace hub::ui {

namespace {

// Column widths, in Excel's character units.
constexpr double kFigureWidth = 44;
constexpr double kPartWidth = 52;
constexpr double kValueWidth = 12;
constexpr double kCodeWidth = 30;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

// One worksheet being filled row by row; every write is checked, the first error kept.
class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, lxw_error &error) : m_sheet(sheet), m_error(error) {}

    void text(lxw_row_t row, lxw_col_t col, const QString &s, lxw_format *format = nullptr)
    {
        if (s.isEmpty() && !format)
            return;
        keep(worksheet_write_string(m_sheet, row, col, utf8(s).constData(), format));
    }
    void number(lxw_row_t row, lxw_col_t col, double n, lxw_format *format)
    {
        keep(worksheet_write_number(m_sheet, row, col, n, format));
    }
    void width(lxw_col_t col, double w, lxw_format *format = nullptr)
    {
        keep(worksheet_set_column(m_sheet, col, col, w, format));
    }
    lxw_worksheet *get() const { return m_sheet; }

private:
    void keep(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_worksheet *m_sheet;
    lxw_error &m_error;
};

// The value of a row as a number; a row's value is always a whole number as written.
double valueOf(const reports::MonthlyReport &report, const QString &path)
{
    double out = 0;
    reports::forEachValue(report, [&](const QString &figure, const QString &breakdown,
                                      const QString &value, bool isText) {
        if (!isText &&
            (breakdown.isEmpty() ? figure : figure + QLatin1Char('.') + breakdown) == path)
            out = value.toDouble();
    });
    return out;
}

} // namespace

QString ReportXlsx::sheetName(const QString &title, QStringList &taken)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\[\]:*?/\\])"));
    QString base = QString(title).replace(forbidden, QStringLiteral(" ")).simplified();
    // Excel refuses a name that starts or ends with an apostrophe.
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet");
    base.truncate(31);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    taken << name;
    return name;
}

Result<QByteArray> ReportXlsx::render(const reports::MonthlyReport &report, const QString &note)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Kind::Io,
                           tr("no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book)
        return Error::make(Error::Kind::Io, tr("the workbook could not be started"));

    lxw_error error = LXW_NO_ERROR;
    const QByteArray title = utf8(ReportPdf::title(report));
    const QByteArray creator = utf8(tr("Victims' Hub"));
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(creator.constData());
    workbook_set_properties(book, &properties);

    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_font_size(heading, 14);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xECF1F7);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *count = workbook_add_format(book);
    format_set_num_format(count, "#,##0");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);

    QStringList taken;
    auto addSheet = [&](const QString &name) {
        return Sheet(workbook_add_worksheet(book, utf8(sheetName(name, taken)).constData()), error);
    };

    // What was counted.
    {
        Sheet sheet = addSheet(tr("Report"));
        sheet.width(0, 26);
        sheet.width(1, 60);
        sheet.text(0, 0, ReportPdf::title(report), heading);
        const std::pair<QString, QString> about[] = {
            {tr("Months"), ReportLayout::periodTitle(report)},
            {tr("Team"),
             report.teamId.isEmpty() ? tr("All teams (the whole hub)") : report.teamName},
            {tr("Figures as of"),
             tr("%1 London time (%2)")
                 .arg(Format::localDateTime(report.asOf), util::toIsoUtc(report.asOf))},
            {tr("Note"), note},
        };
        lxw_row_t row = 2;
        for (const auto &[label, value] : about) {
            if (value.isEmpty())
                continue;
            sheet.text(row, 0, label, bold);
            sheet.text(row, 1, value);
            ++row;
        }
        sheet.text(row + 1, 0,
                   tr("One sheet per section of the report; the definitions are on the last "
                      "sheet."));
    }

    // One sheet per section: a header row, then one row per number.
    for (const auto &group : ReportLayout::groups(report)) {
        Sheet sheet = addSheet(group.title);
        const QString columns[] = {tr("Figure"), tr("Part"), tr("Value"), tr("Figure code"),
                                   tr("Part code")};
        for (int c = 0; c < 5; ++c)
            sheet.text(0, lxw_col_t(c), columns[c], header);
        sheet.width(0, kFigureWidth);
        sheet.width(1, kPartWidth);
        sheet.width(2, kValueWidth);
        sheet.width(3, kCodeWidth);
        sheet.width(4, kCodeWidth);
        lxw_row_t row = 1;
        auto line = [&](const FigureRow &figure, const FigureRow *part) {
            const FigureRow &r = part ? *part : figure;
            sheet.text(row, 0, ReportLayout::fullLabel(figure.figure));
            sheet.text(row, 1, part ? part->label : QString());
            sheet.number(row, 2, valueOf(report, r.path()), count);
            sheet.text(row, 3, figure.figure);
            sheet.text(row, 4, part ? part->breakdown : QString());
            ++row;
        };
        for (const auto &figure : group.rows) {
            if (figure.parts.isEmpty())
                line(figure, nullptr);
            for (const auto &part : figure.parts)
                line(figure, &part);
        }
        worksheet_freeze_panes(sheet.get(), 1, 0);
        if (error == LXW_NO_ERROR && row > 1)
            error = worksheet_autofilter(sheet.get(), 0, 0, row - 1, 4);
    }

    // The definitions in brief.
    {
        Sheet sheet = addSheet(tr("Definitions"));
        sheet.text(0, 0, tr("Figure"), header);
        sheet.text(0, 1, tr("Definition"), header);
        sheet.text(0, 2, tr("Figure code"), header);
        sheet.width(0, kFigureWidth);
        sheet.width(1, 90, wrap);
        sheet.width(2, kCodeWidth);
        lxw_row_t row = 1;
        for (const auto &key : ReportLayout::figureKeys()) {
            sheet.text(row, 0, ReportLayout::fullLabel(key), wrap);
            sheet.text(row, 1, ReportLayout::definition(key), wrap);
            sheet.text(row, 2, key);
            ++row;
        }
    }

    const lxw_error closed = workbook_close(book);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return Error::make(Error::Kind::Io, tr("the workbook could not be written: %1")
                                                .arg(QString::fromUtf8(lxw_strerror(error))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("the workbook could not be read back: %1").arg(file.errorString()));
    return file.readAll();
}

Status ReportXlsx::write(const QString &path, const reports::MonthlyReport &report,
                         const QString &note)
{
    auto bytes = render(report, note);
    if (!bytes.ok())
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
        !file.commit())
        return Error::make(Error::Kind::Io,
                           tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace hub::ui
