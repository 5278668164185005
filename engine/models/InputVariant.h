// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace asd {

// Plain C++ (no torch) so the GUI can offer it.
// The model's input maps (reference §3.4 for the channel orders).
enum class InputVariant {
    LogMel,   // log-mel only (1 channel; OS-SCL fusion=2)
    STgram,   // log-mel + Tgram (STgram-MFN)
    TFSTgram, // log-mel + Tgram + TFgram (OS-SCL)
    TASTgram  // Tgram + log-mel + TAgram (Noisy-ArcMix)
};
const char *toString(InputVariant v);
InputVariant inputVariantFromString(const std::string &s); // throws std::invalid_argument
int inputChannels(InputVariant v);
bool usesWaveform(InputVariant v);

} // namespace asd
