#pragma once

#include <QString>

namespace hub::ui {

// A service's message ("wrong username or password") as a sentence for a dialog.
inline QString asSentence(const QString &message)
{
    if (message.isEmpty())
        return message;
    QString out = message.left(1).toUpper() + message.mid(1);
    if (!out.endsWith(QLatin1Char('.')) && !out.endsWith(QLatin1Char('?')) &&
        !out.endsWith(QLatin1Char('!')))
        out += QLatin1Char('.');
    return out;
}

} // namespace hub::ui
