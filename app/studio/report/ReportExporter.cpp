#include "studio/report/ReportExporter.h"

#include "report/RunReport.h"

#include "studio/common/BackgroundTask.h"

#include <memory>

namespace hiernet::studio {

ReportExporter::ReportExporter(QObject* parent)
    : QObject(parent)
{
}

bool ReportExporter::start(const QString& runDirectory, const QString& file)
{
    if (m_busy)
        return false;
    m_busy = true;
    struct Gathered {
        std::shared_ptr<report::ReportData> data = std::make_shared<report::ReportData>();
        QString error;
    };
    runInBackground(
        this,
        [runDirectory] {
            Gathered gathered;
            try {
                *gathered.data = report::gatherReport(runDirectory.toStdString());
            } catch (const std::exception& e) {
                gathered.error = QString::fromStdString(e.what());
            }
            return gathered;
        },
        [this, file](Gathered gathered) {
            m_busy = false;
            if (!gathered.error.isEmpty()) {
                Q_EMIT failed(gathered.error);
                return;
            }
            QString writeError;
            if (report::RunReport(std::move(*gathered.data)).write(file, &writeError))
                Q_EMIT finished(file);
            else
                Q_EMIT failed(writeError);
        });
    return true;
}

} // namespace hiernet::studio
