// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertrun.h"

#include <QColor>

namespace hearth::app {

// One colour per alert state, shared by the tiles, the list dot and the sparkline.
inline QColor alertStateColor(core::AlertState state)
{
    switch (state) {
    case core::AlertState::Firing:
        return QColor(0xd9, 0x3f, 0x3f);
    case core::AlertState::Flapping:
        return QColor(0xe8, 0x8b, 0x1a);
    case core::AlertState::Ok:
        return QColor(0x2e, 0x9d, 0x5b);
    case core::AlertState::Snoozed:
        return QColor(0x6b, 0x7f, 0xd7);
    case core::AlertState::NoData:
        return QColor(0x9a, 0x9a, 0x9a);
    case core::AlertState::Error:
        return QColor(0x8e, 0x3b, 0xb5);
    }
    return Qt::gray;
}

} // namespace hearth::app
