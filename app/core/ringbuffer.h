// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>
#include <vector>

namespace glows {

// Fixed-capacity FIFO: memory is allocated once, so metric history does not grow with uptime.
template<typename T>
class RingBuffer final
{
public:
    explicit RingBuffer(qsizetype capacity) : m_data(size_t(qMax<qsizetype>(capacity, 1))) {}

    void push(const T &value)
    {
        m_data[size_t((m_start + m_size) % capacity())] = value;
        if (m_size < capacity())
            ++m_size;
        else
            m_start = (m_start + 1) % capacity();
    }
    void clear()
    {
        m_start = 0;
        m_size = 0;
    }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return qsizetype(m_data.size()); }
    bool isEmpty() const { return m_size == 0; }
    // 0 is the oldest element.
    const T &at(qsizetype i) const { return m_data[size_t((m_start + i) % capacity())]; }
    const T &last() const { return at(m_size - 1); }

private:
    std::vector<T> m_data;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};

} // namespace glows
