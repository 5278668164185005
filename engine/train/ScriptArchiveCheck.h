// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "encoders/checkpoint/ByteSource.h"

#include <string>

namespace asd {

// A network checkpoint is a TorchScript archive (what torch::serialize::OutputArchive writes):
// data.pkl, constants.pkl, version, the tensors under data/, and code/ files that declare the
// module classes. LibTorch's loader compiles that code and, while unpickling, runs any
// __setstate__ a class defines, so a file from elsewhere could run code as the archive opens.
// Before LibTorch sees a checkpoint this checks, without LibTorch, that every code file only
// declares classes and their attributes, as saveCheckpoint's files do: no def, no statement.
// Throws std::runtime_error naming `path`, the code file and its line.
void checkScriptArchiveDeclaresOnly(const ByteSource &bytes, const std::string &path);

} // namespace asd
