// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <chrono>

class QGridLayout;
class QIcon;
class QLabel;
class QToolButton;
class QWidget;

namespace glows::ui {

class MessageBar;

// A label for text that came from the server: always plain text (never HTML), selectable, wrapping.
QLabel *makeValueLabel(QWidget *parent, const QString &text = {});

// A notice for what the server cannot provide (information) or what went wrong (an error); hidden until
// shown.
MessageBar *makeNoticeLabel(QWidget *parent);

// Icons for the detail tabs' tool buttons: the icon theme's when there is one, otherwise drawn in the
// widget's text colour (so they follow the Light and Dark themes).
enum class ButtonIcon
{
    Copy,
    Reveal,
    Open
};
QIcon buttonIcon(ButtonIcon icon, const QWidget *widget);
// A tool button that looks like one (raised, with an icon beside its text), as the Copy and Reveal buttons.
void styleToolButton(QToolButton *button, ButtonIcon icon);

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
