// SPDX-License-Identifier: MIT
// Built only by the layering test, which expects this to FAIL: core must not see QtWidgets.
#include <QtWidgets/QWidget>

int layeringProbe()
{
    return sizeof(QWidget);
}
