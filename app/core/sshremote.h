// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1StringView>

// The exact commands Glows Desktop runs on an instance over SSH. The app's SSH client sends them and the
// sandbox's SSH server recognises them, so both sides share this one spelling. They use only what every
// Linux image has (sh, cat, df, grep, printf) plus nvidia-smi where a GPU is present.
namespace glows::sshremote {

// GPU utilisation (%), memory used and total (MiB), one CSV line per GPU. Exit status 127 or "not found" on
// stderr means a CPU instance: shown as "no GPU", not as an error.
inline constexpr QLatin1StringView kGpuQuery{
    "nvidia-smi --query-gpu=utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits"};

// CPU counters, memory and network counters in one round trip, in this order, each file verbatim.
inline constexpr QLatin1StringView kProcQuery{"cat /proc/stat /proc/meminfo /proc/net/dev"};

// The instance's clock in epoch seconds: the guard's samples over SSH carry the instance's time.
inline constexpr QLatin1StringView kEpochQuery{"date +%s"};

// The root file system in 1024-byte blocks, POSIX format (one header line, one data line).
inline constexpr QLatin1StringView kDiskQuery{"df -P -k /"};

// Appends the public key read from stdin (one line) to ~/.ssh/authorized_keys unless an identical line is
// already there. The key travels on stdin so that nothing of it is parsed by a shell.
inline constexpr QLatin1StringView kInstallKey{
    "umask 077 && mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys && k=$(cat) && "
    "{ grep -qxF \"$k\" ~/.ssh/authorized_keys || printf '%s\\n' \"$k\" >> ~/.ssh/authorized_keys; }"};

} // namespace glows::sshremote
