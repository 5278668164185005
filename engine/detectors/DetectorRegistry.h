// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "detectors/DetectorFamily.h"

namespace asd {

class Detector;
struct DetectorFile;

// Every family, the one to use when unsure first (measured on real recordings: README),
// each as its folder describes it (DetectorFamily.h). Plain C++ (no torch), so that the GUI
// and the CLI list the same families.
const std::vector<DetectorFamily> &detectorFamilies();
const DetectorFamily *findDetectorFamily(const std::string &name);
// The family a user who does not choose gets.
const char *defaultDetectorFamily();
// The family's options with the given ones checked and the rest at their defaults. Throws
// std::invalid_argument for an unknown family or option, naming what it accepts.
std::map<std::string, std::string> resolveDetectorOptions(const std::string &family,
                                                          const std::map<std::string, std::string> &options);

// Makes an unfitted detector of any family. Throws std::invalid_argument for an unknown
// family or option, naming what it accepts.
std::unique_ptr<Detector> makeDetector(const std::string &family, const std::map<std::string, std::string> &options);
// Options written "key=value key=value" (or separated by ';'), as the CLI and GUI take them.
std::map<std::string, std::string> parseDetectorOptions(const std::string &text); // throws std::invalid_argument

// The fitted detector in a run folder or file, of any family; throws std::runtime_error
// naming the file when it is missing, damaged or not a detector.
std::unique_ptr<Detector> loadDetector(const std::string &runOrFile);
// The detector a detector file holds (read, or nested in a fusion's); throws std::runtime_error
// when its family is unknown or its arrays disagree with its header.
std::unique_ptr<Detector> loadDetectorFile(const DetectorFile &file);
// The file a run folder's detector is in: RUN/detector.asd, or RUN/best.pt of network runs
// made before every family saved a detector file; empty when it holds neither. A file is itself.
std::string detectorFileIn(const std::string &runOrFile);
constexpr const char *kDetectorFileName = "detector.asd";

} // namespace asd
