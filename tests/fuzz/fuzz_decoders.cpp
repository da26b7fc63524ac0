// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the JSON decoders. GLOWS_FUZZ_DECODER picks which one the binary exercises, so
// each decoder gets its own target and corpus statistics.
#include "api/codec.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace glows;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto envelope = codec::decodeEnvelope(bytes, &error);
    if (!envelope)
        return 0;
    const QJsonObject &body = envelope->body;
#if GLOWS_FUZZ_DECODER == 1
    (void)codec::decodeInstance(body.value(QLatin1StringView("instance")), &error);
    (void)codec::decodeCreateRequest(body, &error);
#elif GLOWS_FUZZ_DECODER == 2
    (void)codec::decodeInstancePage(body, &error);
#elif GLOWS_FUZZ_DECODER == 3
    (void)codec::decodeSnapshotList(body, &error);
    (void)codec::decodeSnapshot(body.value(QLatin1StringView("snapshot")), &error);
#elif GLOWS_FUZZ_DECODER == 4
    (void)codec::decodeMetrics(body, &error);
#elif GLOWS_FUZZ_DECODER == 5
    (void)codec::decodeBilling(body, &error);
    (void)codec::decodeBalance(body, &error);
#elif GLOWS_FUZZ_DECODER == 6
    (void)codec::decodeNetworkGroups(body, &error);
    (void)codec::decodeNetworkGroup(body.value(QLatin1StringView("group")), &error);
#elif GLOWS_FUZZ_DECODER == 7
    (void)codec::decodeSpecs(body, &error);
    (void)codec::decodeImages(body, &error);
    (void)codec::decodeAccess(body.value(QLatin1StringView("access")), &error);
#endif
    return 0;
}
