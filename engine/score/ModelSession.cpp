// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ModelSession.h"

#include "audio/AudioFile.h"
#include "score/Scorer.h"
#include "train/Checkpoint.h"

#include <filesystem>
#include <mutex>

namespace asd {

struct ModelSession::Impl {
    std::string path;
    LoadedCheckpoint checkpoint;
    AsdNet net{nullptr};
    ClassMap classes;
    mutable std::mutex mutex; // one forward pass at a time
};

ModelSession::ModelSession() : d(std::make_unique<Impl>()) {}
ModelSession::~ModelSession() = default;

std::unique_ptr<ModelSession> ModelSession::open(const std::string &where)
{
    std::unique_ptr<ModelSession> s(new ModelSession);
    s->d->path = std::filesystem::is_directory(where) ? (std::filesystem::path(where) / "best.pt").string() : where;
    s->d->checkpoint = loadCheckpoint(s->d->path, torch::kCPU);
    s->d->net = scoringModel(s->d->checkpoint);
    s->d->net->eval();
    s->d->classes = ClassMap::fromKeys(s->d->checkpoint.meta.classKeys);
    return s;
}

std::string ModelSession::description() const
{
    const ModelMeta &m = d->checkpoint.meta;
    return std::string(toString(m.config.method)) + ", " + toString(m.net.input) + " input, " +
           std::to_string(m.net.classes) + " classes, weights of epoch " + std::to_string(m.bestEpoch);
}

std::string ModelSession::checkpointPath() const { return d->path; }
double ModelSession::clipSeconds() const
{
    return double(d->checkpoint.meta.samples) / d->checkpoint.meta.features.sampleRate;
}

std::vector<ModelSession::InputMap> ModelSession::inputMaps(const std::string &path) const
{
    const ModelMeta &m = d->checkpoint.meta;
    ReadOptions read;
    read.targetRate = m.features.sampleRate;
    const auto wav = fitLength(readAudio(path, read).samples, m.samples, PadMode::Zeros);
    const FeatureMatrix mel = LogMelExtractor(m.features).compute(wav);
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    const auto wavT = torch::from_blob(const_cast<float *>(wav.data()), {1, std::int64_t(wav.size())}).clone();
    const auto melT = torch::from_blob(const_cast<float *>(mel.data.data()), {1, 1, mel.rows, mel.cols}).clone();
    const auto maps = d->net->inputMaps(wavT, melT).contiguous();
    std::vector<std::string> names;
    switch (m.net.input) {
    case InputVariant::LogMel: names = {"log-mel"}; break;
    case InputVariant::STgram: names = {"log-mel", "Tgram"}; break;
    case InputVariant::TFSTgram: names = {"log-mel", "Tgram", "TFgram"}; break;
    case InputVariant::TASTgram: names = {"Tgram", "log-mel", "TAgram"}; break;
    }
    std::vector<InputMap> out;
    for (std::size_t c = 0; c < names.size(); ++c) {
        InputMap im{names[c], FeatureMatrix(int(maps.size(2)), int(maps.size(3)))};
        const auto channel = maps[0][std::int64_t(c)].contiguous();
        std::copy(channel.data_ptr<float>(), channel.data_ptr<float>() + channel.numel(), im.map.data.begin());
        out.push_back(std::move(im));
    }
    return out;
}

double ModelSession::score(const Clip &clip) const
{
    const ModelMeta &m = d->checkpoint.meta;
    ExampleCache cache({clip.path}, m.features, m.samples, 0);
    std::lock_guard<std::mutex> lock(d->mutex);
    const ModelOutputs out = runModel(d->net, cache, {d->classes.indexOf(clip)}, torch::kCPU, 1, false);
    if (!out.ok[0])
        throw std::runtime_error(cache.error(0));
    return out.arcfaceScores[0];
}

} // namespace asd
