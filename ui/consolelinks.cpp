// SPDX-License-Identifier: Apache-2.0
#include "ui/consolelinks.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <utility>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
UrlOpener &opener()
{
    static UrlOpener current = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return current;
}

QString pageName(ConsolePage page)
{
    switch (page) {
    case ConsolePage::UpgradeHardware:
        return QCoreApplication::translate("ConsoleLinks", "Upgrade Hardware");
    case ConsolePage::MeshClustering:
        return QCoreApplication::translate("ConsoleLinks", "Mesh Clustering");
    }
    return {};
}

void showMessage(QWidget *parent, const QString &title, const QString &text, QMessageBox::Icon icon)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(u"consoleFeatureNotice"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

QUrl consolePageUrl(ConsolePage page)
{
    // The console's page addresses are not published; its base address is (docs/api.md). Both features are
    // reached from there, so the base is the one address that is certain to work.
    Q_UNUSED(page);
    return QUrl(u"https://platform.glows.ai/"_s);
}

UrlOpener setUrlOpenerForTesting(UrlOpener replacement)
{
    return std::exchange(opener(), std::move(replacement));
}

void openConsolePage(QWidget *parent, const AppContext &context, ConsolePage page)
{
    const QString name = pageName(page);
    if (context.sandbox) {
        showMessage(
            parent, name,
            QCoreApplication::translate(
                "ConsoleLinks",
                "%1 is a feature of the Glows.ai web console. The sandbox simulates only the My "
                "Instance page, so there is nothing to open here. With a Glows.ai account (Settings → "
                "Accounts) this opens the console in your browser.")
                .arg(name),
            QMessageBox::Information);
        return;
    }
    const QUrl url = consolePageUrl(page);
    if (!opener()(url))
        showMessage(parent, name,
                    QCoreApplication::translate("ConsoleLinks",
                                                "The browser could not be opened. %1 is on the Glows.ai web "
                                                "console at %2.")
                        .arg(name, url.toString()),
                    QMessageBox::Warning);
}

} // namespace glows::ui
