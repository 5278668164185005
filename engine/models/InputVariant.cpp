// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InputVariant.h"

#include <stdexcept>

namespace asd {

const char *toString(InputVariant v)
{
    switch (v) {
    case InputVariant::LogMel: return "logmel";
    case InputVariant::STgram: return "stgram";
    case InputVariant::TFSTgram: return "tfstgram";
    case InputVariant::TASTgram: return "tastgram";
    }
    return "?";
}

InputVariant inputVariantFromString(const std::string &s)
{
    for (InputVariant v : {InputVariant::LogMel, InputVariant::STgram, InputVariant::TFSTgram, InputVariant::TASTgram})
        if (s == toString(v))
            return v;
    throw std::invalid_argument("unknown input '" + s + "' (choose logmel, stgram, tfstgram or tastgram)");
}

int inputChannels(InputVariant v)
{
    switch (v) {
    case InputVariant::LogMel: return 1;
    case InputVariant::STgram: return 2;
    case InputVariant::TFSTgram:
    case InputVariant::TASTgram: return 3;
    }
    return 1;
}

bool usesWaveform(InputVariant v) { return v != InputVariant::LogMel; }

} // namespace asd
