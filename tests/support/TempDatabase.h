#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace hub::test {

// A fresh, migrated SQLite file in its own temporary folder, removed afterwards.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    bool ok() const { return m_db != nullptr; }
    QString errorText() const { return m_error; }
    store::Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // A path for another file in the same folder.
    QString file(const QString &name) const { return m_dir.filePath(name); }

    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<store::Database> m_db;
};

// Raw access for tests that check what is on disk: its own connection, no migrations.
QStringList schemaOf(const QString &path);

} // namespace hub::test
