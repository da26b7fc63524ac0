// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
QString &platformStyleName()
{
    static QString name;
    return name;
}

struct RoleColors
{
    QRgb light;
    QRgb dark;
};

RoleColors roleColors(ColorRole role)
{
    switch (role) {
    case ColorRole::Error:
        return {0xb3261e, 0xf28b82};
    case ColorRole::ErrorBackground:
        return {0xfdecea, 0x3c2322};
    case ColorRole::Warning:
        return {0x6b4400, 0xfdd663};
    case ColorRole::WarningBackground:
        return {0xfff3cd, 0x3d3420};
    case ColorRole::WarningBorder:
        return {0xe0b050, 0x8a6d1f};
    case ColorRole::Information:
        return {0x0b4a8b, 0xa8c7fa};
    case ColorRole::InformationBackground:
        return {0xe8f0fe, 0x1f2a3a};
    case ColorRole::Success:
        return {0x1e8e3e, 0x81c995};
    case ColorRole::Simulated:
        return {0x9a5b00, 0xfcad70};
    case ColorRole::Muted:
        return {0x6b6b6b, 0x9aa0a6};
    case ColorRole::Link:
        return {0x1a56c4, 0x8ab4f8};
    case ColorRole::Destructive:
        return {0xc62828, 0xc5221f};
    case ColorRole::DestructiveHover:
        return {0xa51d1d, 0xa50e0e};
    case ColorRole::DestructiveBorder:
        return {0x8e1b1b, 0xf28b82};
    case ColorRole::OnDestructive:
        return {0xffffff, 0xffffff};
    }
    return {0x000000, 0xffffff};
}

// Emits changed() after applyTheme() has set the new palette. Qt's own ApplicationPaletteChange reaches only
// some widgets, and before the application palette is final.
class ThemeNotifier final : public QObject
{
    Q_OBJECT
public:
    static ThemeNotifier *instance()
    {
        static auto *notifier = new ThemeNotifier(QCoreApplication::instance());
        return notifier;
    }

signals:
    void changed();

private:
    using QObject::QObject;
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor::fromRgb(roleColors(ColorRole::Link).dark));
    p.setColor(QPalette::Highlight, QColor(0x2e, 0x7d, 0x6b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

bool isDarkTheme()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor themeColor(ColorRole role)
{
    const RoleColors colors = roleColors(role);
    return QColor::fromRgb(isDarkTheme() ? colors.dark : colors.light);
}

void followTheme(QWidget *widget, std::function<void()> apply)
{
    apply();
    QObject::connect(ThemeNotifier::instance(), &ThemeNotifier::changed, widget, std::move(apply));
}

void setTextColor(QWidget *widget, ColorRole role)
{
    followTheme(widget, [widget, role] {
        QPalette palette = widget->palette();
        const QColor color = themeColor(role);
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            for (const auto colorRole : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                palette.setColor(group, colorRole, color);
        widget->setPalette(palette);
    });
}

void applyTheme(AppSettings::Theme theme)
{
    if (platformStyleName().isEmpty() && QApplication::style())
        platformStyleName() = QApplication::style()->name();
    switch (theme) {
    case AppSettings::Theme::System:
        if (!platformStyleName().isEmpty())
            QApplication::setStyle(QStyleFactory::create(platformStyleName()));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
    emit ThemeNotifier::instance()->changed();
}

} // namespace glows::ui

#include "theme.moc"
