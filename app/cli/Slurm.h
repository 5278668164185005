// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Args.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace asd::cli {

// A grid too big for one machine, as a Slurm job array (issue #20): JOBDIR/JOB.sbatch runs one
// shell command per array task, its standard output becoming JOBDIR/parts/K.json whole or not
// at all (logs in JOBDIR/logs/K.out); JOBDIR/submit.sh submits the array and a job that runs
// `mergeCommand` into JOBDIR/merged.txt once every task has ended. --partition, --gpus,
// --time, --mem and --cpus (threads per task) of `args` become #SBATCH lines.
struct SlurmArray {
    std::string job;                 // "compare", "sweep"
    std::vector<std::string> names;  // what each task does, for the merge's messages
    std::vector<std::string> tasks;  // one shell command each
    std::string mergeCommand;
};
// The #SBATCH options every --slurm command takes.
const std::set<std::string> &slurmOptions();
void writeSlurmArray(const std::string &jobDir, const SlurmArray &array, const Args &args);

// For --merge: the planned tasks' names, and each task's part (its JSON text; empty with
// `missing` set to why when the task has not written it).
struct SlurmPart {
    std::string name, text, missing, file;
};
std::vector<SlurmPart> readSlurmParts(const std::string &jobDir, const std::string &job);

// 'text' as one word for bash, whatever it holds.
std::string shellQuote(const std::string &text);
// This program's own path, for the commands the tasks run.
std::string selfPath();

} // namespace asd::cli
