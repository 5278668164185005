// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include <string>

namespace asd {

// "cpu" or "cuda:K" as listed by listDevices(); throws std::runtime_error with advice
// when the device does not exist on this machine or this LibTorch build.
torch::Device parseDevice(const std::string &id);

} // namespace asd
