// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "core/sshconfig.h"
#include "core/sshconfigfile.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <optional>

class QSettings;
class QWidget;

namespace glows::ui {

// Keeps ~/.ssh/glows/config in step with the current account's instance list, once the user turned it on
// (Settings → SSH, or "Open in VS Code" offering it), and adds the Include line to ~/.ssh/config after a
// one-time consent. Off by default. The files are written on a worker thread, one write at a time and in
// order, only when the text changed. On an account switch the file is emptied at once, so it never names
// another account's machines.
class SshConfigSync final : public QObject
{
    Q_OBJECT
public:
    SshConfigSync(QSettings *settings, SshConfigFiles files, QObject *parent = nullptr);
    ~SshConfigSync() override;

    const SshConfigFiles &files() const { return m_files; }
    // Another home folder (tests: a temporary one). Before the first write; nothing is moved.
    void setFiles(SshConfigFiles files) { m_files = std::move(files); }
    bool isEnabled() const;
    // Whether the user agreed to the Include line (asked once).
    bool hasIncludeConsent() const;
    // Turns the file off or on. Turning it on without consent asks first (see offerToEnable).
    void setEnabled(bool enabled);

    // The list as the window now shows it; Released and other non-Running instances drop out.
    void setInstances(const QList<Instance> &instances);
    // The account changed: no host of the old account may stay in the file.
    void clearForAccountSwitch();

    // The alias `ssh` resolves for this target, when the config is in place (on, written, Include present)
    // and has a block for exactly this host, port and user.
    std::optional<QString> aliasFor(const SshTarget &target) const;
    bool isInPlace() const { return isEnabled() && m_includePresent && m_written; }
    QList<sshconfig::HostEntry> entries() const { return m_entries; }

    // The one-time consent: explains what is written where, then turns the file on and adds the Include
    // line (or only writes the file). Opened with open(); `parent` is the window it belongs to.
    QMessageBox *offerToEnable(QWidget *parent);
    QMessageBox *consentDialog() const { return m_consent; }

    // Waits until every queued write is done (tests, and before quitting).
    void waitForWrites();
    QString lastError() const { return m_lastError; }

signals:
    // Enabled, written or Include state changed: the alias for a target may differ.
    void stateChanged();
    // A write failed; `message` is translated.
    void writeFailed(const QString &message);

private:
    void regenerate();
    void onWritten(bool ok, bool includePresent, const QString &error);

    QSettings *m_settings;
    SshConfigFiles m_files;
    QThreadPool m_pool;
    QList<Instance> m_instances;
    QList<sshconfig::HostEntry> m_entries;
    QString m_lastError;
    QPointer<QMessageBox> m_consent;
    bool m_includePresent = false;
    bool m_written = false;
};

} // namespace glows::ui
