// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

namespace asd {

// Nothing the user made is lost on a crash or a full disk: the content goes to a
// temporary file beside the target, which is renamed over the target only once
// it is complete (rename is atomic within a file system).
void writeAtomically(const std::string &path, const std::function<void(const std::string &tmpPath)> &write);
void writeTextAtomically(const std::string &path, const std::string &text);

// The temporary files (NAME.tmp-PID-N) that writers killed mid-write left in dir: those of
// processes no longer running here and untouched for ten minutes (a writer on another host
// sharing the folder is still writing to its file) are removed. Jobs call it on their output
// folder as they start, so a crash leaves no lasting litter.
void removeLeftoverTemporaries(const std::string &dir);

} // namespace asd
