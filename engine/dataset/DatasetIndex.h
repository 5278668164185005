// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dataset/ClassMap.h"
#include "dataset/Clip.h"

namespace asd {

struct SkippedFile {
    std::string path;
    std::string error;
};

// One row of the summary table: clips that share type, group, domain, split and label.
struct ClipGroup {
    std::string machineType;
    int id = -1;
    int section = -1;
    Domain domain = Domain::None;
    Split split = Split::Unknown;
    Label label = Label::Unknown;
    int count = 0;
};

struct DatasetIndex {
    std::string root;
    std::vector<Clip> clips; // sorted by relative path
    std::vector<SkippedFile> skipped;
    ClassMap classes;

    std::vector<ClipGroup> groups() const;
    std::vector<std::string> machineTypes() const;
    // The clips a clip is best compared with: the normal training clips of its group (the
    // unit a detector fits), of its domain where that has any, and of its attributes where
    // those have any (DCASE 2022+ record the machine's condition in them).
    std::vector<const Clip *> normalReferences(const Clip &clip) const;
};

struct ScanOptions {
    bool readHeaders = true; // open every file's header (sample rate, channels, length)
    int threads = 0;         // 0: all hardware threads
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

// The list of clips the user knows to be faulty, at the dataset's root: one path relative to
// the root per line ("valve/test/section_00_source_test_anomaly_0003_pat_00.wav"); blank
// lines and lines starting with # are ignored.
inline constexpr const char *kKnownAnomaliesFile = "known_anomalies.txt";
// Adds the clip to the dataset's list (known) or takes it off, keeping the other lines and
// comments; written atomically. Throws std::runtime_error naming the file.
void setKnownAnomaly(const std::string &root, const std::string &relativePath, bool known);

// Indexes a folder in any of the DCASE Task 2 layouts, raw MIMII, or a tree with
// normal/ and anomaly|abnormal/ folders, without configuration. Files whose names do
// not parse or that are not readable audio are listed in `skipped`; the scan goes on.
// Throws std::runtime_error only when the root itself is missing or not a folder.
DatasetIndex scanDataset(const std::string &root, const ScanOptions &options = {});

} // namespace asd
