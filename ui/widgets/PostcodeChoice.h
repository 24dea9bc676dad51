#pragma once

#include <QCheckBox>

class QLineEdit;

namespace hub::ui {

// "No fixed abode / overseas" beside a postcode field: the explicit choice for a person
// with no UK postcode, instead of leaving it blank (a blank postcode means "not known
// yet"). Ticked, the postcode field is disabled and the person's postcode is the choice
// (domain::kNoFixedAbode); the text typed there is kept, should it be unticked.
class PostcodeChoice : public QCheckBox
{
    Q_OBJECT

public:
    PostcodeChoice(QLineEdit *postcode, const QString &text, QWidget *parent = nullptr);

    // Shows a stored postcode: the choice ticked for kNoFixedAbode, else the field.
    void setPostcode(const QString &postcode);
    // The postcode to store: kNoFixedAbode when ticked, else the field's text as typed.
    QString postcode() const;

private:
    QLineEdit *m_postcode;
};

} // namespace hub::ui
