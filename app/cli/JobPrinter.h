// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "jobs/Job.h"

#include <nlohmann/json.hpp>

namespace asd::cli {

// Shows a job's events on the terminal (one updating progress line, a metrics table per
// epoch) or, with jsonEvents, as one JSON object per line on stdout. Ctrl+C cancels the
// job cleanly. Returns 0 on success, 1 on failure, 130 when cancelled.
int printJob(Job &job, bool jsonEvents);
void printEvent(const JobEvent &e, bool jsonEvents);
// The inverse of printEvent's JSON for a result of one part of a job (a sweep's condition,
// a comparison's detector): asd sweep --merge and asd compare --merge read the parts their
// cluster tasks printed. Throws on a line that is not one of that kind.
JobEvent resultFromJson(const std::string &line, JobEvent::Kind kind);

template <typename Config>
int runJob(std::unique_ptr<Job> (*start)(const Config &, JobListener), const Config &config, bool jsonEvents)
{
    auto job = start(config, [jsonEvents](const JobEvent &e) { printEvent(e, jsonEvents); });
    return printJob(*job, jsonEvents);
}

} // namespace asd::cli
