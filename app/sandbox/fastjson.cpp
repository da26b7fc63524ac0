// SPDX-License-Identifier: Apache-2.0
#include "sandbox/fastjson.h"

#include <cmath>

#include <charconv>
#include <cstring>

namespace glows::sandbox::fastjson {
namespace {

// Writes into the caller's QByteArray behind its current end. Every write first makes room for its own worst
// case (room()), so nothing can pass the end whatever the input; the destructor cuts the array to what was
// written. Capacity the caller reserved is used as it is, and growth is geometric.
class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out), m_used(out.size())
    {
        m_out.resize(qMax(m_out.capacity(), m_used + 256));
    }
    ~Writer() { m_out.truncate(m_used); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    template<size_t N>
    void lit(const char (&text)[N])
    {
        std::memcpy(room(N - 1), text, N - 1);
        m_used += qsizetype(N - 1);
    }
    void ch(char c)
    {
        *room(1) = c;
        ++m_used;
    }
    void num(qint64 value)
    {
        char *p = room(24);
        m_used += std::to_chars(p, p + 24, value).ptr - p;
    }
    // A JSON number: integral values as integers (as QJsonValue keeps them), others in the shortest form that
    // reads back to the same double; JSON has no infinity or NaN, so those become null.
    void real(double value)
    {
        if (!std::isfinite(value)) {
            lit("null");
        } else if (value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0) {
            num(qint64(value));
        } else {
            char *p = room(32);
            m_used += std::to_chars(p, p + 32, value).ptr - p;
        }
    }
    void str(QStringView text);
    // ASCII text that needs no escaping (a key of the contract).
    void raw(QLatin1StringView text)
    {
        std::memcpy(room(text.size()), text.data(), size_t(text.size()));
        m_used += text.size();
    }

private:
    char *room(qsizetype bytes)
    {
        if (m_out.size() - m_used < bytes)
            m_out.resize(qMax(m_out.size() * 2, m_used + bytes));
        return m_out.data() + m_used;
    }

    QByteArray &m_out;
    qsizetype m_used;
};

void Writer::str(QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Each UTF-16 unit takes at most 6 bytes (\u00XX; a BMP character 3, a surrogate pair 4 for two units).
    char *const begin = room(text.size() * 6 + 2);
    char *p = begin;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
    while (s < end) {
        char32_t c = *s++;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            case '\b':
                *p++ = 'b';
                break;
            case '\f':
                *p++ = 'f';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = kHex[c >> 4];
                *p++ = kHex[c & 0xf];
            }
            continue;
        }
        if (c >= 0xd800 && c < 0xdc00 && s < end && *s >= 0xdc00 && *s < 0xe000)
            c = 0x10000 + ((c - 0xd800) << 10) + (char32_t(*s++) - 0xdc00);
        else if (c >= 0xd800 && c < 0xe000)
            c = 0xfffd; // a lone surrogate cannot be UTF-8
        if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    m_used += p - begin;
}

} // namespace

void appendInteger(QByteArray &out, qint64 value)
{
    Writer(out).num(value);
}

void appendString(QByteArray &out, QStringView text)
{
    Writer(out).str(text);
}

void appendInstance(QByteArray &out, const Instance &in, qint64 costMilliCredit, std::optional<int> progress)
{
    const QString status = in.status.raw();
    Writer c(out);

    // Keys in the order QJsonDocument writes them (sorted), so both writers give the same bytes.
    c.lit("{\"accesses\":[");
    bool first = true;
    for (const Access &a : in.accesses) {
        if (!first)
            c.ch(',');
        first = false;
        c.ch('{');
        if (!a.id.isEmpty()) {
            c.lit("\"accessID\":");
            c.str(a.id);
            c.ch(',');
        }
        c.lit("\"listenPort\":");
        c.num(a.listenPort);
        c.lit(",\"protocol\":");
        c.str(a.protocol);
        c.lit(",\"url\":");
        c.str(a.url);
        c.ch('}');
    }
    c.lit("],\"baseImage\":");
    if (in.baseImage) {
        c.lit("{\"imageID\":");
        c.str(in.baseImage->imageID);
        c.lit(",\"imageName\":");
        c.str(in.baseImage->imageName);
        c.ch('}');
    } else {
        c.lit("null");
    }
    c.lit(",\"baseSnap\":");
    if (in.baseSnap) {
        c.lit("{\"snapID\":");
        c.str(in.baseSnap->snapID);
        c.lit(",\"snapName\":");
        c.str(in.baseSnap->snapName);
        c.ch('}');
    } else {
        c.lit("null");
    }
    c.lit(",\"category\":");
    c.str(in.category);
    c.lit(",\"cmd\":");
    c.str(in.cmd);
    c.lit(",\"costMilliCredit\":");
    c.num(costMilliCredit);
    c.lit(",\"createTime\":{\"seconds\":");
    c.num(in.createTime);
    c.lit("},\"domain\":");
    c.num(in.domain);
    c.lit(",\"envs\":");
    c.str(in.envs);
    c.lit(",\"hardware\":{\"cpuCoresNum\":");
    c.num(in.hardware.cpuCoresNum);
    c.lit(",\"cpuName\":");
    c.str(in.hardware.cpuName);
    c.lit(",\"diskGB\":");
    c.num(in.hardware.diskGB);
    c.lit(",\"gpuName\":");
    c.str(in.hardware.gpuName);
    c.lit(",\"gpuNum\":");
    c.num(in.hardware.gpuNum);
    c.lit(",\"gpuRamMB\":");
    c.num(in.hardware.gpuRamMB);
    c.lit(",\"ramMB\":");
    c.num(in.hardware.ramMB);
    c.lit("},\"instanceID\":");
    c.str(in.instanceID);
    c.lit(",\"metaKey\":");
    c.str(in.metaKey);
    c.lit(",\"priceCent\":");
    c.num(in.priceCent);
    if (progress) {
        c.lit(",\"progress\":");
        c.num(*progress);
    }
    c.lit(",\"regionName\":");
    c.str(in.regionName);
    c.lit(",\"remark\":");
    c.str(in.remark);
    c.lit(",\"simulated\":true,\"sourceType\":");
    c.str(in.sourceType);
    c.lit(",\"sshCred\":{\"password\":");
    c.str(in.sshCred.password);
    c.lit(",\"user\":");
    c.str(in.sshCred.user);
    c.lit("},\"status\":");
    c.str(status);
    if (in.statusTime) {
        c.lit(",\"statusTime\":");
        c.num(*in.statusTime);
    }
    c.ch('}');
}

void appendMetricsReply(QByteArray &out, const MetricSeries &series, codec::MetricFieldSet fields)
{
    const auto &all = codec::metricFields();
    out.reserve(out.size() + 64 + series.samples.size() * (16 + 24 * qPopulationCount(fields)));
    Writer c(out);
    c.lit("{\"code\":0,\"more\":");
    if (series.more)
        c.lit("true");
    else
        c.lit("false");
    c.lit(",\"msg\":\"\",\"samples\":[");
    bool first = true;
    for (const MetricSample &s : series.samples) {
        if (!first)
            c.ch(',');
        first = false;
        c.ch('{');
        // Keys in the order QJsonDocument writes them (sorted), as codec::encodeMetricSample's would be.
        for (size_t i = 0; i < all.size(); ++i) {
            if (!(fields & (1u << i)))
                continue;
            c.ch('"');
            c.raw(all[i].key);
            c.lit("\":");
            c.real(s.*all[i].value);
            c.ch(',');
        }
        c.lit("\"t\":");
        c.num(s.t);
        c.ch('}');
    }
    c.lit("],\"simulated\":");
    if (series.simulated)
        c.lit("true}");
    else
        c.lit("false}");
}

} // namespace glows::sandbox::fastjson
