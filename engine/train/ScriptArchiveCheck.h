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
// It also walks every pickle as LibTorch's unpickler would and requires the records LibTorch
// reads first, refusing what LibTorch itself does not check (ScriptArchiveCheck.cpp says what).
// Throws std::runtime_error naming `path`, the record and where in it.
void checkScriptArchiveDeclaresOnly(const ByteSource &bytes, const std::string &path);

} // namespace asd
