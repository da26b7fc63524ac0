// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxserver.h"

#include "core/logging.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sshendpoints.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>
#include <exception>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr auto kPrefix = "/sdk/v1"_L1;
constexpr QLatin1StringView kMemory{":memory:"};

QByteArray methodName(RouteTable::Method m)
{
    switch (m) {
    case RouteTable::Method::Get:
        return "GET";
    case RouteTable::Method::Post:
        return "POST";
    case RouteTable::Method::Put:
        return "PUT";
    case RouteTable::Method::Delete:
        return "DELETE";
    }
    return {};
}

Reply tooManyRequests()
{
    Reply r;
    r.httpStatus = 429;
    r.contentType = "text/plain; charset=utf-8";
    r.body = "Too Many Requests: the sandbox is rate limiting (42900). Retry after 1 second.\n";
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(m_options.manualClock ? SandboxClock::Mode::Manual : SandboxClock::Mode::Real, m_options.speed),
      m_engine(&m_clock, m_options.steps, m_options.limits, m_options.rngSeed),
      m_chaos(m_options.chaos,
              m_options.chaosSeed != 0 ? m_options.chaosSeed : QRandomGenerator::system()->generate64()),
      m_http(new HttpServer(m_options.http, this)), m_heartbeat(new QTimer(this)),
      m_persistTimer(new QTimer(this))
{
    if (m_options.manualClock && m_options.clockStartMs > 0)
        m_clock.setNowMs(m_options.clockStartMs);
    m_persistTimer->setSingleShot(true);
    m_persistTimer->setInterval(0);
    connect(m_persistTimer, &QTimer::timeout, this, &SandboxServer::flush);
    m_heartbeat->setInterval(1000);
    connect(m_heartbeat, &QTimer::timeout, this, &SandboxServer::heartbeat);
    m_rateTokens = m_options.rateLimitPerSecond;
    m_rateClock.start();
#ifdef Q_OS_UNIX // the endpoints' sockets are POSIX ones; elsewhere the ssh URLs stay simulated
    if (m_options.ssh.enabled) {
        m_ssh = new SshEndpoints(m_options.ssh, &m_engine, this);
        connect(m_ssh, &SshEndpoints::engineChanged, this, &SandboxServer::schedulePersist);
    }
#endif

    installInstanceRoutes(*this, m_engine);
    installSnapshotRoutes(*this, m_engine);
    installAccessRoutes(*this, m_engine);
    installNetworkRoutes(*this, m_engine);
    installAccountRoutes(*this, m_engine);
    installCreditRoutes(*this, m_engine);
    m_http->setScreen([this](const HttpRequest &head) { return screen(head); });
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) {
        route(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer()
{
    delete m_ssh; // its threads end before the engine goes
    m_ssh = nullptr;
    flush();
}

QString SandboxServer::defaultDataPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString(kMemory) : dir + "/sandbox.sqlite"_L1;
}

QString SandboxServer::resolveDataPath(const SandboxOptions &options)
{
    if (!options.dataPath.isEmpty())
        return options.dataPath;
    if (options.manualClock || QStandardPaths::isTestModeEnabled())
        return QString(kMemory);
    return defaultDataPath();
}

bool SandboxServer::openStore(const QString &path, bool explicitPath, bool *fatal)
{
    auto store = std::make_unique<SandboxStore>(path);
    QString error;
    bool ok = store->open(&error);
    if (!ok && store->problem() == SandboxStore::Problem::InUse)
        *fatal = true;
    if (!ok && !explicitPath && store->problem() == SandboxStore::Problem::Corrupt) {
        // Only a file SQLite itself calls damaged, and only while holding its lock, so never a live one.
        const QString aside = store->moveAside(&error);
        if (!aside.isEmpty()) {
            qCWarning(lcSandbox).noquote()
                << "sandbox data" << path << "is damaged (" << error << ") - moved to" << aside;
            m_notice = tr("The sandbox's data file was damaged and was moved to %1; a new one was started.")
                           .arg(aside);
            ok = store->open(&error);
        }
    }
    if (ok && m_options.reset)
        ok = store->clear(&error);
    EngineState state;
    QList<SandboxStore::BadRow> badRows;
    const bool hasState = ok && store->hasState();
    if (ok && hasState)
        ok = store->load(&state, &badRows, &error);
    if (ok && !badRows.isEmpty()) {
        const QString rows = SandboxStore::describeRows(badRows);
        if (explicitPath && !m_options.repair) {
            m_error =
                tr("%1 has unreadable rows (%2). The file was left as it is; start with --repair to keep "
                   "a backup copy of it and drop those rows.")
                    .arg(path, rows);
            return false;
        }
        const QString backup = store->backup(&error);
        ok = !backup.isEmpty() && store->dropRows(badRows, &error);
        if (ok) {
            qCWarning(lcSandbox).noquote() << "dropped unreadable rows" << rows << "from" << path
                                           << "- the file as it was is kept in" << backup;
            m_notice =
                tr("Unreadable rows (%1) were dropped from the sandbox's data file; a copy of it as it "
                   "was is kept in %2.")
                    .arg(rows, backup);
        }
    }
    if (!ok) {
        m_error = error;
        return false;
    }
    if (hasState) {
        m_engine.restore(std::move(state));
        m_engine.resumeAfter(m_engine.state().simNowMs);
    } else if (m_options.seed) {
        m_engine.seedDemoData(m_options.initialCreditMilli, m_options.extraDemoInstances);
    } else {
        m_engine.setCreditMilli(m_options.initialCreditMilli);
    }
    m_engine.takeChanges();
    if (!store->saveAll(m_engine.state(), m_clock.wallMs(), &error)) {
        m_error = error;
        return false;
    }
    m_store = std::move(store);
    qCInfo(lcSandbox) << "sandbox state in" << path << (hasState ? "(loaded)" : "(new)");
    return true;
}

bool SandboxServer::open()
{
    if (m_opened)
        return true;
    const QString path = resolveDataPath(m_options);
    const bool explicitPath = !m_options.dataPath.isEmpty();
    bool fatal = false;
    if (path != kMemory && !openStore(path, explicitPath, &fatal)) {
        if (explicitPath || fatal) {
            qCWarning(lcSandbox) << "cannot use sandbox data" << path << ":" << m_error;
            return false;
        }
        qCWarning(lcSandbox) << "cannot use sandbox data" << path << ":" << m_error
                             << "- this session is kept in memory only";
        m_notice = tr("The sandbox's data file %1 cannot be used (%2); this session keeps nothing.")
                       .arg(path, m_error);
    }
    m_opened = true;
    m_dataPath = m_store ? path : QString(kMemory);
    if (!m_store) {
        if (m_options.seed)
            m_engine.seedDemoData(m_options.initialCreditMilli, m_options.extraDemoInstances);
        else
            m_engine.setCreditMilli(m_options.initialCreditMilli);
        m_engine.takeChanges();
    }
    m_lastClockSaveMs = m_clock.wallMs();
    if (m_ssh) {
        m_ssh->attach(); // the ssh access URLs point at the endpoints before anyone reads them
        schedulePersist();
    }
    return true;
}

quint16 SandboxServer::listen()
{
    if (!open())
        return 0;
    m_port = m_http->listen(m_options.address, m_options.port) ? m_http->serverPort() : 0;
    if (m_port == 0) {
        m_error = u"cannot listen on %1 port %2"_s.arg(m_options.address.toString()).arg(m_options.port);
        qCWarning(lcSandbox) << m_error;
        return 0;
    }
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl();
    if (m_clock.mode() == SandboxClock::Mode::Real)
        m_heartbeat->start();
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    QString host = m_options.address.toString();
    if (m_options.address == QHostAddress::Any || m_options.address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"[%1]"_s.arg(host);
    return u"http://%1:%2%3"_s.arg(host).arg(m_port).arg(kPrefix);
}

bool SandboxServer::flush()
{
    QString error;
    const bool ok = persist(&error);
    if (!ok)
        qCWarning(lcSandbox) << "cannot save sandbox state:" << error;
    return ok;
}

void SandboxServer::schedulePersist()
{
    if (m_engine.hasChanges() && !m_persistTimer->isActive())
        m_persistTimer->start();
}

void SandboxServer::heartbeat()
{
    // Moves the simulation on between requests and records how far the simulated time got, so that
    // downtime after a crash is not billed either.
    m_engine.advance();
    if (m_ssh)
        m_ssh->sync();
    if (m_engine.hasChanges())
        schedulePersist();
    else if (m_store && m_clock.wallMs() - m_lastClockSaveMs >= 2000)
        flush();
}

void SandboxServer::add(Method method, const QString &path, Handler handler)
{
    // A server without the metrics extension (tests of metrics over SSH): the route does not exist.
    if (!m_options.metricsExtension && path == u"/instance/metrics")
        return;
    const QString full = kPrefix + path;
    m_routes[full].append({method, std::move(handler)});
    m_routeMethods[full].append(methodName(method));
}

std::optional<Reply> SandboxServer::screen(const HttpRequest &head)
{
    emit requestReceived(head.value("authorization"), head.path);
    return screenRequest(head, GuardPolicy{m_options.token, m_options.address, m_port}, m_routeMethods);
}

void SandboxServer::route(const HttpRequest &request, HttpResponder &&responder)
{
    // The screen let only known routes and methods through; HEAD is answered by GET, without the body.
    const Method method = request.method == "POST"     ? Method::Post
                          : request.method == "PUT"    ? Method::Put
                          : request.method == "DELETE" ? Method::Delete
                                                       : Method::Get;
    for (const auto &[m, handler] : std::as_const(m_routes[request.path])) {
        if (m == method) {
            dispatch(request, std::move(responder), method, handler);
            return;
        }
    }
    responder.send(fail(codes::NoSuchRoute, u"no such route: %1"_s.arg(request.path), 404));
}

bool SandboxServer::takeRateToken()
{
    const int rate = m_options.rateLimitPerSecond;
    if (rate <= 0)
        return true;
    const double elapsed = double(m_rateClock.restart()) / 1000.0;
    m_rateTokens = qMin(double(rate), m_rateTokens + elapsed * rate);
    if (m_rateTokens < 1.0)
        return false;
    m_rateTokens -= 1.0;
    return true;
}

Reply SandboxServer::run(const HttpRequest &request, Method method, const Handler &handler)
{
    // The screen checked size and token before the body was read; checked again, in case of a new path.
    if (request.body.size() > m_options.http.maxBodyBytes)
        return fail(codes::BodyTooLarge, u"request body is too large"_s, 413);
    if (!hasToken(request, m_options.token))
        return fail(codes::BadToken, u"invalid or missing SDK token"_s);
    ApiCall call{request.query, {}};
    if (method == Method::Post || method == Method::Put) {
        const QByteArray &body = request.body;
        if (body.trimmed().isEmpty())
            return fail(codes::Validation, u"the request body must be a JSON object"_s);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(
                codes::Validation,
                u"malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(codes::Validation, u"the request body must be a JSON object"_s);
        call.body = doc.object();
    }
    try {
        return handler(call);
    } catch (const std::exception &e) {
        qCWarning(lcSandbox) << "handler failed:" << e.what();
        return fail(codes::Internal, u"internal sandbox error"_s, 500);
    }
}

void SandboxServer::dispatch(const HttpRequest &request, HttpResponder &&responder, Method method,
                             const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    const Chaos::Decision chaos = m_chaos.spec().isActive() ? m_chaos.next() : Chaos::Decision{};
    Reply reply;
    if (!takeRateToken() || chaos.tooMany)
        reply = tooManyRequests();
    else if (chaos.error)
        reply = fail(codes::Internal, u"simulated internal error (chaos)"_s, 500);
    else
        reply = run(request, method, handler);
    if (m_ssh)
        m_ssh->sync(); // an instance that left Running loses its endpoint with this request
    if (method == Method::Get)
        schedulePersist();
    else if (std::optional<Reply> failed = commitBeforeReply())
        reply = std::move(*failed);

    if (chaos.drop) {
        // The request was carried out, but its answer is lost with the connection.
        responder.abort();
        return;
    }
    if (chaos.malformed) {
        reply.body = reply.body.left(reply.body.size() / 2) + "\x01<<chaos: malformed";
        reply.httpStatus = 200;
        reply.contentType = "application/json";
    }
    reply.headers.append(std::pair<QByteArray, QByteArray>(
        "Server-Timing", "app;dur=" + QByteArray::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3)));
    if (chaos.delayMs <= 0) {
        responder.send(reply);
        return;
    }
    auto held = std::make_shared<HttpResponder>(std::move(responder));
    QTimer::singleShot(chaos.delayMs, this, [held, reply] { held->send(reply); });
}

} // namespace glows::sandbox
