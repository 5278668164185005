// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetIndex.h"

#include "dataset/ClipName.h"
#include "util/AtomicFile.h"
#include "util/Csv.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <tuple>

namespace fs = std::filesystem;

namespace asd {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool isAudioExtension(const fs::path &p)
{
    const auto ext = lower(p.extension().string());
    return ext == ".wav" || ext == ".flac" || ext == ".ogg" || ext == ".aiff" || ext == ".aif";
}

Split splitOfFolder(const std::string &name)
{
    const auto n = lower(name);
    if (n == "train")
        return Split::Train;
    if (n == "test" || n == "source_test" || n == "target_test")
        return Split::Test;
    return Split::Unknown;
}

bool isIdFolder(const std::string &name, int &id)
{
    if (name.size() < 4 || name.compare(0, 3, "id_") != 0)
        return false;
    const auto digits = name.substr(3);
    if (digits.size() > 6 || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
        return false; // a longer run of digits would overflow an int: no MIMII ID folder
    id = std::stoi(digits);
    return true;
}

// Names a parent folder by its label, as MIMII and hand-made trees do.
Label labelOfFolder(const std::string &name)
{
    const auto n = lower(name);
    if (n == "normal")
        return Label::Normal;
    if (n == "anomaly" || n == "abnormal" || n == "anomalous")
        return Label::Anomaly;
    return Label::Unknown;
}

// Fills layout, type, group, label from the path; returns an error text when it
// follows no layout we know.
std::optional<std::string> classify(const fs::path &path, const fs::path &root, Clip &clip)
{
    const fs::path parent = path.parent_path();
    const std::string parentName = parent.filename().string();
    auto nameOf = [](const fs::path &dir) { return dir.filename().string(); };
    if (auto n = parseDcaseName(clip.fileName)) {
        clip.layout = n->layout;
        clip.id = n->id;
        clip.section = n->section;
        clip.domain = n->domain;
        clip.label = n->label;
        clip.attributes = n->attributes;
        const Split folderSplit = splitOfFolder(parentName);
        clip.split = n->split != Split::Unknown ? n->split : folderSplit;
        // <type>/{train,test}/file; a flat folder of clips takes the folder's own name.
        clip.machineType = folderSplit != Split::Unknown && parent != root ? nameOf(parent.parent_path()) : parentName;
        return std::nullopt;
    }
    const Label folderLabel = labelOfFolder(parentName);
    if (folderLabel != Label::Unknown) {
        clip.label = folderLabel;
        const fs::path above = parent.parent_path();
        int id = -1;
        if (parent != root && isIdFolder(above.filename().string(), id) && above != root) {
            clip.layout = Layout::Mimii; // <type>/id_XX/{normal,abnormal}/NNNNNNNN.wav
            clip.id = id;
            clip.machineType = nameOf(above.parent_path());
        } else {
            clip.layout = Layout::Folders;
            // A label folder directly under the root takes the root's own name as its type.
            clip.machineType = nameOf(parent == root ? root : above);
            const Split s = splitOfFolder(clip.machineType);
            if (s != Split::Unknown) { // <type>/test/normal/...
                clip.split = s;
                clip.machineType = nameOf(above.parent_path());
            }
        }
        return std::nullopt;
    }
    return std::string("file name follows no known layout (expected e.g. normal_id_00_00000000.wav, "
                       "section_00_source_train_normal_0000.wav, or a normal/ or anomaly/ folder)");
}

// known_anomalies.txt: each line a clip's path relative to the root. A line naming no clip of
// the scan is reported, by its number, and the rest still count.
// A line of known_anomalies.txt as the path it names, normalised; empty for a blank line or
// a comment.
std::string listedPath(std::string line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.pop_back();
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#')
        return {};
    return fs::path(line.substr(start)).lexically_normal().generic_string();
}

void markKnownAnomalies(const fs::path &list, DatasetIndex &index)
{
    std::error_code ec;
    if (!fs::is_regular_file(list, ec))
        return;
    std::ifstream in(list);
    if (!in) {
        index.skipped.push_back({list.string(), "cannot be read"});
        return;
    }
    std::map<std::string, Clip *> byPath;
    for (Clip &c : index.clips)
        byPath[fs::path(c.relativePath).generic_string()] = &c;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string path = listedPath(line);
        if (path.empty())
            continue;
        const auto clip = byPath.find(path);
        if (clip == byPath.end())
            index.skipped.push_back({list.string(), "line " + std::to_string(number) + ": no clip " + path +
                                                        " in this dataset (paths are relative to its root)"});
        else
            clip->second->knownAnomaly = true;
    }
}

// attributes_SS.csv (2022-24): file_name,d1p,d1v,d2p,d2v,...  file_name may carry a path.
void readAttributeCsv(const fs::path &csv, std::map<std::string, Attributes> &byFile,
                      std::vector<SkippedFile> &skipped)
{
    std::vector<CsvRow> rows;
    try {
        rows = readCsv(csv.string());
    } catch (const std::exception &e) {
        skipped.push_back({csv.string(), e.what()});
        return;
    }
    for (const auto &row : rows) {
        const auto &f = row.fields;
        if (row.lineNumber == rows.front().lineNumber && !f.empty() && lower(f[0]) == "file_name")
            continue; // header
        if (f.empty() || f[0].empty() || f.size() % 2 == 0) {
            skipped.push_back({csv.string(), "line " + std::to_string(row.lineNumber) +
                                                 ": expected file_name followed by name,value pairs"});
            continue;
        }
        Attributes attrs;
        for (std::size_t i = 1; i + 1 < f.size(); i += 2)
            if (!f[i].empty())
                attrs.emplace_back(f[i], f[i + 1]);
        byFile[fs::path(f[0]).filename().string()] = std::move(attrs);
    }
}

// DCASE 2020 eval ground truth (eval_data_list.csv): a line naming a machine type, then
// rows "id_01_00000000.wav,normal_id_01_00000098.wav,0" or "id_01_00000000.wav,0".
// DCASE 2021+ ground truth: ground_truth_<type>_section_SS_test.csv rows "file,label";
// in a folder named ground_truth_domain the value is the domain (0 source, 1 target).
struct GroundTruth {
    std::map<std::pair<std::string, std::string>, Label> label; // (type, file) -> label
    std::map<std::pair<std::string, std::string>, Domain> domain;
};

void readGroundTruthCsv(const fs::path &csv, GroundTruth &gt, std::vector<SkippedFile> &skipped)
{
    std::vector<CsvRow> rows;
    try {
        rows = readCsv(csv.string());
    } catch (const std::exception &e) {
        skipped.push_back({csv.string(), e.what()});
        return;
    }
    const std::string name = csv.filename().string();
    const bool isDomain = lower(csv.parent_path().filename().string()) == "ground_truth_domain";
    std::string type;
    if (name.rfind("ground_truth_", 0) == 0) {
        const auto sec = name.find("_section_");
        if (sec == std::string::npos) {
            skipped.push_back({csv.string(), "ground-truth file name lacks _section_SS"});
            return;
        }
        type = name.substr(13, sec - 13);
    }
    for (const auto &row : rows) {
        const auto &f = row.fields;
        if (f.size() == 1) { // 2020: a line with only the machine type
            type = f[0];
            continue;
        }
        const std::string &v = f.back();
        if (type.empty() || (v != "0" && v != "1")) {
            skipped.push_back({csv.string(), "line " + std::to_string(row.lineNumber) +
                                                 (type.empty() ? ": row before any machine-type line"
                                                               : ": last field must be 0 or 1")});
            continue;
        }
        const auto key = std::make_pair(type, f[0]);
        if (isDomain)
            gt.domain[key] = v == "0" ? Domain::Source : Domain::Target;
        else
            gt.label[key] = v == "0" ? Label::Normal : Label::Anomaly;
    }
}

} // namespace

std::vector<ClipGroup> DatasetIndex::groups() const
{
    using Key = std::tuple<std::string, int, int, int, int, int>;
    std::map<Key, int> counts;
    std::map<Key, std::string> typeNames;
    for (const auto &c : clips) {
        Key k{lower(c.machineType), c.id, c.section, int(c.domain), int(c.split), int(c.label)};
        ++counts[k];
        typeNames[k] = c.machineType;
    }
    std::vector<ClipGroup> out;
    for (const auto &[k, n] : counts) {
        out.push_back({typeNames[k], std::get<1>(k), std::get<2>(k), Domain(std::get<3>(k)), Split(std::get<4>(k)),
                       Label(std::get<5>(k)), n});
    }
    return out;
}

std::vector<std::string> DatasetIndex::machineTypes() const
{
    std::vector<std::string> types;
    for (const auto &c : clips)
        if (std::find(types.begin(), types.end(), c.machineType) == types.end())
            types.push_back(c.machineType);
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return lower(a) < lower(b); });
    return types;
}

DatasetIndex scanDataset(const std::string &rootPath, const ScanOptions &options)
{
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(rootPath), ec);
    if (!fs::exists(root, ec))
        throw std::runtime_error(rootPath + ": folder not found");
    if (!fs::is_directory(root, ec))
        throw std::runtime_error(rootPath + ": not a folder");

    DatasetIndex index;
    index.root = root.string();
    std::vector<fs::path> audioFiles, attributeCsvs, groundTruthCsvs;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            index.skipped.push_back({it->path().string(), "cannot read folder: " + ec.message()});
            ec.clear();
            continue;
        }
        if (!it->is_regular_file(ec))
            continue;
        const auto &p = it->path();
        const auto name = lower(p.filename().string());
        if (isAudioExtension(p))
            audioFiles.push_back(p);
        else if (name.rfind("attributes_", 0) == 0 && p.extension() == ".csv")
            attributeCsvs.push_back(p);
        else if ((name.rfind("eval_data_list", 0) == 0 || name.rfind("ground_truth_", 0) == 0) &&
                 p.extension() == ".csv")
            groundTruthCsvs.push_back(p);
    }
    std::sort(audioFiles.begin(), audioFiles.end());

    // Attribute tables apply to the clips of their machine type's folder.
    std::map<std::string, std::map<std::string, Attributes>> attributesByTypeDir;
    for (const auto &csv : attributeCsvs)
        readAttributeCsv(csv, attributesByTypeDir[csv.parent_path().string()], index.skipped);
    GroundTruth gt;
    for (const auto &csv : groundTruthCsvs)
        readGroundTruthCsv(csv, gt, index.skipped);

    std::vector<Clip> clips(audioFiles.size());
    std::vector<std::string> errors(audioFiles.size());
    for (std::size_t i = 0; i < audioFiles.size(); ++i) {
        Clip &c = clips[i];
        c.path = audioFiles[i].string();
        c.relativePath = audioFiles[i].lexically_relative(root).string();
        c.fileName = audioFiles[i].filename().string();
        if (auto err = classify(audioFiles[i], root, c)) {
            errors[i] = *err;
            continue;
        }
        // attributes_SS.csv sits beside the train/test folders of its type.
        const auto typeDir = audioFiles[i].parent_path().parent_path().string();
        if (auto t = attributesByTypeDir.find(typeDir); t != attributesByTypeDir.end()) {
            if (auto a = t->second.find(c.fileName); a != t->second.end() && !a->second.empty())
                c.attributes = a->second;
        }
        if (c.label == Label::Unknown) {
            if (auto l = gt.label.find({c.machineType, c.fileName}); l != gt.label.end())
                c.label = l->second;
        }
        if (c.domain == Domain::None && c.layout == Layout::Dcase2021Plus) {
            if (auto d = gt.domain.find({c.machineType, c.fileName}); d != gt.domain.end())
                c.domain = d->second;
        }
    }

    // Header reads dominate the scan; spread them over the cores.
    if (options.readHeaders) {
        std::function<void(std::size_t)> onDone;
        if (options.progress)
            onDone = [&](std::size_t done) {
                if (done % 256 == 0)
                    options.progress(done, clips.size());
            };
        parallelFor(
            clips.size(), options.threads,
            [&](std::size_t i) {
                if (!errors[i].empty())
                    return;
                try {
                    clips[i].audio = probeAudio(clips[i].path);
                } catch (const AudioError &e) {
                    errors[i] = e.reason();
                }
            },
            onDone, options.cancel);
        if (options.cancel && options.cancel->load())
            throw std::runtime_error(rootPath + ": scan cancelled");
        if (options.progress)
            options.progress(clips.size(), clips.size());
    }

    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (errors[i].empty())
            index.clips.push_back(std::move(clips[i]));
        else
            index.skipped.push_back({clips[i].path, errors[i]});
    }
    markKnownAnomalies(root / kKnownAnomaliesFile, index);
    index.classes = ClassMap::fromClips(index.clips);
    return index;
}

void setKnownAnomaly(const std::string &root, const std::string &relativePath, bool known)
{
    const fs::path list = fs::path(root) / kKnownAnomaliesFile;
    const std::string wanted = fs::path(relativePath).lexically_normal().generic_string();
    std::string kept;
    bool listed = false;
    if (std::ifstream in(list); in) {
        for (std::string line; std::getline(in, line);) {
            const bool same = listedPath(line) == wanted;
            listed = listed || same;
            if (!same || known)
                kept += line + "\n";
        }
    } else if (fs::exists(list)) {
        throw std::runtime_error(list.string() + ": cannot be read");
    }
    if (known && !listed)
        kept += wanted + "\n";
    writeTextAtomically(list.string(), kept);
}

std::vector<const Clip *> DatasetIndex::normalReferences(const Clip &clip) const
{
    const std::string group = detectorGroup(clip);
    std::vector<const Clip *> same;
    for (const Clip &c : clips)
        if (c.split == Split::Train && c.label != Label::Anomaly && !c.knownAnomaly && c.path != clip.path &&
            detectorGroup(c) == group)
            same.push_back(&c);
    // Narrowed only where something is left.
    const auto narrow = [&same](const auto &keep) {
        std::vector<const Clip *> kept;
        std::copy_if(same.begin(), same.end(), std::back_inserter(kept), keep);
        if (!kept.empty())
            same = std::move(kept);
    };
    if (clip.domain != Domain::None)
        narrow([&clip](const Clip *c) { return c->domain == clip.domain; });
    if (!clip.attributes.empty())
        narrow([&clip](const Clip *c) { return c->attributes == clip.attributes; });
    return same;
}

} // namespace asd
