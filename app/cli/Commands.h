// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "score/ScoreRun.h"

namespace asd::cli {

class Args;

// Each command takes its arguments after the command word and returns the exit code.
// Usage errors are thrown as UsageError and reported by main with the command's help.
struct Command {
    const char *name;
    const char *summary;
    const char *help;
    int (*run)(const std::vector<std::string> &args);
};

const std::vector<Command> &commands();

int runScan(const std::vector<std::string> &args);
int runSynth(const std::vector<std::string> &args);
int runFeatures(const std::vector<std::string> &args);
int runEval(const std::vector<std::string> &args);
int runTrain(const std::vector<std::string> &args);
int runScore(const std::vector<std::string> &args);
int runMix(const std::vector<std::string> &args);
int runSweep(const std::vector<std::string> &args);
int runDevices(const std::vector<std::string> &args);
int runDetectors(const std::vector<std::string> &args);
int runCompare(const std::vector<std::string> &args);
int runEncoders(const std::vector<std::string> &args);
int runEmbed(const std::vector<std::string> &args);

// --layer head|backbone of asd score and asd sweep (head by default).
EmbeddingLayer layerArg(const Args &args);

// Progress on one updating line of stderr, only when it is a terminal.
void printProgress(const std::string &what, std::size_t done, std::size_t total);

} // namespace asd::cli
