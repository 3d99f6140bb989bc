// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <atomic>

namespace hearth::core {

// The scheduler's notion of "now", injectable so that tests (and replays) never wait for real.
class AlertClock
{
public:
    virtual ~AlertClock() = default;
    virtual Micros now() const = 0;
};

class SystemAlertClock : public AlertClock
{
public:
    Micros now() const override { return nowMicros(); }
};

// A clock that moves only when told to (tests, simulations).
class ManualAlertClock : public AlertClock
{
public:
    explicit ManualAlertClock(Micros start) : m_now(start) { }
    Micros now() const override { return m_now.load(); }
    void set(Micros t) { m_now.store(t); }
    void advance(Micros by) { m_now.fetch_add(by); }

private:
    std::atomic<Micros> m_now;
};

} // namespace hearth::core
