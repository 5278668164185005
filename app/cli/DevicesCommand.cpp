// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"

#include "devices/Devices.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace asd::cli {

int runDevices(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no arguments");
    const auto devices = listDevices();
    if (args.has("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &d : devices)
            j.push_back({{"id", d.id}, {"name", d.name}, {"memory_bytes", d.memoryBytes}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    for (const auto &d : devices)
        std::printf("%-8s %s\n", d.id.c_str(), describe(d).c_str());
    return 0;
}

} // namespace asd::cli
