#include "GuideBrowser.h"

#include "HelpResources.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>

#include <algorithm>

namespace hub::ui {

namespace {
// Room beside a picture, so that it never needs a horizontal scroll bar.
constexpr int kImageMargin = 24;
} // namespace

GuideBrowser::GuideBrowser(QWidget *parent) : QTextBrowser(parent)
{
    initHelpResources();
    setObjectName(QStringLiteral("guideBrowser"));
    document()->setUndoRedoEnabled(false);
    // Tab moves on to the next control, not from link to link: the sections are reached from
    // Contents, and arrows and Page Up / Page Down scroll.
    setTabChangesFocus(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    setOpenExternalLinks(true);
    // Qt loads the guide again after it was changed (the anchors and the pictures' sizes set
    // here), also on Back and Forward, which do not pass through doSetSource.
    connect(this, &QTextBrowser::sourceChanged, this, &GuideBrowser::prepare);
}

QUrl GuideBrowser::guideUrl(const QString &anchor)
{
    QUrl url(QStringLiteral("qrc:/help/USER_GUIDE.md"));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString GuideBrowser::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QList<GuideBrowser::Heading> GuideBrowser::headings() const
{
    return m_headings;
}

bool GuideBrowser::hasAnchor(const QString &anchor) const
{
    return std::any_of(m_headings.cbegin(), m_headings.cend(),
                       [&](const Heading &h) { return h.anchor == anchor; });
}

QString GuideBrowser::anchorAtTop() const
{
    const auto *layout = document()->documentLayout();
    const int top = verticalScrollBar()->value();
    QString anchor;
    for (const auto &h : m_headings) {
        if (layout->blockBoundingRect(document()->findBlock(h.position)).top() > top + 4)
            break;
        anchor = h.anchor;
    }
    return anchor;
}

bool GuideBrowser::showsHeading(const QString &anchor) const
{
    for (const auto &h : m_headings) {
        if (h.anchor != anchor)
            continue;
        const QRectF rect =
            document()->documentLayout()->blockBoundingRect(document()->findBlock(h.position));
        const QRectF view(0, verticalScrollBar()->value(), viewport()->width(),
                          viewport()->height());
        return view.contains(rect.topLeft()) && rect.top() + rect.height() / 2 < view.bottom();
    }
    return false;
}

QHash<QString, bool> GuideBrowser::images() const
{
    QHash<QString, bool> out;
    for (auto block = document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const auto format = it.fragment().charFormat(); format.isImageFormat()) {
                const auto name = format.toImageFormat().name();
                out.insert(name, !m_imageSizes.value(name).isEmpty());
            }
    return out;
}

void GuideBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    QTextBrowser::doSetSource(name, type);
    // Qt has tried to scroll to the anchor before it existed.
    prepare();
    if (name.hasFragment())
        scrollToAnchor(name.fragment());
}

void GuideBrowser::prepare()
{
    if (headingsNamed())
        return;
    nameHeadings();
    m_fittedWidth = -1;
    fitImages();
}

bool GuideBrowser::headingsNamed() const
{
    if (m_headings.isEmpty())
        return false;
    const auto &first = m_headings.first();
    const QTextBlock block = document()->findBlock(first.position);
    if (!block.isValid() || block.position() != first.position || block.begin().atEnd())
        return false;
    return block.begin().fragment().charFormat().anchorNames().contains(first.anchor);
}

void GuideBrowser::nameHeadings()
{
    m_headings.clear();
    QHash<QString, int> seen;
    for (auto block = document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QString anchor = anchorOf(block.text());
        // GitHub numbers a repeated heading: name, name-1, name-2...
        if (const int repeats = seen[anchor]++; repeats > 0)
            anchor += QStringLiteral("-%1").arg(repeats);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        m_headings.append({level, block.text(), anchor, block.position()});
    }
}

void GuideBrowser::fitImages()
{
    const int width =
        std::max(160, viewport()->width() - 2 * int(document()->documentMargin()) - kImageMargin);
    if (width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    // What is at the top now stays at the top once the pictures change size.
    const QTextBlock top = cursorForPosition(QPoint(0, 0)).block();
    const int topOffset = verticalScrollBar()->value() -
                          int(document()->documentLayout()->blockBoundingRect(top).top());

    struct Picture
    {
        int position;
        QTextImageFormat format;
    };
    QList<Picture> pictures;
    for (auto block = document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const auto format = it.fragment().charFormat(); format.isImageFormat())
                pictures.append({it.fragment().position(), format.toImageFormat()});
    for (auto &picture : pictures) {
        const auto name = picture.format.name();
        if (!m_imageSizes.contains(name)) {
            const auto resource = loadResource(QTextDocument::ImageResource, QUrl(name));
            QImage image;
            if (resource.canConvert<QByteArray>())
                image.loadFromData(resource.toByteArray());
            m_imageSizes.insert(name, image.size());
        }
        const QSize natural = m_imageSizes.value(name);
        if (!natural.isValid() || natural.isEmpty())
            continue;
        const int w = std::min(natural.width(), width);
        picture.format.setWidth(w);
        picture.format.setHeight(qreal(natural.height()) * w / natural.width());
        QTextCursor cursor(document());
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture.format);
    }
    if (top.isValid())
        verticalScrollBar()->setValue(
            int(document()->documentLayout()->blockBoundingRect(top).top()) + topOffset);
}

void GuideBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_headings.isEmpty())
        QTimer::singleShot(0, this, &GuideBrowser::fitImages);
}

} // namespace hub::ui
