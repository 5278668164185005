// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"

#include "dataset/DatasetIndex.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <map>
#include <tuple>

namespace asd::cli {
namespace {

nlohmann::json orNull(int v) { return v >= 0 ? nlohmann::json(v) : nlohmann::json(nullptr); }
template <typename E>
nlohmann::json orNull(E e, E none)
{
    return e == none ? nlohmann::json(nullptr) : nlohmann::json(toString(e));
}

void printTable(const DatasetIndex &index)
{
    std::printf("%s\n%zu clips in %d classes, %zu skipped\n\n", index.root.c_str(), index.clips.size(),
                index.classes.size(), index.skipped.size());
    // One row per (type, group, domain, split); labels as columns.
    using Row = std::tuple<std::string, std::string, std::string, std::string>;
    std::map<Row, std::array<int, 3>> rows;
    for (const auto &g : index.groups()) {
        Clip probe;
        probe.id = g.id;
        probe.section = g.section;
        Row r{g.machineType, groupName(probe), g.domain == Domain::None ? "-" : toString(g.domain),
              toString(g.split)};
        rows[r][int(g.label)] += g.count;
    }
    std::printf("%-14s %-11s %-7s %-8s %7s %8s %8s\n", "type", "group", "domain", "split", "normal", "anomaly",
                "unknown");
    for (const auto &[r, n] : rows)
        std::printf("%-14s %-11s %-7s %-8s %7d %8d %8d\n", std::get<0>(r).c_str(), std::get<1>(r).c_str(),
                    std::get<2>(r).c_str(), std::get<3>(r).c_str(), n[0], n[1], n[2]);

    std::map<std::pair<int, int>, int> formats; // (rate, channels) -> clips
    double shortest = 1e30, longest = 0;
    for (const auto &c : index.clips) {
        ++formats[{c.audio.sampleRate, c.audio.channels}];
        shortest = std::min(shortest, c.audio.seconds());
        longest = std::max(longest, c.audio.seconds());
    }
    if (!index.clips.empty()) {
        std::printf("\naudio:");
        for (const auto &[f, n] : formats)
            std::printf(" %d Hz %s (%d clips);", f.first, f.second == 1 ? "mono" : "multi-channel", n);
        std::printf(" %.2f-%.2f s\n", shortest, longest);
    }
    if (!index.skipped.empty()) {
        std::printf("\nskipped:\n");
        for (const auto &s : index.skipped)
            std::printf("  %s: %s\n", s.path.c_str(), s.error.c_str());
    }
}

} // namespace

int runScan(const Args &args)
{
    if (args.positional().size() != 1)
        throw UsageError("expects one dataset folder");
    ScanOptions options;
    options.threads = args.intValue("threads", 0);
    options.progress = [](std::size_t done, std::size_t total) { printProgress("reading headers", done, total); };
    const DatasetIndex index = scanDataset(args.positional()[0], options);

    if (!args.has("json")) {
        printTable(index);
        return 0;
    }
    nlohmann::json j;
    j["root"] = index.root;
    j["clips"] = index.clips.size();
    j["classes"] = index.classes.size();
    j["skipped"] = nlohmann::json::array();
    for (const auto &s : index.skipped)
        j["skipped"].push_back({{"path", s.path}, {"error", s.error}});
    j["groups"] = nlohmann::json::array();
    for (const auto &g : index.groups()) {
        j["groups"].push_back({{"machine_type", g.machineType},
                               {"id", orNull(g.id)},
                               {"section", orNull(g.section)},
                               {"domain", orNull(g.domain, Domain::None)},
                               {"split", orNull(g.split, Split::Unknown)},
                               {"label", orNull(g.label, Label::Unknown)},
                               {"count", g.count}});
    }
    std::cout << j.dump(2) << "\n";
    return 0;
}

} // namespace asd::cli
