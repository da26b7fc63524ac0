// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// glows.ssh: the SSH client library. Never logs a password or a key's private part.
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
