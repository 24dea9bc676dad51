#pragma once

#include "domain/Views.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace hub::ui {

// The Overview tab: the person's details as recorded, read-only.
class PersonOverview : public QWidget
{
    Q_OBJECT

public:
    explicit PersonOverview(QWidget *parent = nullptr);

    void setFile(const domain::PersonFile &file);
    // The value shown for a field (by its objectName), for tests.
    QString value(const QString &field) const;

private:
    void addRow(QFormLayout *form, const QString &label, const char *field);
    void set(const char *field, const QString &text);

    QHash<QString, QLabel *> m_values;
};

} // namespace hub::ui
