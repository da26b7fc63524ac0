// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/livequery.h"
#include "core/domain.h"
#include "ui/detail/detailtab.h"

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace glows {
class ApiError;
}

namespace glows::ui {

class MessageBar;

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
    bool isUnsupported() const;
    QString emptyStateText() const;
    QPushButton *goToMeshButton() const { return m_goToMesh; }
    void setPollInterval(int ms);
    // Applies one listing of the account's groups; what a fetch does with the server's answer.
    void showGroups(const QList<NetworkGroup> &groups);

    void openAddToGroup();
    void confirmLeaveGroup(const QString &groupId);
    void addToGroup(const QString &groupId);
    void leaveGroup(const QString &groupId);

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;
    void retranslate() override;

private:
    void rebuild();
    void updateAddButton();
    void reportError(const ApiError &error);
    QWidget *groupBox(const NetworkGroup &group);

    QList<NetworkGroup> m_groups;
    MessageBar *m_notice = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_goToMesh = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_scroll = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    LiveQuery *m_query;
    bool m_loaded = false;
    bool m_builtEditable = false;
    // Writes each shown group's texts; run again on a language switch, so the groups are not rebuilt.
    QList<std::function<void()>> m_groupTexts;
};

} // namespace glows::ui
