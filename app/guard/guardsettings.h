// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/guard/guardrules.h"

#include <QString>

class QSettings;

namespace glows {

// The stored guard rules, shared by the app and glows-cli through the app's QSettings (passed in):
// account defaults under guard/<account id>/, per-instance overrides under
// guard/<account id>/instances/<instance id>/ (only the fields that override). Nothing secret is stored.
class GuardSettings final
{
public:
    explicit GuardSettings(QSettings *settings) : m_settings(settings) {}

    GuardAccountRules load(const QString &accountId) const;
    // Writes the defaults, runway, reminder and every override (overrides not in `rules` are removed).
    void save(const QString &accountId, const GuardAccountRules &rules);
    void saveDefaults(const QString &accountId, const GuardInstanceRules &defaults);
    // An empty override removes the instance's entry.
    void saveOverride(const QString &accountId, const QString &instanceId, const GuardOverride &override);
    void removeOverride(const QString &accountId, const QString &instanceId);

    // Whether the guard runs at all for this account (the app's master switch; default on).
    bool isEnabled(const QString &accountId) const;
    void setEnabled(const QString &accountId, bool enabled);

private:
    QString group(const QString &accountId) const;
    QSettings *m_settings;
};

} // namespace glows
