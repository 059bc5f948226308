#include "studio/report/ReportExporter.h"

#include "report/RunReport.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

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
    QPointer<ReportExporter> self(this);
    (void)QtConcurrent::run([self, runDirectory, file] {
        auto data = std::make_shared<report::ReportData>();
        QString error;
        try {
            *data = report::gatherReport(runDirectory.toStdString());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, data, error, file] {
                if (!self)
                    return;
                self->m_busy = false;
                if (!error.isEmpty()) {
                    Q_EMIT self->failed(error);
                    return;
                }
                QString writeError;
                if (report::RunReport(std::move(*data)).write(file, &writeError))
                    Q_EMIT self->finished(file);
                else
                    Q_EMIT self->failed(writeError);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace hiernet::studio
