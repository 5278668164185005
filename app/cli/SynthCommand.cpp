// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"

#include "synth/MachineSynth.h"

#include <iostream>

namespace asd::cli {

int runSynth(const Args &args)
{
    if (args.positional().size() != 1)
        throw UsageError("expects one output folder");
    SynthOptions o;
    const std::string layout = args.value("layout", "dcase2020");
    if (layout == "dcase2020")
        o.layout = SynthOptions::Layout::Dcase2020;
    else if (layout == "dcase2023")
        o.layout = SynthOptions::Layout::Dcase2023;
    else
        throw UsageError("--layout must be dcase2020 or dcase2023, got '" + layout + "'");
    o.types = args.intValue("types", o.types);
    o.ids = args.intValue("ids", o.ids);
    o.trainPerId = args.intValue("train", o.trainPerId);
    o.testPerId = args.intValue("test", o.testPerId);
    o.seconds = args.doubleValue("seconds", o.seconds);
    o.severity = args.doubleValue("severity", o.severity);
    o.seed = static_cast<std::uint64_t>(args.intValue("seed", 1));
    o.threads = args.intValue("threads", 0);
    if (args.has("fault")) {
        std::string known;
        for (FaultKind f : synthFaults()) {
            known += std::string(known.empty() ? "" : ", ") + toString(f);
            if (args.value("fault") == toString(f))
                o.faults = {f};
        }
        if (o.faults.empty())
            throw UsageError("--fault must be one of " + known + ", got '" + args.value("fault") + "'");
    }
    if (o.types < 1 || o.types > int(synthMachineTypes().size()))
        throw UsageError("--types must be between 1 and " + std::to_string(synthMachineTypes().size()));
    if (o.ids < 1 || o.ids > 50)
        throw UsageError("--ids must be between 1 and 50");
    if (o.trainPerId < 0 || o.testPerId < 0 || o.trainPerId + o.testPerId == 0)
        throw UsageError("--train and --test must not be negative, and not both zero");
    if (o.seconds <= 0.0 || o.seconds > 600.0)
        throw UsageError("--seconds must be in (0, 600]");
    if (o.severity <= 0.0 || o.severity > 1.0)
        throw UsageError("--severity must be in (0, 1]");

    const int n = writeSynthDataset(args.positional()[0], o, [](int done, int total) {
        printProgress("writing clips", std::size_t(done), std::size_t(total));
    });
    std::cout << "wrote " << n << " clips (" << o.types << " machine types x " << o.ids << " IDs, " << layout
              << " layout) to " << args.positional()[0] << "\n";
    return 0;
}

} // namespace asd::cli
