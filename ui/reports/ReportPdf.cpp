#include "ReportPdf.h"

#include "Format.h"
#include "ReportLayout.h"
#include "TrendChart.h"
#include "util/Time.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace hub::ui {

namespace {

constexpr int kDpi = 150;
const QColor kInk(0x1f, 0x2d, 0x3d);
const QColor kMuted(0x5a, 0x66, 0x75);
const QColor kRule(0xc9, 0xd1, 0xdb);
const QColor kBand(0xec, 0xf1, 0xf7);

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Places blocks down the page in columns, starting a new page (with its footer) when
// the last column is full.
class Flow
{
public:
    Flow(QPdfWriter &writer, std::function<void(int)> footer)
        : m_writer(writer), m_footer(std::move(footer))
    {
        m_width = writer.width();
        m_bottom = writer.height() - mm(10);
        m_footer(m_page);
    }

    double width() const { return m_width; }
    double y() const { return m_y; }
    double columnWidth() const { return (m_width - m_gap * (m_columns - 1)) / m_columns; }

    void setColumns(int columns)
    {
        m_y = m_maxY;
        m_top = m_y;
        m_columns = columns;
        m_column = 0;
    }
    void space(double h)
    {
        m_y += h;
        m_maxY = std::max(m_maxY, m_y);
    }
    // Moves on to the next column or page unless `h` fits below.
    void need(double h)
    {
        if (m_y + h <= m_bottom)
            return;
        if (m_column + 1 < m_columns) {
            ++m_column;
            m_y = m_top;
            return;
        }
        m_writer.newPage();
        m_footer(++m_page);
        m_y = m_top = m_maxY = 0;
        m_column = 0;
    }
    QRectF take(double h)
    {
        need(h);
        const QRectF r(m_column * (columnWidth() + m_gap), m_y, columnWidth(), h);
        space(h);
        return r;
    }

private:
    QPdfWriter &m_writer;
    std::function<void(int)> m_footer;
    double m_width = 0, m_bottom = 0, m_y = 0, m_maxY = 0, m_top = 0;
    double m_gap = mm(8);
    int m_columns = 1, m_column = 0, m_page = 1;
};

// A figure's row: the label wrapped (never cut short) in the width left of the value, so
// two rows whose labels begin alike ("...: improved", "...: assessed") never print alike.
struct RowStyle
{
    double indent;
    bool strong;
    double minHeight;
};

QRectF labelRect(const QRectF &r, const RowStyle &style)
{
    return r.adjusted(style.indent, 0, -mm(13), 0);
}

double rowHeight(QPainter &p, double width, const QString &label, const RowStyle &style)
{
    p.setFont(font(style.strong ? 9 : 8, style.strong));
    const QRectF room = labelRect(QRectF(0, 0, width, 10000), style);
    const QRectF used =
        p.fontMetrics().boundingRect(room.toRect(), Qt::AlignLeft | Qt::TextWordWrap, label);
    return std::max(style.minHeight, used.height() + mm(1.6));
}

void drawRow(QPainter &p, const QRectF &r, const QString &label, const QString &value,
             const RowStyle &style)
{
    p.setFont(font(style.strong ? 9 : 8, style.strong));
    p.setPen(style.strong ? kInk : kMuted);
    p.drawText(labelRect(r, style), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, value);
    p.setPen(QPen(kRule, 0.6));
    p.drawLine(r.adjusted(style.indent, 0, 0, 0).bottomLeft(), r.bottomRight());
}

// Text wrapped to the width of `flow`'s column, taking the height it needs.
void drawWrapped(QPainter &p, Flow &flow, const QString &text, int flags, double lineFactor)
{
    const QRectF used = p.fontMetrics().boundingRect(QRect(0, 0, int(flow.columnWidth()), 10000),
                                                     Qt::TextWordWrap, text);
    const double h = std::max(used.height(), p.fontMetrics().height() * 1.0) * lineFactor;
    p.drawText(flow.take(h), flags | Qt::TextWordWrap, text);
}

} // namespace

QString ReportPdf::title(const reports::MonthlyReport &report)
{
    const QString period = ReportLayout::periodTitle(report);
    if (report.teamId.isEmpty())
        return tr("Monthly support counts: %1").arg(period);
    return tr("Monthly support counts: %1, %2").arg(period, report.teamName);
}

QByteArray ReportPdf::render(const ReportPdfContent &content)
{
    const auto &report = content.report;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(title(report));
    writer.setCreator(tr("Victims' Hub"));

    QPainter p(&writer);
    p.setRenderHint(QPainter::Antialiasing);
    const QString heading = title(report);
    Flow flow(writer, [&](int page) {
        p.save();
        p.setFont(font(7.5));
        p.setPen(kMuted);
        const QRectF footer(0, writer.height() - mm(6), writer.width(), mm(6));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("Victims' Hub · %1").arg(heading));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(page));
        p.restore();
    });

    // Title, as of, and the note.
    p.setFont(font(18, true));
    p.setPen(kInk);
    drawWrapped(p, flow, heading, Qt::AlignLeft | Qt::AlignVCenter, 1.2);
    p.setFont(font(9.5));
    p.setPen(kMuted);
    drawWrapped(p, flow,
                tr("Figures as of %1 London time (%2)")
                    .arg(Format::localDateTime(report.asOf), util::toIsoUtc(report.asOf)),
                Qt::AlignLeft | Qt::AlignVCenter, 1.3);
    drawWrapped(
        p, flow,
        report.teamId.isEmpty()
            ? tr("All teams (the whole hub)")
            : tr("Team: %1 (what counts for a team: see the counting rules)").arg(report.teamName),
        Qt::AlignLeft | Qt::AlignVCenter, 1.3);
    if (!content.note.isEmpty())
        drawWrapped(p, flow, content.note, Qt::AlignLeft | Qt::AlignVCenter, 1.3);
    flow.space(mm(3));

    // The trend chart, drawn at screen size and scaled onto the page.
    {
        const QRectF target = flow.take(mm(82));
        QGraphicsScene scene;
        QChart *chart = TrendChart::build(content.trend, true);
        scene.addItem(chart);
        const QRectF source(0, 0, 780, 340);
        chart->setGeometry(source);
        scene.setSceneRect(source);
        chart->layout()->activate();
        scene.render(&p, target, source, Qt::KeepAspectRatio);
    }
    flow.space(mm(4));

    // The figures, in two columns.
    p.setFont(font(9));
    const double rowH = p.fontMetrics().height() * 1.45;
    flow.setColumns(2);
    for (const auto &group : ReportLayout::groups(report)) {
        flow.need(rowH * 3);
        const QRectF band = flow.take(rowH * 1.2);
        p.fillRect(band, kBand);
        p.setFont(font(10, true));
        p.setPen(kInk);
        p.drawText(band.adjusted(mm(1.5), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, group.title);
        const RowStyle figureStyle{mm(1.5), true, rowH};
        const RowStyle partStyle{mm(5.5), false, rowH * 0.92};
        const double width = flow.columnWidth();
        for (const auto &row : group.rows) {
            flow.need(rowH * std::min<qsizetype>(row.parts.size() + 1, 3));
            drawRow(p, flow.take(rowHeight(p, width, row.label, figureStyle)), row.label, row.value,
                    figureStyle);
            for (const auto &part : row.parts)
                drawRow(p, flow.take(rowHeight(p, width, part.label, partStyle)), part.label,
                        part.value, partStyle);
        }
        flow.space(mm(2));
    }

    // The definitions in brief, going on in the same columns.
    flow.space(mm(3));
    p.setFont(font(10, true));
    flow.need(mm(24));
    const QRectF band = flow.take(rowH * 1.2);
    p.fillRect(band, kBand);
    p.setPen(kInk);
    p.drawText(band.adjusted(mm(1.5), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Definitions"));
    flow.space(mm(1.5));
    for (const auto &key : ReportLayout::figureKeys()) {
        const QString text = ReportLayout::definition(key);
        p.setFont(font(8.5));
        const QRectF measure = p.fontMetrics().boundingRect(
            QRect(0, 0, int(flow.columnWidth()), 10000), Qt::TextWordWrap, text);
        p.setFont(font(8.5, true));
        const QString label = ReportLayout::fullLabel(key);
        const double labelH =
            p.fontMetrics()
                .boundingRect(QRect(0, 0, int(flow.columnWidth()), 10000), Qt::TextWordWrap, label)
                .height() *
            1.15;
        const QRectF r = flow.take(labelH + measure.height() + mm(2));
        p.setPen(kInk);
        p.drawText(QRectF(r.left(), r.top(), r.width(), labelH),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        p.setFont(font(8.5));
        p.setPen(kMuted);
        p.drawText(QRectF(r.left(), r.top() + labelH, r.width(), measure.height() + mm(1)),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    p.end();
    return bytes;
}

Status ReportPdf::write(const QString &path, const ReportPdfContent &content)
{
    const QByteArray bytes = render(content);
    if (bytes.isEmpty())
        return Error::make(Error::Kind::Io, tr("the PDF could not be drawn"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io,
                           tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace hub::ui
