// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/messagebar.h"

namespace glows::ui {

// The earlier name, still used by tests and by code on other branches.
using ErrorPanel = MessageBar;

} // namespace glows::ui
