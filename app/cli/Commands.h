// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <vector>

#include "score/ScoreRun.h"

namespace asd::cli {

class Args;

// Each command declares the options it takes once: main parses its arguments with them, and
// its help, man page and bash completion list them (a test checks that the help names each).
// It returns the exit code; usage errors are thrown as UsageError and reported by main.
struct Command {
    const char *name;
    const char *summary;
    std::string help;
    std::set<std::string> valueOptions; // --name VALUE
    std::set<std::string> flags;        // --name
    int (*run)(const Args &args);
};

const std::vector<Command> &commands();

int runScan(const Args &args);
int runSynth(const Args &args);
int runFeatures(const Args &args);
int runEval(const Args &args);
int runTrain(const Args &args);
// asd train's help and options, made from the families' descriptions.
std::string trainHelp();
std::set<std::string> trainValueOptions();
std::set<std::string> trainFlags();
int runScore(const Args &args);
int runMix(const Args &args);
int runSweep(const Args &args);
int runDevices(const Args &args);
int runDetectors(const Args &args);
int runCompare(const Args &args);
int runEncoders(const Args &args);
int runEmbed(const Args &args);

// --layer head|backbone of asd score and asd sweep (head by default).
EmbeddingLayer layerArg(const Args &args);

// Progress on one updating line of stderr, only when it is a terminal.
void printProgress(const std::string &what, std::size_t done, std::size_t total);

} // namespace asd::cli
