// SPDX-License-Identifier: Apache-2.0
#include "ui/sshconfigsync.h"

#include "core/logging.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

constexpr auto kEnabledKey = "ssh/keepConfigUpdated";
constexpr auto kConsentKey = "ssh/includeConsent";

} // namespace

SshConfigSync::SshConfigSync(QSettings *settings, SshConfigFiles files, QObject *parent)
    : QObject(parent), m_settings(settings), m_files(std::move(files))
{
    // One thread: the writes happen one at a time, in the order they were asked for.
    m_pool.setMaxThreadCount(1);
}

SshConfigSync::~SshConfigSync()
{
    m_pool.waitForDone();
}

bool SshConfigSync::isEnabled() const
{
    return m_settings && m_settings->value(QLatin1StringView(kEnabledKey), false).toBool();
}

bool SshConfigSync::hasIncludeConsent() const
{
    return m_settings && m_settings->value(QLatin1StringView(kConsentKey), false).toBool();
}

void SshConfigSync::setEnabled(bool enabled)
{
    if (!m_settings || enabled == isEnabled())
        return;
    m_settings->setValue(QLatin1StringView(kEnabledKey), enabled);
    m_written = false;
    // Turned off: the file stays as it is (docs/ssh.md says how to remove it); it just stops following.
    if (enabled)
        regenerate();
    emit stateChanged();
}

void SshConfigSync::setInstances(const QList<Instance> &instances)
{
    m_instances = instances;
    m_entries = sshconfig::hostEntries(instances);
    if (isEnabled())
        regenerate();
}

void SshConfigSync::clearForAccountSwitch()
{
    setInstances({});
    emit stateChanged();
}

void SshConfigSync::regenerate()
{
    // On the worker, one write after another: the identities (keys.json changes when a key is installed),
    // the text, the file only when it differs, and the Include once consented.
    const QList<Instance> instances = m_instances;
    const SshConfigFiles files = m_files;
    const bool addInclude = hasIncludeConsent();
    m_pool.start([this, instances, files, addInclude] {
        const QString text = sshconfig::renderConfig(
            sshconfig::hostEntries(instances, SshKeyRegistry(files).identities()), files.knownHostsPath());
        QString error;
        bool ok = files.writeManagedConfig(text, &error) != SshConfigFiles::Outcome::Failed;
        if (ok && addInclude)
            ok = files.addInclude(&error) != SshConfigFiles::Outcome::Failed;
        const bool included = files.hasInclude();
        QMetaObject::invokeMethod(
            this, [this, ok, included, error] { onWritten(ok, included, error); }, Qt::QueuedConnection);
    });
}

void SshConfigSync::onWritten(bool ok, bool includePresent, const QString &error)
{
    const bool before = isInPlace();
    m_includePresent = includePresent;
    if (ok) {
        m_written = true;
        m_lastError.clear();
    } else {
        m_lastError = error;
        qCWarning(lcUi).noquote() << "ssh config:" << error;
        emit writeFailed(tr("The SSH config could not be written: %1").arg(error));
    }
    if (before != isInPlace() || ok)
        emit stateChanged();
}

std::optional<QString> SshConfigSync::aliasFor(const SshTarget &target) const
{
    if (!isInPlace())
        return std::nullopt;
    for (const sshconfig::HostEntry &e : m_entries) {
        if (e.target == target)
            return e.alias;
    }
    return std::nullopt;
}

void SshConfigSync::waitForWrites()
{
    m_pool.waitForDone();
}

QMessageBox *SshConfigSync::offerToEnable(QWidget *parent)
{
    if (m_consent) {
        m_consent->raise();
        m_consent->activateWindow();
        return m_consent;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Keep an SSH config for your instances"),
                        tr("Glows Desktop can write a Host block for each Running instance to %1 and keep "
                           "it up to date, so that “ssh glows-NAME”, “ssh INSTANCE-ID” and VS Code "
                           "Remote-SSH work without a password prompt once your key is installed.")
                            .arg(m_files.managedConfigPath()),
                        QMessageBox::NoButton, parent);
    box->setObjectName(u"sshConfigConsent"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("To make the aliases work everywhere, this line is added at the top of %1:\n\n%2\n\nA copy of the "
           "file as it was is kept in %3, and no other line is changed. No password is ever written.")
            .arg(m_files.userConfigPath(), m_files.includeLine(), m_files.backupPath()));
    QPushButton *both = box->addButton(tr("Write and Add the Include Line"), QMessageBox::AcceptRole);
    both->setObjectName(u"consentInclude"_s);
    QPushButton *fileOnly = box->addButton(tr("Only Write the File"), QMessageBox::ActionRole);
    fileOnly->setObjectName(u"consentFileOnly"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"consentCancel"_s);
    box->setDefaultButton(both);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, both, fileOnly](QAbstractButton *button) {
        if (button != both && button != fileOnly)
            return;
        if (button == both)
            m_settings->setValue(QLatin1StringView(kConsentKey), true);
        if (isEnabled())
            regenerate();
        else
            setEnabled(true);
    });
    m_consent = box;
    box->open();
    return box;
}

} // namespace glows::ui
