// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace glows::ui {

class TunnelsModel;

// The tunnels list: every local forward with its traffic, Open in the browser and Stop for the selected one
// (Delete stops it too). Non-modal; the main window keeps one and raises it (View → Tunnels).
class TunnelsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TunnelsDialog(TunnelsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *openButton() const { return m_open; }
    // The tunnel of the current row, 0 when none.
    quint64 currentTunnel() const;
    void selectTunnel(quint64 id);

signals:
    void stopRequested(quint64 id);
    void openRequested(quint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    TunnelsModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace glows::ui
