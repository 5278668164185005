// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace asd {

// What a family of detectors is and what it can be told: the one description each family's
// folder declares, from which the CLI's parsing, help and errors, `asd detectors`, the Jobs
// view's form and the option checks all come. Plain C++ (no torch), for the GUI and the CLI.
struct DetectorOption {
    enum class Kind { Whole, Number, Choice, Text };
    std::string name;
    Kind kind = Kind::Text;
    std::string defaultValue;
    std::string help;
    double min = -HUGE_VAL, max = HUGE_VAL; // Whole and Number, both ends included
    std::vector<std::string> choices = {};  // Choice
    bool required = false;                  // Text that has no default (an encoder's name)
    // Text with no default: what an empty field shows ("none; heard, a recording, ...").
    std::string example = {};

    // "a whole number, 1 or more", "a number from 0 to 1", "mse or mahala": what it accepts.
    std::string accepts() const;
};

// The settings every family that trains spells the same way, as `asd train` flags and as
// options: epochs, batch, lr, seconds, seed, device.
const std::vector<std::string> &trainingSettings();

struct DetectorFamily {
    std::string name;    // as `asd train --detector NAME` takes it
    std::string title;   // as a menu shows it
    std::string summary; // one line
    std::vector<DetectorOption> options;
    // Keeps checkpoints in the run folder as it trains, and can go on from them (--resume).
    bool resumes = false;

    const DetectorOption *option(const std::string &name) const;
    // What a family needs besides normal clips follows from what it can be told.
    bool trains() const { return option("epochs") != nullptr; } // a training loop with epochs
    bool needsEncoder() const { return option("encoder") != nullptr; }
    bool needsTeacher() const { return option("teacher") != nullptr; }
    bool runsOnDevice() const { return option("device") != nullptr; } // CPU or a chosen GPU

    // Every option of the family: the given ones checked against their kind and range, the
    // others at their defaults. Throws std::invalid_argument naming the family, the option
    // and what it accepts.
    std::map<std::string, std::string> resolve(const std::map<std::string, std::string> &given) const;
};

// Typed reads of options that resolve() checked.
long wholeSetting(const std::map<std::string, std::string> &options, const std::string &name);
double numberSetting(const std::map<std::string, std::string> &options, const std::string &name);
const std::string &textSetting(const std::map<std::string, std::string> &options, const std::string &name);

} // namespace asd
