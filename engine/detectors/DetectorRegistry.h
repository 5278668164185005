// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace asd {

class Detector;

// Plain C++ (no torch), so that the GUI and the CLI list the same families.
struct DetectorOption {
    std::string name;
    std::string defaultValue;
    std::string help;
};

struct DetectorFamily {
    std::string name;    // as `asd train --detector NAME` takes it
    std::string title;   // as a menu shows it
    std::string summary; // one line
    std::vector<DetectorOption> options;
    // Trained networks go through the training loop (train/Trainer.h) and are saved as
    // checkpoints; the others fit in one pass over the normal clips (Detector.h).
    bool trainsNetwork = false;
};

// Every family, the one to use when unsure first (measured on real recordings: README).
const std::vector<DetectorFamily> &detectorFamilies();
const DetectorFamily *findDetectorFamily(const std::string &name);
// The family a user who does not choose gets.
const char *defaultDetectorFamily();
// The frozen pretrained-encoder family: it needs an imported encoder (encoders/EncoderLibrary.h).
constexpr const char *kEncoderFamily = "encoder-knn";
// The same encoder adapted to the user's machines first (LoRA, group adapter; EncoderAdaptation.h).
constexpr const char *kAdaptedEncoderFamily = "encoder-lora";
// True for the families that need an imported encoder.
inline bool needsEncoder(const std::string &family) { return family == kEncoderFamily || family == kAdaptedEncoderFamily; }

// Makes an unfitted detector of a family that fits without a network. Throws
// std::invalid_argument for an unknown family or option, naming what it accepts.
std::unique_ptr<Detector> makeDetector(const std::string &family, const std::map<std::string, std::string> &options);
// Options written "key=value key=value" (or separated by ';'), as the CLI and GUI take them.
std::map<std::string, std::string> parseDetectorOptions(const std::string &text); // throws std::invalid_argument

// The fitted detector in a run folder (RUN/detector.asd) or file; throws std::runtime_error
// naming the file when it is missing or damaged.
std::unique_ptr<Detector> loadDetector(const std::string &runOrFile);
// RUN/detector.asd when the run folder holds one, the path itself when it is a detector
// file, otherwise empty (a checkpoint of a trained network, or nothing).
std::string detectorFileIn(const std::string &runOrFile);
constexpr const char *kDetectorFileName = "detector.asd";

} // namespace asd
