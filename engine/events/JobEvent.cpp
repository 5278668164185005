// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/JobEvent.h"

#include "dataset/DatasetIndex.h"

namespace asd {

void reportSkipped(const std::vector<SkippedFile> &skipped, const JobListener &listener)
{
    for (const auto &s : skipped) {
        JobEvent w;
        w.kind = JobEvent::Kind::Warning;
        w.message = "skipped " + s.path + ": " + s.error;
        listener(w);
    }
}

} // namespace asd
