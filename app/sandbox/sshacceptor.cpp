// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshacceptor.h"

#include <QtGlobal>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace glows::sandbox {

SshAcceptor::~SshAcceptor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_sockets.clear();
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
#ifdef Q_OS_UNIX
    for (const int fd : m_wake) {
        if (fd >= 0)
            ::close(fd);
    }
#endif
}

bool SshAcceptor::add(int listenFd, Accepted onAccepted)
{
#ifdef Q_OS_UNIX
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return false;
    if (!m_thread.joinable()) {
        if (::pipe(m_wake) != 0)
            return false;
        for (const int fd : m_wake) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        m_thread = std::thread([this] { run(); });
    }
    m_sockets[listenFd] = std::move(onAccepted);
    wake();
    return true;
#else
    Q_UNUSED(listenFd);
    Q_UNUSED(onAccepted);
    return false;
#endif
}

void SshAcceptor::remove(int listenFd)
{
    // Waits for a callback in progress: the thread holds the lock while it runs one.
    std::lock_guard lock(m_mutex);
    if (m_sockets.erase(listenFd) > 0)
        wake();
}

int SshAcceptor::watchedCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_sockets.size());
}

void SshAcceptor::wake()
{
#ifdef Q_OS_UNIX
    if (m_wake[1] >= 0) {
        [[maybe_unused]] const auto n = ::write(m_wake[1], "x", 1); // a full pipe is already awake
    }
#endif
}

void SshAcceptor::run()
{
#ifdef Q_OS_UNIX
    std::vector<pollfd> watched;
    for (;;) {
        watched.clear();
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            watched.push_back({m_wake[0], POLLIN, 0});
            for (const auto &[fd, callback] : m_sockets)
                watched.push_back({fd, POLLIN, 0});
        }
        if (::poll(watched.data(), nfds_t(watched.size()), -1) <= 0)
            continue;
        if (watched.front().revents & POLLIN) {
            char drain[64];
            while (::read(m_wake[0], drain, sizeof drain) > 0) {
            }
        }
        for (auto it = watched.begin() + 1; it != watched.end(); ++it) {
            if (it->revents & POLLIN)
                acceptFrom(it->fd);
        }
    }
#endif
}

void SshAcceptor::acceptFrom(int listenFd)
{
#ifdef Q_OS_UNIX
    std::lock_guard lock(m_mutex);
    // Removed since the poll began (its number may even belong to another endpoint's socket by now,
    // which is then the right one to accept from).
    const auto it = m_sockets.find(listenFd);
    if (m_stopping || it == m_sockets.end())
        return;
    const int fd = ::accept(listenFd, nullptr, nullptr);
    if (fd < 0)
        return;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    // An accepted socket inherits O_NONBLOCK on macOS, not on Linux; the sessions block.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
#ifdef SO_NOSIGPIPE
    const int yes = 1; // macOS: a client gone mid-write must not kill the sandbox
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, sizeof yes);
#endif
    it->second(fd);
#else
    Q_UNUSED(listenFd);
#endif
}

} // namespace glows::sandbox
