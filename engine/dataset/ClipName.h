// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "dataset/Clip.h"

namespace asd {

// What a DCASE file name alone says about a clip. Parsing splits the stem at '_'
// instead of using std::regex, which would dominate the scan time of large sets.
struct ClipName {
    Layout layout = Layout::Dcase2020;
    int id = -1;
    int section = -1;
    Domain domain = Domain::None;
    Split split = Split::Unknown; // only 2021+ names carry it
    Label label = Label::Unknown;
    Attributes attributes;
};

// Recognises
//   2020:  normal_id_00_00000000.wav, anomaly_id_00_..., unlabelled id_00_00000000.wav
//   2021+: section_00_source_train_normal_0000[_k_v...].wav, section_00_0000.wav,
//          section_03_source_test_0000.wav (2021 eval)
std::optional<ClipName> parseDcaseName(const std::string &fileName);

// Pairs "car_A1_spd_28V" into {car: A1, spd: 28V}; an odd last token is kept under "attr".
Attributes parseAttributeTokens(const std::string &text);

} // namespace asd
