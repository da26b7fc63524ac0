// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/translations.h"

namespace glows::ui {

using Translations = glows::Translations;

} // namespace glows::ui
