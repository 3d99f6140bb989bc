// SPDX-License-Identifier: MIT
#pragma once

namespace hearth::app {

// The whole GUI start-up (arguments, store, first-run demo data, main window), kept out of main.cpp
// so tests can drive the same path.
int runApplication(int argc, char **argv);

} // namespace hearth::app
