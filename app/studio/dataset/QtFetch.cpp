#include "studio/dataset/QtFetch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

namespace hiernet::studio {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DatasetDownload", text);
}

/// One transfer's state as the reply's signals see it.
struct QtTransfer {
    QFile file;
    qint64 offset = 0;
    qint64 written = 0;
    bool statusChecked = false;
    bool cancelled = false;
    QString writeError;
    download::RateMeter meter;
};

std::int64_t totalOf(QNetworkReply* reply, const QtTransfer& t, std::int64_t expectedBytes)
{
    const auto length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? t.offset + length.toLongLong() : expectedBytes;
}

void takeData(QNetworkReply* reply, QtTransfer& t)
{
    if (!t.statusChecked) {
        t.statusChecked = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (t.offset > 0 && status == 200) { // the whole file rather than the rest: it replaces the part
            t.file.resize(0);
            t.offset = 0;
        }
    }
    if (!reply->isOpen())
        return; // aborted: nothing more to read
    const auto data = reply->readAll();
    if (t.file.write(data) != data.size()) {
        t.writeError = t.file.errorString();
        reply->abort();
        return;
    }
    t.written += data.size();
}

/// Why the transfer failed, with what to do about it.
QString failure(QNetworkReply* reply, const QtTransfer& t, const QString& url, const QString& path)
{
    const auto arrived = QString::fromStdString(download::formatBytes(t.offset + t.written));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!t.writeError.isEmpty())
        return tr("%1: cannot write (%2); %3 kept for a resume").arg(path, t.writeError, arrived);
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return tr("%1: cannot resolve the server's name — offline? (or give a reachable mirror)").arg(url);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("%1: cannot connect — offline, or the server is down (%2)").arg(url, reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("%1: the proxy failed (%2)").arg(url, reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1: the transfer stopped after %2 (%3); what arrived is kept — download again to resume")
            .arg(url, arrived, reply->errorString());
    default:
        break;
    }
    if (status >= 400)
        return tr("%1: the server answered HTTP %2").arg(url).arg(status);
    return tr("%1: download failed (%2); %3 kept for a resume").arg(url, reply->errorString(), arrived);
}

} // namespace

void fetchWithQt(const std::string& urlText, const std::string& pathText, std::int64_t expectedBytes,
    const download::ProgressCallback& progress, const download::CancelCheck& cancelled)
{
    const auto url = QString::fromStdString(urlText), path = QString::fromStdString(pathText);
    QtTransfer t;
    t.file.setFileName(path);
    // Unbuffered: a full disk shows at the write that meets it, not at a later flush.
    if (!t.file.open(QIODevice::Append | QIODevice::Unbuffered))
        throw Error(tr("%1: cannot create (%2)").arg(path, t.file.errorString()).toStdString());
    t.offset = t.file.size();
    if (t.offset > 0 && !url.startsWith(QLatin1String("http"))) {
        t.file.resize(0); // Qt Network reads a file:// mirror whole, without ranges: start the part over
        t.offset = 0;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager manager;
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (t.offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(t.offset) + "-");
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, [reply, &t] { takeData(reply, t); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (cancelled && cancelled()) {
            t.cancelled = true;
            reply->abort();
        } else if (progress) {
            progress(t.meter.sample(t.offset + t.written, totalOf(reply, t, expectedBytes)));
        }
    });
    poll.start(100);
    loop.exec();
    poll.stop();
    takeData(reply, t); // what arrived with the end
    const auto received = t.offset + t.written;
    const auto whole = totalOf(reply, t, 0);
    t.file.close();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (received == 0)
        QFile::remove(path); // nothing arrived: no empty part left behind
    if (t.cancelled)
        throw download::Cancelled(tr("download cancelled after %1; download again to resume")
                                      .arg(QString::fromStdString(download::formatBytes(received)))
                                      .toStdString());
    if (status == 416 && t.offset > 0)
        return; // the part already holds the whole archive: the checksum decides
    if (reply->error() != QNetworkReply::NoError || !t.writeError.isEmpty())
        throw Error(failure(reply, t, url, path).toStdString());
    if (whole > 0 && received < whole)
        throw Error(tr("%1: the transfer stopped after %2 of %3; what arrived is kept — download again to resume")
                        .arg(url, QString::fromStdString(download::formatBytes(received)),
                            QString::fromStdString(download::formatBytes(whole)))
                        .toStdString());
    if (progress)
        progress(t.meter.sample(received, received));
}

} // namespace hiernet::studio
