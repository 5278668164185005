// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/JobEvent.h"

#include "dataset/DatasetIndex.h"

#include <cstdio>

namespace asd {

JobEvent phaseEvent(const std::string &message)
{
    JobEvent e;
    e.kind = JobEvent::Kind::Phase;
    e.message = message;
    return e;
}

JobEvent warningEvent(const std::string &message)
{
    JobEvent e;
    e.kind = JobEvent::Kind::Warning;
    e.message = message;
    return e;
}

std::string stageSummary(const std::vector<std::pair<std::string, double>> &stages)
{
    std::string out;
    for (const auto &[stage, seconds] : stages) {
        char took[32];
        std::snprintf(took, sizeof took, seconds < 10 ? " %.2f s" : " %.1f s", seconds);
        out += (out.empty() ? "" : ", ") + stage + took;
    }
    return out;
}

JobEvent progressEvent(std::size_t done, std::size_t total)
{
    JobEvent e;
    e.kind = JobEvent::Kind::Progress;
    e.step = long(done);
    e.steps = long(total);
    return e;
}

void reportSkipped(const std::vector<SkippedFile> &skipped, const JobListener &listener)
{
    for (const auto &s : skipped)
        listener(warningEvent("skipped " + s.path + ": " + s.error));
}

} // namespace asd
