// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <utility>
#include <variant>

namespace glows {

// A value or an error, never both: what every fallible call returns or hands to its handler (modelled on
// Qt Creator's Utils::Result). Each layer names its error once: ApiResult<T> (api/apierror.h), SshResult<T>
// (ssh/ssherror.h), sandbox::Outcome<T> (sandbox/outcome.h). Test with ok(), then read value() or error().
template<typename T, typename E>
class Result final
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// The value of a call whose success carries no payload.
struct Done
{
};

// The one continuation shape of an asynchronous call: the handler runs exactly once with the result.
template<typename T, typename E>
using ResultHandler = std::function<void(const Result<T, E> &)>;

} // namespace glows
