// SPDX-License-Identifier: Apache-2.0
// The Qt floor: the least a Qt Widgets program costs to show a 200-row table under three tabs. It paints
// one frame and exits; scripts/bench times the whole process and reads its peak RSS.
#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
class FloorWindow final : public QWidget
{
public:
    FloorWindow()
    {
        auto *layout = new QVBoxLayout(this);
        auto *tabs = new QTabBar(this);
        tabs->addTab(u"Running"_s);
        tabs->addTab(u"Snapshotting"_s);
        tabs->addTab(u"Released"_s);
        layout->addWidget(tabs);
        auto *model = new QStandardItemModel(200, 4, this);
        model->setHorizontalHeaderLabels({u"ID"_s, u"Name"_s, u"Cost"_s, u"Action"_s});
        for (int r = 0; r < 200; ++r) {
            model->setItem(r, 0, new QStandardItem(u"ins-%1"_s.arg(r, 8, 36, QLatin1Char('0'))));
            model->setItem(r, 1, new QStandardItem(u"NVIDIA GeForce RTX 4090"_s));
            model->setItem(r, 2, new QStandardItem(u"%1 Credits"_s.arg(r * 0.125, 0, 'f', 3)));
            model->setItem(r, 3, new QStandardItem(u"Release  Take Snapshot"_s));
        }
        auto *view = new QTableView(this);
        view->setModel(model);
        view->verticalHeader()->hide();
        layout->addWidget(view);
        resize(1280, 800);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_quitQueued) {
            m_quitQueued = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_quitQueued = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FloorWindow window;
    window.show();
    // Offscreen platforms may not send a paint event until asked; grab() forces one full paint.
    window.grab();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
