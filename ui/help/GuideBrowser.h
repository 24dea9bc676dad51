#pragma once

#include <QHash>
#include <QList>
#include <QSize>
#include <QTextBrowser>

namespace hub::ui {

// The user guide (docs/USER_GUIDE.md, compiled into the app) rendered from its Markdown,
// pictures included. Every heading gets the anchor GitHub gives it ("The lock" is #the-lock),
// so the guide's own links, the F1 map (help/HelpTopics.h) and a link on GitHub all name a
// section the same way. Pictures shrink to the width of the window, never grow.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    struct Heading
    {
        int level = 0;
        QString text;
        QString anchor;
        int position = 0; // where the heading starts in the document
    };

    explicit GuideBrowser(QWidget *parent = nullptr);

    // qrc:/help/USER_GUIDE.md, with `anchor` as its fragment when given.
    static QUrl guideUrl(const QString &anchor = {});
    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
    static QString anchorOf(const QString &heading);

    // The headings of the loaded guide, in order.
    QList<Heading> headings() const;
    bool hasAnchor(const QString &anchor) const;
    // The anchor of the section shown at the top of the view (the last heading above it).
    QString anchorAtTop() const;
    // Whether the heading of `anchor` is in view.
    bool showsHeading(const QString &anchor) const;
    // The pictures the guide shows, by the name it gives them, with whether each loaded.
    QHash<QString, bool> images() const;

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Names the headings and fits the pictures of a guide (re)loaded.
    void prepare();
    bool headingsNamed() const;
    void nameHeadings();
    void fitImages();

    QList<Heading> m_headings;
    QHash<QString, QSize> m_imageSizes;
    int m_fittedWidth = -1;
};

} // namespace hub::ui
