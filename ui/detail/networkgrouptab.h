// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "ui/detail/detailtab.h"

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace glows {
class ApiError;
}

namespace glows::ui {

// The Network Group tab: the Mesh groups the instance belongs to, its private IP there, and the other
// members. "Add to group…" and "Leave group" work only while the instance is Running.
class NetworkGroupTab final : public DetailTab
{
    Q_OBJECT
public:
    explicit NetworkGroupTab(AppContext context, QWidget *parent = nullptr);

    // The groups the instance is a member of, as last fetched.
    QList<NetworkGroup> memberGroups() const;
    const QList<NetworkGroup> &allGroups() const { return m_groups; }
    bool isLoaded() const { return m_loaded; }
    bool isUnsupported() const { return m_unsupported; }
    QString emptyStateText() const;
    void setPollInterval(int ms);

    void openAddToGroup();
    void confirmLeaveGroup(const QString &groupId);
    void addToGroup(const QString &groupId);
    void leaveGroup(const QString &groupId);

signals:
    void groupsChanged();

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;

private:
    void fetch();
    void rebuild();
    void reportError(const ApiError &error);
    QWidget *groupBox(const NetworkGroup &group);

    QList<NetworkGroup> m_groups;
    QLabel *m_notice = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_serial = 0;
    bool m_inFlight = false;
    bool m_loaded = false;
    bool m_unsupported = false;
};

} // namespace glows::ui
