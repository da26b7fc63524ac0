// SPDX-License-Identifier: Apache-2.0
#include "sandbox/httpio.h"

#include <QJsonDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace glows::sandbox {

Reply ok(QJsonObject payload)
{
    payload.insert("code"_L1, codes::Ok);
    payload.insert("msg"_L1, QString());
    return Reply{200, QJsonDocument(payload).toJson(QJsonDocument::Compact), "application/json", {}};
}

Reply fail(int code, const QString &msg, int httpStatus)
{
    const QJsonObject o{{"code"_L1, code}, {"msg"_L1, msg}};
    return Reply{httpStatus, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json", {}};
}

Reply fail(const Failure &failure)
{
    return fail(failure.code, failure.msg);
}

QString QueryReader::optionalId(const QString &key)
{
    const QString value = m_query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    if (value.size() > kMaxIdLength) {
        setError(u"%1 is longer than %2 characters"_s.arg(key).arg(kMaxIdLength));
        return {};
    }
    return value;
}

QString QueryReader::requiredId(const QString &key)
{
    const QString value = optionalId(key);
    if (value.isEmpty() && !failed())
        setError(u"query parameter %1 is required"_s.arg(key));
    return value;
}

qint64 QueryReader::integer(const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_query.hasQueryItem(key))
        return fallback;
    const QString text = m_query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    bool okNumber = false;
    const qint64 value = text.toLongLong(&okNumber);
    if (!okNumber || value < min || value > max) {
        setError(
            u"%1 must be an integer from %2 to %3, got '%4'"_s.arg(key).arg(min).arg(max).arg(text.left(40)));
        return fallback;
    }
    return value;
}

QString BodyReader::string(const QString &key, bool required, int maxLength)
{
    const QJsonValue v = m_body.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            setError(u"field '%1' is required"_s.arg(key));
        return {};
    }
    if (!v.isString()) {
        setError(u"field '%1' must be a string"_s.arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        setError(u"field '%1' is longer than %2 characters"_s.arg(key).arg(maxLength));
        return {};
    }
    if (required && s.trimmed().isEmpty())
        setError(u"field '%1' must not be empty"_s.arg(key));
    return s;
}

std::optional<qint64> BodyReader::integer(const QString &key, bool required, qint64 min, qint64 max)
{
    const QJsonValue v = m_body.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            setError(u"field '%1' is required"_s.arg(key));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        setError(u"field '%1' must be an integer"_s.arg(key));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        setError(u"field '%1' must be from %2 to %3"_s.arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

bool BodyReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = m_body.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        setError(u"field '%1' must be true or false"_s.arg(key));
        return fallback;
    }
    return v.toBool();
}

} // namespace glows::sandbox
