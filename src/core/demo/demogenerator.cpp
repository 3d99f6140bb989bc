// SPDX-License-Identifier: MIT
#include "core/demo/demogenerator.h"

#include "core/store/store.h"

namespace hearth::core::demo {

Result<Summary> generate(Store &store, const Options &options,
                         const std::function<bool(double)> &progress)
{
    (void)store;
    (void)options;
    (void)progress;
    return Error::make(Error::Code::Unsupported, QStringLiteral("Demo data is not built yet."));
}

} // namespace hearth::core::demo
