// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace glows::ui {

// Shown while the server cannot be reached: what happened, since when the list is stale, a countdown to the
// next attempt and a Retry button. Each failed attempt doubles the wait, up to a ceiling.
class OfflineBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // Another attempt failed: show (or keep) the banner and start the next countdown.
    void reportFailure(const ApiError &error, const QDateTime &lastGood);
    // The server answered again.
    void reportRecovered();
    bool isOffline() const { return m_offline; }
    int secondsToRetry() const { return m_remaining; }
    QPushButton *retryButton() const { return m_retry; }

    static constexpr int kFirstDelaySeconds = 5;
    static constexpr int kMaxDelaySeconds = 60;

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The countdown ran out, or the user pressed Retry.
    void retryRequested();

private:
    void onSecond();
    void render();
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_countdown;
    QDateTime m_lastGood;
    ApiError m_error;
    bool m_offline = false;
    int m_delay = kFirstDelaySeconds;
    int m_remaining = 0;
};

} // namespace glows::ui
