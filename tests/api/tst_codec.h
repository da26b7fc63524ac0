// SPDX-License-Identifier: Apache-2.0
#pragma once

// Declared apart from tst_codec.cpp because moc cannot read the multi-line raw-string samples there.
#include <QObject>

class TestCodec final : public QObject
{
    Q_OBJECT
private slots:
    void querySample();
    void createSample();
    void createRequestSampleRoundTrip();
    void rateLimitPlainTextIsNotAnEnvelope();
    void brokenEnvelopes_data();
    void brokenEnvelopes();
    void brokenInstances_data();
    void brokenInstances();
    void listTolerance();
    void extensionPayloadTolerance();
    void createRequestValidation();
    void encodeDecodeRoundTrip();
};
