// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <utility>
#include <variant>

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
class Outcome final
{
public:
    Outcome(T value) : m_data(std::move(value)) {}
    Outcome(Failure failure) : m_data(std::move(failure)) {}
    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const Failure &failure() const { return std::get<Failure>(m_data); }

private:
    std::variant<T, Failure> m_data;
};

} // namespace glows::sandbox
