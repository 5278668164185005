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

} // namespace asd
