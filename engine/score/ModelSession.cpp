// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ModelSession.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"

#include "models/Scorer.h"
#include "dsp/ExampleCache.h"
#include "train/Checkpoint.h"

#include <algorithm>
#include <filesystem>
#include <mutex>

namespace asd {

struct ModelSession::Impl {
    std::string path;
    LoadedCheckpoint checkpoint;
    AsdNet net{nullptr};
    ClassMap classes;
    std::unique_ptr<Detector> detector; // a detector that fits without a network, instead of the above
    mutable std::mutex mutex; // one forward pass at a time
};

ModelSession::ModelSession() : d(std::make_unique<Impl>()) {}
ModelSession::~ModelSession() = default;

std::unique_ptr<ModelSession> ModelSession::open(const std::string &where)
{
    std::unique_ptr<ModelSession> s(new ModelSession);
    if (const std::string file = detectorFileIn(where); !file.empty()) {
        s->d->path = file;
        s->d->detector = loadDetector(file);
        return s;
    }
    s->d->path = std::filesystem::is_directory(where) ? (std::filesystem::path(where) / "best.pt").string() : where;
    s->d->checkpoint = loadCheckpoint(s->d->path, torch::kCPU);
    s->d->net = scoringModel(s->d->checkpoint);
    s->d->net->prepareForInference();
    s->d->classes = ClassMap::fromKeys(s->d->checkpoint.meta.classKeys);
    return s;
}

std::string ModelSession::description() const
{
    if (d->detector)
        return d->detector->describe();
    const ModelMeta &m = d->checkpoint.meta;
    return std::string(toString(m.config.method)) + ", " + toString(m.net.input) + " input, " +
           std::to_string(m.net.classes) + " classes, weights of epoch " + std::to_string(m.bestEpoch);
}

std::string ModelSession::checkpointPath() const { return d->path; }

std::string ModelSession::teacherPath() const
{
    if (d->detector)
        return {};
    const TrainConfig &c = d->checkpoint.meta.config;
    return c.method == TrainingMethod::MixAlign ? c.teacher : std::string();
}

double ModelSession::clipSeconds() const
{
    if (d->detector)
        return 0.0;
    return double(d->checkpoint.meta.samples) / d->checkpoint.meta.features.sampleRate;
}

ModelSession::Inspection ModelSession::inspect(const Clip &clip) const
{
    if (d->detector) {
        Inspection result;
        const ClipAnalysis a = d->detector->analyse(clip);
        result.score = a.score;
        if (a.curve) {
            result.curveSecondsPerFrame = a.curve->secondsPerFrame;
            result.curve = a.curve->scores;
        }
        return result;
    }
    const ModelMeta &m = d->checkpoint.meta;
    ExampleCache cache({clip.path}, m.features, m.samples, 0, true); // decoded exactly as for scoring
    const auto example = cache.get(0);
    if (!example)
        throw std::runtime_error(cache.error(0));
    const auto &wav = example->wav;
    const FeatureMatrix &mel = example->mel;
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    const auto wavT = torch::from_blob(const_cast<float *>(wav.data()), {1, std::int64_t(wav.size())});
    const auto melT = torch::from_blob(const_cast<float *>(mel.data.data()), {1, 1, mel.rows, mel.cols});
    const auto maps = d->net->inputMaps(wavT, melT).contiguous();
    const std::int64_t cls = d->classes.indexOf(clip);
    const auto z = d->net->embedMaps(maps);
    const AsdNetOutput out{d->net->arcface->forward(z, torch::tensor({std::max<std::int64_t>(cls, 0)}, torch::kLong)), z, {}};

    std::vector<std::string> names;
    switch (m.net.input) {
    case InputVariant::LogMel: names = {"log-mel"}; break;
    case InputVariant::STgram: names = {"log-mel", "Tgram"}; break;
    case InputVariant::TFSTgram: names = {"log-mel", "Tgram", "TFgram"}; break;
    case InputVariant::TASTgram: names = {"Tgram", "log-mel", "TAgram"}; break;
    }
    Inspection result;
    result.score = arcfaceScores(d->net, out, {cls}).front();
    for (std::size_t c = 0; c < names.size(); ++c) {
        InputMap im{names[c], FeatureMatrix(int(maps.size(2)), int(maps.size(3)))};
        const auto channel = maps[0][std::int64_t(c)].contiguous();
        std::copy(channel.data_ptr<float>(), channel.data_ptr<float>() + channel.numel(), im.map.data.begin());
        result.maps.push_back(std::move(im));
    }
    return result;
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
