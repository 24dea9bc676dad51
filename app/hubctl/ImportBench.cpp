#include "ImportBench.h"

#include "demo/PoliceCsv.h"
#include "services/DeskService.h"
#include "services/ReferralImportService.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace hub::cli {

Result<QVector<double>> benchReferralImport(const QString &datasetPath, const QString &folder,
                                            int runs, const std::function<void(int, double)> &ran)
{
    demo::PoliceCsvOptions options;
    options.rows = 5000;
    options.seed = 7;
    // Received in the month before today, so no row is in the future.
    options.receivedFrom = QDate::currentDate().addDays(-40);
    const auto file = demo::policeCsv(options);
    QVector<double> out;
    for (int run = 0; run < runs; ++run) {
        const auto copy = folder + QStringLiteral("/import-%1.db").arg(run);
        QFile::remove(copy);
        if (!QFile::copy(datasetPath, copy))
            return Error::make(
                Error::Kind::Io,
                QCoreApplication::translate("hubctl", "cannot copy the dataset to %1").arg(copy));
        auto db = store::Database::open(copy);
        if (!db.ok())
            return db.error();
        domain::Actor supervisor;
        for (const auto &u : store::UserRepository(*db.value()).all()) {
            if (u.active && u.role == QLatin1String("supervisor")) {
                supervisor = {u.id, u.role, u.teamId, QStringLiteral("bench")};
                break;
            }
        }
        services::Services all(*db.value());
        services::ReferralImportService service(all.context);
        QElapsedTimer t;
        t.start();
        auto preview = service.preview(supervisor, file, demo::policeProfile(),
                                       folder + QStringLiteral("/police.csv"));
        if (!preview.ok())
            return preview.error();
        services::ImportOptions accept;
        accept.acceptValid = true; // possible duplicates of the dataset's people set aside
        auto done = service.import(supervisor, preview.value(), accept);
        if (!done.ok())
            return done.error();
        out << double(t.nsecsElapsed()) / 1e6;
        if (ran)
            ran(run, out.last());
    }
    return out;
}

} // namespace hub::cli
