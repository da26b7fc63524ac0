// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshkeys.h"

#include "ssh/sshlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace glows::sshkeys {
namespace {

struct KeyText
{
    Q_DECLARE_TR_FUNCTIONS(SshKeys)
};

const QStringList &keyTypes()
{
    static const QStringList types{u"ssh-ed25519"_s,
                                   u"ecdsa-sha2-nistp256"_s,
                                   u"ecdsa-sha2-nistp384"_s,
                                   u"ecdsa-sha2-nistp521"_s,
                                   u"ssh-rsa"_s,
                                   u"sk-ssh-ed25519@openssh.com"_s,
                                   u"sk-ecdsa-sha2-nistp256@openssh.com"_s};
    return types;
}

} // namespace

QString userSshDir()
{
    return QDir::homePath() + u"/.ssh"_s;
}

std::optional<QString> findPublicKey(const QString &sshDir)
{
    for (const char *name : {"id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub"}) {
        const QString path = sshDir + u'/' + QLatin1StringView(name);
        if (QFileInfo::exists(path) && QFileInfo::exists(privateKeyFor(path)))
            return path;
    }
    return std::nullopt;
}

bool isValidPublicKeyLine(const QString &line)
{
    if (line.contains(u'\n') || line.contains(u'\r') || line.size() > 16384)
        return false;
    const QStringList f = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (f.size() < 2 || !keyTypes().contains(f.at(0)))
        return false;
    static const QRegularExpression base64(u"^[A-Za-z0-9+/]+={0,2}$"_s);
    if (!base64.match(f.at(1)).hasMatch())
        return false;
    // The blob names its own type; it must agree with the first word.
    const QByteArray blob = QByteArray::fromBase64(f.at(1).toLatin1());
    const QByteArray type = f.at(0).toLatin1();
    return blob.size() > 4 + type.size() && blob.mid(4, type.size()) == type;
}

std::optional<QString> readPublicKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = KeyText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QString line = QString::fromUtf8(file.read(16385)).trimmed();
    if (!isValidPublicKeyLine(line)) {
        if (error)
            *error = KeyText::tr("%1 does not hold one OpenSSH public key.").arg(path);
        return std::nullopt;
    }
    return line;
}

QString privateKeyFor(const QString &publicKeyPath)
{
    return publicKeyPath.endsWith(".pub"_L1) ? publicKeyPath.chopped(4) : publicKeyPath;
}

QString newKeyPath(const QString &sshDir)
{
    const QString base = sshDir + u"/id_ed25519"_s;
    if (!QFileInfo::exists(base) && !QFileInfo::exists(base + u".pub"_s))
        return base;
    for (int i = 1;; ++i) {
        const QString path = sshDir + (i == 1 ? u"/id_ed25519_glows"_s : u"/id_ed25519_glows_%1"_s.arg(i));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + u".pub"_s))
            return path;
    }
}

KeyGenerator::KeyGenerator(QObject *parent) : QObject(parent) {}

KeyGenerator::~KeyGenerator()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString KeyGenerator::sshKeygenProgram()
{
    return QStandardPaths::findExecutable(u"ssh-keygen"_s);
}

void KeyGenerator::generate(const QString &privateKeyPath, Passphrase passphrase, const QString &comment)
{
    auto finishLater = [this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished({}, error); }, Qt::QueuedConnection);
    };
    const QString program = sshKeygenProgram();
    if (program.isEmpty())
        return finishLater(KeyText::tr("ssh-keygen was not found. Install OpenSSH to create a key."));
    if (m_process)
        return finishLater(KeyText::tr("A key is already being created."));
    if (QFileInfo::exists(privateKeyPath) || QFileInfo::exists(privateKeyPath + u".pub"_s))
        return finishLater(KeyText::tr("%1 exists already; it was left as it is.").arg(privateKeyPath));
    const QDir dir = QFileInfo(privateKeyPath).absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath()))
            return finishLater(KeyText::tr("Cannot create the folder %1.").arg(dir.absolutePath()));
        QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QStringList args{u"-t"_s, u"ed25519"_s, u"-f"_s, privateKeyPath, u"-q"_s};
    if (!comment.isEmpty())
        args << u"-C"_s << comment;
    m_process = new QProcess(this);
    if (passphrase == Passphrase::None) {
        args << u"-N"_s << QString();
        m_process->setStandardInputFile(QProcess::nullDevice());
    } else {
        // ssh-keygen asks on the terminal itself; the passphrase never passes through this process.
        m_process->setProcessChannelMode(QProcess::ForwardedChannels);
        m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    }
    connect(m_process, &QProcess::finished, this,
            [this, privateKeyPath](int code, QProcess::ExitStatus status) {
                const QString output = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
                m_process->deleteLater();
                m_process = nullptr;
                const QString pub = privateKeyPath + u".pub"_s;
                if (status != QProcess::NormalExit || code != 0 || !QFileInfo::exists(pub)) {
                    emit finished({}, KeyText::tr("ssh-keygen failed: %1")
                                          .arg(output.isEmpty() ? QString::number(code) : output));
                    return;
                }
                qCInfo(lcSsh) << "created key" << pub;
                emit finished(pub, {});
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !m_process)
            return;
        const QString reason = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        emit finished({}, KeyText::tr("ssh-keygen could not be started: %1").arg(reason));
    });
    m_process->start(program, args);
}

} // namespace glows::sshkeys
