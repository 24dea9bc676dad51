#include "UiSettings.h"

namespace hub::ui {

namespace {
const QString kVersionKey = QStringLiteral("ui/version");
}

UiSettings::UiSettings()
{
    if (m_settings.value(kVersionKey, 0).toInt() != kVersion) {
        m_settings.remove(QStringLiteral("window"));
        m_settings.remove(QStringLiteral("lists"));
        m_settings.remove(QStringLiteral("help"));
        m_settings.remove(QStringLiteral("folders"));
        m_settings.setValue(kVersionKey, kVersion);
    }
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/geometry"), value);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/state"), value);
}

QByteArray UiSettings::headerState(const QString &list) const
{
    return m_settings.value(QStringLiteral("lists/%1/header").arg(list)).toByteArray();
}

void UiSettings::setHeaderState(const QString &list, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("lists/%1/header").arg(list), value);
}

QByteArray UiSettings::helpLayout(const QString &part) const
{
    return m_settings.value(QStringLiteral("help/%1").arg(part)).toByteArray();
}

void UiSettings::setHelpLayout(const QString &part, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("help/%1").arg(part), value);
}

QString UiSettings::lastFolder(const QString &purpose) const
{
    return m_settings.value(QStringLiteral("folders/%1").arg(purpose)).toString();
}

void UiSettings::setLastFolder(const QString &purpose, const QString &folder)
{
    m_settings.setValue(QStringLiteral("folders/%1").arg(purpose), folder);
}

} // namespace hub::ui
