// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Slurm.h"

#include "util/AtomicFile.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd::cli {

std::string shellQuote(const std::string &text)
{
    std::string q = "'";
    for (char c : text)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string selfPath() { return fs::read_symlink("/proc/self/exe").string(); }

const std::set<std::string> &slurmOptions()
{
    static const std::set<std::string> options{"slurm", "partition", "gpus", "time", "mem", "cpus"};
    return options;
}

void writeSlurmArray(const std::string &jobDirIn, const SlurmArray &a, const Args &args)
{
    const fs::path dir = fs::absolute(jobDirIn);
    fs::create_directories(dir / "parts");
    fs::create_directories(dir / "logs");
    writeTextAtomically((dir / "plan.json").string(), nlohmann::json{{"job", a.job}, {"tasks", a.names}}.dump(2) + "\n");
    const std::string file = a.job + ".sbatch";
    std::ostringstream script;
    script << "#!/bin/bash\n"
           << "# Written by asd " << a.job << " --slurm: one array task per line of `tasks`. Submit with\n"
           << "# submit.sh, or sbatch this file and then run: " << a.mergeCommand << "\n"
           << "#SBATCH --job-name=asd-" << a.job << "\n"
           << "#SBATCH --array=0-" << a.tasks.size() - 1 << "\n"
           << "#SBATCH --output=" << (dir / "logs" / "%a.out").string() << "\n";
    if (args.has("cpus"))
        script << "#SBATCH --cpus-per-task=" << args.intValue("cpus", 1) << "\n";
    if (args.has("partition"))
        script << "#SBATCH --partition=" << args.value("partition") << "\n";
    if (args.has("gpus"))
        script << "#SBATCH --gres=gpu:" << args.intValue("gpus", 1) << "\n";
    if (args.has("time"))
        script << "#SBATCH --time=" << args.value("time") << "\n";
    if (args.has("mem"))
        script << "#SBATCH --mem=" << args.value("mem") << "\n";
    script << "set -u\ntasks=(\n";
    for (const auto &t : a.tasks)
        script << "  " << shellQuote(t) << "\n";
    script << ")\n"
           << "part=" << shellQuote((dir / "parts").string()) << "/$SLURM_ARRAY_TASK_ID.json\n"
           << "# The part appears whole or not at all; a failure the task could report is in it.\n"
           << "bash -c \"${tasks[$SLURM_ARRAY_TASK_ID]}\" > \"$part.tmp\"\n"
           << "status=$?\n"
           << "[ -s \"$part.tmp\" ] && mv \"$part.tmp\" \"$part\"\n"
           << "exit $status\n";
    writeTextAtomically((dir / file).string(), script.str());
    std::ostringstream submit;
    submit << "#!/bin/bash\n"
           << "# Submits the array, then the merge once every task has ended (whatever their outcome).\n"
           << "set -eu\n"
           << "cd " << shellQuote(dir.string()) << "\n"
           << "array=$(sbatch --parsable " << file << ")\n"
           << "sbatch --parsable --dependency=afterany:${array%%;*} --job-name=asd-" << a.job
           << "-merge --output=merged.txt --wrap=" << shellQuote(a.mergeCommand) << "\n"
           << "echo \"submitted array $array; the table will be in " << (dir / "merged.txt").string() << "\"\n";
    writeTextAtomically((dir / "submit.sh").string(), submit.str());
    fs::permissions(dir / "submit.sh", fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add);
    std::printf("wrote %s (an array of %zu tasks) and %s\n"
                "submit with:  bash %s\n"
                "the table:    %s   (or %s once the merge job has run)\n",
                (dir / file).c_str(), a.tasks.size(), (dir / "submit.sh").c_str(), (dir / "submit.sh").c_str(),
                a.mergeCommand.c_str(), (dir / "merged.txt").c_str());
}

std::vector<SlurmPart> readSlurmParts(const std::string &jobDir, const std::string &job)
{
    const fs::path plan = fs::path(jobDir) / "plan.json";
    std::ifstream in(plan);
    if (!in)
        throw std::runtime_error(plan.string() + ": not found (was this folder written by asd " + job + " --slurm?)");
    std::vector<std::string> names;
    try {
        nlohmann::json j;
        in >> j;
        if (j.at("job").get<std::string>() != job)
            throw std::runtime_error("written by asd " + j.at("job").get<std::string>() + ", not asd " + job);
        names = j.at("tasks").get<std::vector<std::string>>();
    } catch (const std::exception &e) {
        throw std::runtime_error(plan.string() + ": " + e.what());
    }
    std::vector<SlurmPart> parts;
    for (std::size_t i = 0; i < names.size(); ++i) {
        SlurmPart p;
        p.name = names[i];
        p.file = (fs::path(jobDir) / "parts" / (std::to_string(i) + ".json")).string();
        std::ifstream part(p.file);
        if (!part) {
            p.missing = "no result yet: " + p.file + " is missing (task " + std::to_string(i) +
                        " still queued or running, or it failed: see " +
                        (fs::path(jobDir) / "logs" / (std::to_string(i) + ".out")).string() + ")";
        } else {
            std::ostringstream text;
            text << part.rdbuf();
            p.text = text.str();
        }
        parts.push_back(std::move(p));
    }
    return parts;
}

} // namespace asd::cli
