#include "PostcodeChoice.h"

#include "domain/Postcode.h"

#include <QLineEdit>

namespace hub::ui {

PostcodeChoice::PostcodeChoice(QLineEdit *postcode, const QString &text, QWidget *parent)
    : QCheckBox(text, parent), m_postcode(postcode)
{
    setObjectName(QStringLiteral("noFixedAbodeCheck"));
    setAccessibleName(QString(text).remove(QLatin1Char('&')));
    setToolTip(tr("For someone with no UK postcode: no fixed abode, or living abroad"));
    connect(this, &QCheckBox::toggled, m_postcode, [this](bool on) {
        m_postcode->setEnabled(!on);
        if (!on)
            m_postcode->setFocus();
    });
}

void PostcodeChoice::setPostcode(const QString &postcode)
{
    const bool none = postcode == QLatin1String(domain::kNoFixedAbode);
    m_postcode->setText(none ? QString() : postcode);
    setChecked(none);
    m_postcode->setEnabled(!none);
}

QString PostcodeChoice::postcode() const
{
    return isChecked() ? QString::fromLatin1(domain::kNoFixedAbode) : m_postcode->text();
}

} // namespace hub::ui
