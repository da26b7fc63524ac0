// SPDX-License-Identifier: Apache-2.0
// Nothing clipped and every button named: the main window on each page and detail tab, and every dialog, in
// English and Japanese, offscreen at 1280×800 (CTest runs it a second time at QT_SCALE_FACTOR=2). A label
// fails when its size hint (or, wrapped, its height for its width) exceeds its geometry, a table cell when
// its delegate's size hint is wider than its column, unless the widget is marked with the dynamic property
// "glowsElides" (or the view lists the column in "glowsElidesColumns"). Names are checked in-process through
// QAccessible, as a screen reader sees them.
#include "api/glowsclient.h"
#include "api/secretstore.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/aboutdialog.h"
#include "ui/accounts/accountdialog.h"
#include "ui/appshell.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/billingmodel.h"
#include "ui/detail/billingtab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/monitortab.h"
#include "ui/detail/portforwarddialog.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/theme.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/ssh/hostkeydialog.h"
#include "ui/ssh/tunnelsdialog.h"
#include "ui/ssh/tunnelsmodel.h"
#include "ui/traycontroller.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

bool elidesOnPurpose(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->property("glowsElides").toBool())
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(u'/' + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                       : w->objectName()));
    return path;
}

bool shown(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && widget->width() > 0 && widget->height() > 0;
}

QStringList clippedLabels(const QWidget *root)
{
    QStringList problems;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!shown(label, root) || label->text().isEmpty() || elidesOnPurpose(label))
            continue;
        const QSize size = label->size();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            if (needed > size.height() + 1)
                problems << u"%1 \"%2\": needs %3 px high at %4 px, has %5"_s.arg(
                    describe(label), label->text().left(40), QString::number(needed),
                    QString::number(size.width()), QString::number(size.height()));
        } else {
            const QSize hint = label->sizeHint();
            if (hint.width() > size.width() + 1 || hint.height() > size.height() + 1)
                problems << u"%1 \"%2\": needs %3x%4, has %5x%6"_s.arg(
                    describe(label), label->text().left(40), QString::number(hint.width()),
                    QString::number(hint.height()), QString::number(size.width()),
                    QString::number(size.height()));
        }
    }
    return problems;
}

QStringList clippedCells(const QWidget *root)
{
    QStringList problems;
    for (const QTableView *view : root->findChildren<QTableView *>()) {
        if (!shown(view, root) || !view->model() || elidesOnPurpose(view))
            continue;
        const QAbstractItemModel *model = view->model();
        int last = -1; // the stretched last section has the rest of the width
        for (int c = 0; c < model->columnCount(); ++c) {
            if (!view->isColumnHidden(c))
                last = qMax(last, view->horizontalHeader()->visualIndex(c));
        }
        const QVariantList elided = view->property("glowsElidesColumns").toList();
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        // One line per cell: a cell whose text only fits wrapped onto a second line counts as clipped.
        option.features = QStyleOptionViewItem::None;
        option.widget = view;
        for (int r = 0; r < qMin(model->rowCount(), 30); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (view->isColumnHidden(c) || view->horizontalHeader()->visualIndex(c) == last ||
                    elided.contains(c))
                    continue;
                const QModelIndex index = model->index(r, c);
                option.rect = view->visualRect(index);
                const QSize hint = view->itemDelegateForIndex(index)->sizeHint(option, index);
                if (hint.width() > view->columnWidth(c) + 1 || hint.height() > view->rowHeight(r) + 1)
                    problems << u"%1 row %2 column %3 \"%4\": needs %5x%6, has %7x%8"_s.arg(
                        describe(view), QString::number(r), QString::number(c),
                        index.data().toString().left(40), QString::number(hint.width()),
                        QString::number(hint.height()), QString::number(view->columnWidth(c)),
                        QString::number(view->rowHeight(r)));
            }
        }
    }
    return problems;
}

QStringList unnamedButtons(const QWidget *root)
{
    QStringList problems;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shown(button, root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        if (!iface)
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << u"%1: a %2 without an accessible name"_s.arg(
                describe(button), QString::fromLatin1(button->metaObject()->className()));
    }
    return problems;
}

QStringList problems(const QWidget *root)
{
    return clippedLabels(root) + clippedCells(root) + unnamedButtons(root);
}

// Layouts settle through posted events: wait until the widget is clean, or report what is still wrong.
#define CHECK_LAYOUT(widget, what)                                                                           \
    do {                                                                                                     \
        QTRY_VERIFY2_WITH_TIMEOUT(                                                                           \
            problems(widget).isEmpty(),                                                                      \
            qPrintable(u"%1 (%2): %3"_s.arg(what, language, problems(widget).join(u"\n  "_s))), 3000);       \
    } while (false)

} // namespace

class tst_Layout final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyPageAndDialog_data();
    void everyPageAndDialog();
    void themeColorsFollowTheTheme();
    void messageBarTypesAndClose();
    void monitorWithoutDataShowsNoCharts();

private:
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
};

void tst_Layout::init()
{
    sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s;
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(options);
    QVERIFY(m_sandbox->start());
}

void tst_Layout::cleanup()
{
    m_sandbox.reset();
}

void tst_Layout::everyPageAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

void tst_Layout::everyPageAndDialog()
{
    QFETCH(QString, language);
    QNetworkAccessManager nam;
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"preferences/language"_s, language);
    SecretStore secrets(u"tst_layout"_s);
    ui::AppShell shell(ui::ShellOptions{&settings, &nam, &secrets, m_sandbox->baseUrl(), m_sandbox->token()});
    shell.start();
    ui::MainWindow &window = *shell.window();
    window.tray()->setClosePrompt(
        [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 10000);
    if (language != "en"_L1) // the translators are installed: no English left on the status tabs
        QVERIFY(!window.statusTabs()->tabText(0).contains(u"Running"_s));

    // The status tabs, each with its first row selected.
    for (int i = 0; i < window.statusTabs()->count(); ++i) {
        window.statusTabs()->setCurrentIndex(i);
        window.instanceView()->selectRow(0);
        CHECK_LAYOUT(&window, u"status tab %1"_s.arg(i));
    }

    // Every detail tab of a Running instance.
    const ui::InstanceModel *model = window.instanceModel();
    const Instance *running = nullptr;
    for (int r = 0; r < model->rowCount() && !running; ++r) {
        if (model->instanceAt(r)->status.canTakeSnapshot())
            running = model->instanceAt(r);
    }
    QVERIFY(running);
    const Instance instance = *running;
    window.statusTabs()->setCurrentIndex(0);
    window.selectInstance(instance.instanceID);
    QTabWidget *detailTabs = window.detailPane()->tabs();
    for (int tab = 0; tab < detailTabs->count(); ++tab) {
        detailTabs->setCurrentIndex(tab);
        // Checked with their data: the SSH command, the charts with samples, the billing records.
        if (tab == ui::DetailPane::AccessPage)
            QTRY_VERIFY(!window.findChild<QLabel *>(u"sshCommand"_s)->text().isEmpty());
        if (tab == ui::DetailPane::MonitorPage)
            QTRY_VERIFY_WITH_TIMEOUT(
                window.detailPane()->monitorTab()->findChild<QWidget *>(u"chart5"_s)->isVisible(), 10000);
        if (tab == ui::DetailPane::BillingPage)
            QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->billingTab()->model()->rowCount() > 0, 10000);
        CHECK_LAYOUT(&window, u"detail tab %1"_s.arg(detailTabs->tabText(tab)));
        if (tab == ui::DetailPane::MonitorPage) { // every chart whole, without scrolling
            const auto *scroll = window.detailPane()->monitorTab()->findChild<QScrollArea *>();
            QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
            QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        }
    }

    window.showPage(ui::MainWindow::SnapshotsPageIndex);
    QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsPage()->model()->rowCount() > 0, 10000);
    CHECK_LAYOUT(&window, u"Snapshots page"_s);
    window.showPage(ui::MainWindow::InstancesPage);

    const ui::AppContext context{shell.client(), &settings, true};
    {
        ui::SnapshotDialog dialog(context, instance, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CHECK_LAYOUT(&dialog, u"Take Snapshot"_s);
        // A name problem appears below the field: the dialog grows so every note stays whole.
        dialog.findChild<QLineEdit *>(u"snapshotName"_s)
            ->setText(u"bad\u202Ename"_s); // a bidi override: refused by the one name rule
        QVERIFY(dialog.findChild<QLabel *>(u"nameProblem"_s)->isVisible());
        CHECK_LAYOUT(&dialog, u"Take Snapshot, name problem"_s);
    }
    {
        // A failed request: the message bar with its details open, the input kept.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        GlowsClient dead(&nam, QUrl(u"http://127.0.0.1:%1/sdk/v1"_s.arg(deadPort)), u"t"_s);
        ui::SnapshotDialog dialog(ui::AppContext{&dead, &settings, true}, instance, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QVERIFY(dialog.errorPanel()->isVisible());
        dialog.errorPanel()->detailsButton()->click();
        CHECK_LAYOUT(&dialog, u"Take Snapshot, failed"_s);
    }
    {
        ui::ReleaseDialog dialog(context, instance, 12'345, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CHECK_LAYOUT(&dialog, u"Release"_s);
    }
    {
        ui::NewInstanceDialog dialog(context, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CHECK_LAYOUT(&dialog, u"New Instance"_s);
    }
    {
        ui::PortForwardDialog dialog(QList<int>{22, 8888}, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CHECK_LAYOUT(&dialog, u"New Port Forwarding"_s);
    }
    {
        ui::AboutDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CHECK_LAYOUT(&dialog, u"About"_s);
    }
    {
        ui::SettingsDialog *dialog = shell.openSettings(true);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (int page = 0; page < dialog->pages()->count(); ++page) {
            dialog->pages()->setCurrentIndex(page);
            CHECK_LAYOUT(dialog, u"Settings page %1"_s.arg(page));
        }
        const ui::AccountServices services{shell.accounts(), shell.tokens(), &nam};
        ui::AccountDialog add(ui::AccountDialog::Mode::Add, services, dialog);
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        CHECK_LAYOUT(&add, u"Add Account"_s);
        add.reject();
        ui::AccountDialog signIn(ui::AccountDialog::Mode::SignIn, services, dialog);
        signIn.setAccount(
            Account{u"work"_s, u"Work"_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows});
        signIn.setReason(u"The server no longer accepts the token of “Work”. Sign in again."_s);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        CHECK_LAYOUT(&signIn, u"Sign In Again"_s);
        dialog->reject();
    }
    {
        // Issue 19: the tunnels list with a row in each state, the host-key prompt and its refusal.
        ui::TunnelsModel model;
        model.upsert({1,
                      instance.instanceID,
                      instance.displayName(),
                      8888,
                      u"127.0.0.1"_s,
                      41235,
                      2'482'176,
                      18'944,
                      ui::TunnelRow::State::Open,
                      {}});
        model.upsert({2, instance.instanceID, instance.displayName(), 6006, u"127.0.0.1"_s, 0, 0, 0,
                      ui::TunnelRow::State::Failed, u"The instance's SSH server cannot be reached."_s});
        ui::TunnelsDialog tunnels(&model, &window);
        tunnels.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tunnels));
        CHECK_LAYOUT(&tunnels, u"Tunnels"_s);
        ui::HostKeyDialog prompt({instance.displayName(), instance.instanceID, u"ssh-ed25519"_s,
                                  u"SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"_s},
                                 &window);
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        CHECK_LAYOUT(&prompt, u"New Host Key"_s);
    }
    window.close();
}

void tst_Layout::themeColorsFollowTheTheme()
{
    ui::applyTheme(ui::AppSettings::Theme::Light);
    const QColor lightError = ui::themeColor(ui::ColorRole::Error);
    QWidget window;
    QLabel &label = *new QLabel(u"Problem"_s, &window);
    ui::setTextColor(&label, ui::ColorRole::Error);
    window.show();
    QCOMPARE(label.palette().color(QPalette::WindowText), lightError);
    ui::applyTheme(ui::AppSettings::Theme::Dark);
    QVERIFY(ui::isDarkTheme());
    QVERIFY(ui::themeColor(ui::ColorRole::Error) != lightError);
    QCOMPARE(label.palette().color(QPalette::WindowText), ui::themeColor(ui::ColorRole::Error));
    ui::applyTheme(ui::AppSettings::Theme::Light);
    QCOMPARE(label.palette().color(QPalette::WindowText), lightError);
}

void tst_Layout::messageBarTypesAndClose()
{
    ui::applyTheme(ui::AppSettings::Theme::Light);
    QWidget window;
    auto *bar = new ui::MessageBar(&window);
    bar->setClosable(true);
    window.show();
    QVERIFY(!bar->isVisible());
    bar->showMessage(u"Could not load"_s, ui::MessageBar::Type::Error, u"HTTP 500"_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), ui::MessageBar::Type::Error);
    QCOMPARE(bar->palette().color(QPalette::Window), ui::themeColor(ui::ColorRole::ErrorBackground));
    QVERIFY(bar->detailsButton()->isVisible());
    bar->setText(u"Address copied."_s);
    QCOMPARE(bar->type(), ui::MessageBar::Type::Information);
    QCOMPARE(bar->palette().color(QPalette::Window), ui::themeColor(ui::ColorRole::InformationBackground));
    QVERIFY(unnamedButtons(&window).isEmpty());
    QSignalSpy closed(bar, &ui::MessageBar::closed);
    bar->closeButton()->click();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!bar->isVisible());
}

void tst_Layout::monitorWithoutDataShowsNoCharts()
{
    QNetworkAccessManager nam;
    GlowsClient client(&nam, m_sandbox->baseUrl(), m_sandbox->token());
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"tst_layout"_s);
    ui::MonitorTab tab(ui::AppContext{&client, &settings, true});
    tab.resize(900, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    for (int i = 0; i < 6; ++i)
        QVERIFY(!tab.findChild<QWidget *>(u"chart%1"_s.arg(i))->isVisible());
}

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
