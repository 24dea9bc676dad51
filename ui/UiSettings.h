#pragma once

#include <QByteArray>
#include <QSettings>

namespace hub::ui {

// The window's remembered layout, through one typed wrapper over QSettings. Only layout
// lives here: never a password, key or personal data.
class UiSettings
{
public:
    UiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    // A list's column widths and order, by the list's objectName.
    QByteArray headerState(const QString &list) const;
    void setHeaderState(const QString &list, const QByteArray &value);
    // The Help window's size and the split between its contents and the guide, by `part`.
    QByteArray helpLayout(const QString &part) const;
    void setHelpLayout(const QString &part, const QByteArray &value);
    // The folder a file was last opened from, by what it was for (e.g. "referralImport"):
    // a folder name, never a file's contents.
    QString lastFolder(const QString &purpose) const;
    void setLastFolder(const QString &purpose, const QString &folder);

private:
    // Bumped when a stored layout can no longer be read; older layouts are then dropped.
    static constexpr int kVersion = 1;
    mutable QSettings m_settings;
};

} // namespace hub::ui
