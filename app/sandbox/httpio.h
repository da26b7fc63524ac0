// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a route handler sees and returns: the request's query and JSON body with strict, explaining readers,
// and a reply in the contract's envelope. Free of HTTP types so handlers stay small.

#include "api/apierror.h"
#include "sandbox/outcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace glows::sandbox {

inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // 1 MiB
inline constexpr int kMaxIdLength = 64;

struct Reply
{
    int httpStatus = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// {"code":0,"msg":"", ...payload}
Reply ok(QJsonObject payload = {});
// {"code":code,"msg":msg}; application errors travel with HTTP 200, as on the real service.
Reply fail(int code, const QString &msg, int httpStatus = 200);
Reply fail(const Failure &failure);

template<typename T, typename Encode>
Reply reply(const Outcome<T> &outcome, Encode encode)
{
    if (!outcome.ok())
        return fail(outcome.error());
    return ok(encode(outcome.value()));
}

// Reads fields and remembers the first problem, so a handler reads everything and checks once.
class FieldReader
{
public:
    std::optional<Failure> error() const { return m_error; }
    bool failed() const { return m_error.has_value(); }

protected:
    void setError(const QString &msg)
    {
        if (!m_error)
            m_error = Failure{codes::Validation, msg};
    }

private:
    std::optional<Failure> m_error;
};

// The query string. Values are fully decoded; an ID longer than 64 characters is refused.
class QueryReader final : public FieldReader
{
public:
    explicit QueryReader(QUrlQuery query) : m_query(std::move(query)) {}
    bool has(const QString &key) const { return m_query.hasQueryItem(key); }
    QString optionalId(const QString &key);
    QString requiredId(const QString &key);
    // An integer in [min, max]; `fallback` when absent.
    qint64 integer(const QString &key, qint64 fallback, qint64 min, qint64 max);

private:
    QUrlQuery m_query;
};

// A JSON object body. Wrong types are refused, never coerced: "8080" is not a port.
class BodyReader final : public FieldReader
{
public:
    explicit BodyReader(QJsonObject body) : m_body(std::move(body)) {}
    const QJsonObject &object() const { return m_body; }
    QString string(const QString &key, bool required, int maxLength);
    std::optional<qint64> integer(const QString &key, bool required, qint64 min, qint64 max);
    bool boolean(const QString &key, bool fallback);

private:
    QJsonObject m_body;
};

struct ApiCall
{
    QUrlQuery query;
    QJsonObject body; // the parsed body of a POST or PUT (always an object)
    QueryReader queryReader() const { return QueryReader(query); }
    BodyReader bodyReader() const { return BodyReader(body); }
};

using Handler = std::function<Reply(const ApiCall &)>;

// Registers the handlers of one area of the contract; SandboxServer implements it.
class RouteTable
{
public:
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };
    virtual ~RouteTable() = default;
    // `path` is relative to /sdk/v1, e.g. "/instance/list".
    virtual void add(Method method, const QString &path, Handler handler) = 0;
};

} // namespace glows::sandbox
