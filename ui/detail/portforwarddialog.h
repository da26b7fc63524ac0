// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace glows::ui {

// The console's "New Port Forwarding" form (also used to edit a forward): a service port that is not
// forwarded yet, and a protocol, TCP by default or HTTPS for web UIs.
class PortForwardDialog final : public QDialog
{
    Q_OBJECT
public:
    // `forwardedPorts` are the instance's ports already forwarded; when editing, `currentPort` is allowed.
    PortForwardDialog(QList<int> forwardedPorts, QWidget *parent = nullptr);

    void setEditing(int currentPort, const QString &protocol);
    void setPort(int port);
    int port() const;
    // "tcp" or "https", as the API expects.
    QString protocol() const;
    void setProtocol(const QString &protocol);
    bool isInputValid() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QList<int> m_forwarded;
    int m_editingPort = 0;
    QLineEdit *m_port = nullptr;
    QComboBox *m_protocol = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_protocolLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace glows::ui
