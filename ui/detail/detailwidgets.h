// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <chrono>

class QGridLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace glows::ui {

// A label for text that came from the server: always plain text (never HTML), selectable, wrapping.
QLabel *makeValueLabel(QWidget *parent, const QString &text = {});

// A notice for what the server cannot provide or what went wrong; hidden until given text.
QLabel *makeNoticeLabel(QWidget *parent);

// A small "Copy" button that puts `text()` of the returned getter on the clipboard.
QToolButton *makeCopyButton(QWidget *parent, const QString &toolTip);
// Writes a copy button's texts again after a language switch.
void retranslateCopyButton(QToolButton *button, const QString &toolTip);

// Puts a password on the clipboard and takes it off again after a delay, unless the user has copied
// something else meanwhile.
class SecretClipboard final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearDelay{30000};

    explicit SecretClipboard(QObject *parent = nullptr);
    void copy(const QString &secret);
    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds clearDelay() const { return m_delay; }

signals:
    void cleared();

private:
    std::chrono::milliseconds m_delay = kDefaultClearDelay;
    quint64 m_generation = 0;
};

} // namespace glows::ui
