// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QString>

namespace glows::sandbox {

// Why the simulated cloud refused something: an application code from api/apierror.h (`codes`) and the
// message sent in the envelope's `msg`.
struct Failure
{
    int code = 0;
    QString msg;
};

// A value or a Failure. Every engine operation returns one, so no refusal can be silently ignored.
template<typename T>
using Outcome = Result<T, Failure>;

} // namespace glows::sandbox
