// SPDX-License-Identifier: Apache-2.0
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "glows.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "glows.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "glows.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "glows.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "glows.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuard, "glows.guard", QtInfoMsg)
