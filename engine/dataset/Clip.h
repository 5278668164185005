// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "audio/AudioFile.h"

namespace asd {

// Which naming convention a clip came from (reference-methods §1).
enum class Layout { Dcase2020, Dcase2021Plus, Mimii, Folders };
enum class Split { Train, Test, Unknown };
enum class Label { Normal, Anomaly, Unknown };
enum class Domain { None, Source, Target };

const char *toString(Layout l);
const char *toString(Split s);
const char *toString(Label l);
const char *toString(Domain d);

using Attributes = std::vector<std::pair<std::string, std::string>>; // in file order

struct Clip {
    std::string path;         // absolute
    std::string relativePath; // to the dataset root, for display and score files
    std::string fileName;
    Layout layout = Layout::Folders;
    std::string machineType;
    int id = -1;      // machine ID (2020, MIMII); -1 where the layout has none
    int section = -1; // 2021+ section; -1 where the layout has none
    Domain domain = Domain::None;
    Split split = Split::Unknown;
    Label label = Label::Unknown;
    Attributes attributes;
    AudioInfo audio; // from the header
    // Listed in the dataset's known_anomalies.txt: a fault the user has heard, which detectors
    // may learn from when fitting and which is left out of the test clips scored.
    bool knownAnomaly = false;
};

// "id_00" or "section_00": how DCASE names a clip's group in score files and tables.
std::string groupName(const Clip &clip);
// "fan/id_00", "valve/section_00": the unit a detector fits, scores and thresholds on its own;
// built here only.
std::string groupKey(const std::string &machineType, const std::string &group);
std::string detectorGroup(const Clip &clip);

// What a detector fits on: training clips not known to be faulty.
inline bool isNormalTrainingClip(const Clip &c)
{
    return c.split == Split::Train && c.label != Label::Anomaly && !c.knownAnomaly;
}
// What it scores: every other clip but the known faults, labelled or not.
inline bool isClipToScore(const Clip &c) { return c.split != Split::Train && !c.knownAnomaly; }

} // namespace asd
