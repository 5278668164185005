// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ModelSession.h"

#include "backends/NearestNeighbours.h"
#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"


#include <algorithm>
#include <map>
#include <mutex>
#include <filesystem>

namespace asd {

struct ModelSession::Impl {
    std::string path;
    std::unique_ptr<Detector> detector;
    std::mutex embeddedMutex;
    std::map<std::string, std::vector<float>> embedded; // by clip path
};

ModelSession::ModelSession() : d(std::make_unique<Impl>()) {}
ModelSession::~ModelSession() = default;

std::unique_ptr<ModelSession> ModelSession::open(const std::string &where)
{
    std::unique_ptr<ModelSession> s(new ModelSession);
    s->d->detector = loadDetector(where);
    s->d->path = detectorFileIn(where);
    return s;
}

std::string ModelSession::description() const { return d->detector->describe(); }

std::string ModelSession::checkpointPath() const { return d->path; }

std::string ModelSession::teacherPath() const
{
    const auto options = d->detector->options();
    const auto teacher = options.find("teacher");
    return teacher == options.end() ? std::string() : teacher->second;
}

double ModelSession::clipSeconds() const { return d->detector->clipSeconds(); }

ModelSession::Inspection ModelSession::inspect(const Clip &clip) const
{
    ClipAnalysis a = d->detector->analyse(clip);
    Inspection result;
    result.score = a.score;
    if (a.curve) {
        result.curveSecondsPerFrame = a.curve->secondsPerFrame;
        result.curve = std::move(a.curve->scores);
    }
    for (auto &m : a.inputMaps)
        result.maps.push_back({std::move(m.name), std::move(m.map)});
    result.memberScores = std::move(a.memberScores);
    result.drivenBy = std::move(a.drivenBy);
    result.curveFrom = std::move(a.curveFrom);
    return result;
}

int ModelSession::nearestInEmbedding(const Clip &clip, const std::vector<const Clip *> &candidates) const
{
    std::vector<const Clip *> all = candidates;
    all.push_back(&clip);
    std::vector<const Clip *> missing;
    {
        std::lock_guard lock(d->embeddedMutex);
        for (const Clip *c : all)
            if (!d->embedded.count(c->path))
                missing.push_back(c);
    }
    std::vector<ClipAnalysis> analysed;
    const std::vector<std::string> errors = d->detector->analyseEach(missing, 0, nullptr, {}, analysed);
    std::lock_guard lock(d->embeddedMutex);
    for (std::size_t i = 0; i < missing.size(); ++i)
        d->embedded[missing[i]->path] = errors[i].empty() ? std::move(analysed[i].embedding) : std::vector<float>();
    Embeddings bank;
    for (const Clip *c : candidates)
        bank.push_back(d->embedded[c->path]);
    const std::size_t best = nearestInBank(bank, d->embedded[clip.path]);
    return best < bank.size() ? int(best) : -1;
}

namespace {
// The last `parts` components of the path, as a name.
std::string lastComponents(const std::string &path, int parts)
{
    namespace fs = std::filesystem;
    fs::path p = fs::absolute(path).lexically_normal();
    if (!p.has_filename()) // "run/" normalises to a trailing separator
        p = p.parent_path();
    fs::path name;
    for (int i = 0; i < parts && p.has_filename(); ++i, p = p.parent_path())
        name = name.empty() ? p.filename() : p.filename() / name;
    return name.string();
}
} // namespace

std::string modelDisplayName(const std::string &checkpointOrRunFolder)
{
    // A run holds one detector file, so the run names it; a network run has best.pt and last.pt.
    if (std::filesystem::path(checkpointOrRunFolder).filename() == kDetectorFileName)
        return lastComponents(std::filesystem::path(checkpointOrRunFolder).parent_path().string(), 1);
    return lastComponents(checkpointOrRunFolder, std::filesystem::is_directory(checkpointOrRunFolder) ? 1 : 2);
}

std::vector<std::string> modelDisplayNames(const std::vector<std::string> &paths)
{
    std::vector<std::string> names;
    for (const auto &p : paths)
        names.push_back(modelDisplayName(p));
    std::vector<std::string> qualified = names;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (std::count(names.begin(), names.end(), names[i]) > 1)
            qualified[i] = lastComponents(paths[i], std::filesystem::is_directory(paths[i]) ? 2 : 3);
    for (std::size_t i = 0; i < paths.size(); ++i) // the same path given twice
        for (std::size_t j = i + 1, k = 2; j < paths.size(); ++j)
            if (qualified[j] == qualified[i])
                qualified[j] += " #" + std::to_string(k++);
    return qualified;
}

} // namespace asd
