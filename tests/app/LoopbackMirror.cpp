// hiernet-test-mirror: a small HTTP/1.1 file server on 127.0.0.1 for the download tests (and for trying the
// downloader by hand). It serves the files of one folder with Range support, can cut the first transfer of a file
// short, can pace its sending, and stops by itself after a bounded number of requests or seconds.
//
//   hiernet-test-mirror DIR [--truncate-first NAME=BYTES] [--rate BYTES_PER_SECOND] [--max-requests N]
//                           [--max-seconds S]
// Prints "port N" once listening, then one line per request: "GET /NAME range=OFFSET status=CODE".
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

struct MirrorOptions {
    QString folder;
    QString truncateName;
    qint64 truncateBytes = -1;
    qint64 rate = 0;
};

/// One request on one connection: read the head, answer, close.
class Exchange : public QObject {
public:
    Exchange(QTcpSocket* socket, MirrorOptions* options)
        : QObject(socket)
        , m_socket(socket)
        , m_options(options)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Exchange::readHead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void readHead()
    {
        m_head += m_socket->readAll();
        if (!m_head.contains("\r\n\r\n") || m_answered)
            return;
        m_answered = true;
        const auto lines = m_head.split('\n');
        const auto path = lines.value(0).split(' ').value(1);
        qint64 offset = 0;
        for (const auto& line : lines)
            if (line.toLower().startsWith("range: bytes="))
                offset = line.mid(13).trimmed().split('-').value(0).toLongLong();
        answer(QString::fromUtf8(path.mid(1)), offset);
    }

    void answer(const QString& name, qint64 offset)
    {
        QFile file(QDir(m_options->folder).filePath(name));
        int status = 404;
        QByteArray head;
        if (name.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly)) {
            head = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (offset > file.size()) {
            status = 416;
            head = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            status = offset > 0 ? 206 : 200;
            file.seek(offset);
            m_body = file.readAll();
            head = status == 206 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
            head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
            if (status == 206)
                head += "Content-Range: bytes " + QByteArray::number(offset) + "-" + QByteArray::number(file.size() - 1) + "/"
                    + QByteArray::number(file.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            if (name == m_options->truncateName && m_options->truncateBytes >= 0) {
                m_body.truncate(m_options->truncateBytes); // the transfer is cut here, once
                m_options->truncateBytes = -1;
            }
        }
        std::printf("GET /%s range=%lld status=%d\n", qPrintable(name), static_cast<long long>(offset), status);
        std::fflush(stdout);
        m_socket->write(head);
        sendBody();
    }

    void sendBody()
    {
        if (!m_socket)
            return;
        const qint64 chunk = m_options->rate > 0 ? qMax<qint64>(1, m_options->rate / 20) : m_body.size();
        m_socket->write(m_body.mid(m_sent, chunk));
        m_sent += chunk;
        if (m_sent < m_body.size()) {
            QTimer::singleShot(50, this, &Exchange::sendBody);
            return;
        }
        m_socket->disconnectFromHost();
    }

    QPointer<QTcpSocket> m_socket;
    MirrorOptions* m_options;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_sent = 0;
    bool m_answered = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("the files to serve"));
    parser.addOptions({ { QStringLiteral("truncate-first"), QStringLiteral("NAME=BYTES"), QStringLiteral("cut") },
        { QStringLiteral("rate"), QStringLiteral("bytes per second"), QStringLiteral("rate") },
        { QStringLiteral("max-requests"), QStringLiteral("stop after N requests"), QStringLiteral("n"), QStringLiteral("50") },
        { QStringLiteral("max-seconds"), QStringLiteral("stop after S seconds"), QStringLiteral("s"), QStringLiteral("600") } });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    MirrorOptions options;
    options.folder = parser.positionalArguments().first();
    const auto truncate = parser.value(QStringLiteral("truncate-first")).split(QLatin1Char('='));
    if (truncate.size() == 2) {
        options.truncateName = truncate[0];
        options.truncateBytes = truncate[1].toLongLong();
    }
    options.rate = parser.value(QStringLiteral("rate")).toLongLong();
    int requestsLeft = parser.value(QStringLiteral("max-requests")).toInt();

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "hiernet-test-mirror: cannot listen on 127.0.0.1\n");
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (auto* socket = server.nextPendingConnection()) {
            new Exchange(socket, &options);
            if (--requestsLeft <= 0)
                server.close(); // bounded: no new connections; the last transfer still finishes
        }
    });
    QTimer::singleShot(parser.value(QStringLiteral("max-seconds")).toInt() * 1000, &app, &QCoreApplication::quit);
    std::printf("port %d\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
