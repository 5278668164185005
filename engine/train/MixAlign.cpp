// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/MixAlign.h"

#include "mix/Mixer.h"
#include "util/Random.h"

namespace asd {

namespace F = torch::nn::functional;

torch::Tensor mixtureAlignmentLoss(const torch::Tensor &student, const torch::Tensor &teacherMachine,
                                   const torch::Tensor &teacherNoise, double lambda)
{
    return F::mse_loss(student, lambda * teacherMachine + (1.0 - lambda) * teacherNoise);
}

TaggingHeadImpl::TaggingHeadImpl(int embeddingDim, int classes, int noiseKinds)
{
    linear = register_module("linear", torch::nn::Linear(embeddingDim, classes + noiseKinds));
}

MixtureAlignment::MixtureAlignment(const TrainConfig &config, AsdNet teacher, int classes,
                                   const FeatureConfig &features, torch::Device device)
    : m_config(config), m_teacher(std::move(teacher)), m_extractor(features), m_classes(classes), m_device(device)
{
    for (const auto &spec : config.noises)
        m_noises.push_back(parseNoiseSource(spec));
    if (m_noises.empty())
        throw std::runtime_error("mixture alignment needs at least one noise source");
    m_tagger = TaggingHead(128, classes, int(m_noises.size()));
    m_tagger->to(device);
    m_teacher->eval();
    for (auto &p : m_teacher->parameters())
        p.set_requires_grad(false);
}

NoisyBatch mixWithNoise(const Batch &batch, const std::vector<NoiseSource> &noises, double snrMinDb, double snrMaxDb,
                        const LogMelExtractor &extractor, std::uint64_t seed, double probability)
{
    const auto n = batch.wav.size(0), samples = batch.wav.size(1);
    NoisyBatch out{batch.wav.clone(), batch.mel.clone(), torch::zeros_like(batch.wav), torch::zeros_like(batch.mel),
                   std::vector<int>(std::size_t(n), -1)};
    const int rate = extractor.config().sampleRate;
    for (std::int64_t i = 0; i < n; ++i) {
        Rng rng(mixSeeds(seed, std::uint64_t(i)));
        if (noises.empty() || (probability < 1.0 && rng.uniform() >= probability))
            continue;
        const std::size_t kind = std::size_t(rng.next() % noises.size());
        const double snr = rng.uniform(snrMinDb, snrMaxDb);
        const float *w = batch.wav[i].data_ptr<float>();
        const std::vector<float> machine(w, w + samples);
        std::vector<float> noise = makeNoise(noises[kind], std::size_t(samples), rate, rng.next());
        const Mixture m = mixAtSnr(machine, noise, snr);
        // The noise as it sounds inside the mixture (gain and anti-clipping scale applied).
        for (auto &v : noise)
            v = float(v * m.noiseGain * m.scale);
        std::copy(m.samples.begin(), m.samples.end(), out.wav[i].data_ptr<float>());
        std::copy(noise.begin(), noise.end(), out.noiseWav[i].data_ptr<float>());
        const FeatureMatrix mm = extractor.compute(m.samples), nm = extractor.compute(noise);
        std::copy(mm.data.begin(), mm.data.end(), out.mel[i].data_ptr<float>());
        std::copy(nm.data.begin(), nm.data.end(), out.noiseMel[i].data_ptr<float>());
        out.kinds[std::size_t(i)] = int(kind);
    }
    return out;
}

torch::Tensor MixtureAlignment::loss(const Batch &batch, AsdNet &student, std::uint64_t seed,
                                     std::map<std::string, double> &parts)
{
    const auto n = batch.wav.size(0);
    const NoisyBatch mixed = mixWithNoise(batch, m_noises, m_config.snrMinDb, m_config.snrMaxDb, m_extractor, seed);
    auto target = torch::zeros({n, std::int64_t(m_classes + m_noises.size())});
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t cls = batch.labels[i].item<std::int64_t>();
        if (cls >= 0 && cls < m_classes)
            target[i][cls] = 1.0f;
        target[i][std::int64_t(m_classes + mixed.kinds[std::size_t(i)])] = 1.0f;
    }
    torch::Tensor teacherMachine, teacherNoise;
    {
        torch::NoGradGuard noGrad;
        teacherMachine = m_teacher->embed(batch.wav.to(m_device), batch.mel.to(m_device));
        teacherNoise = m_teacher->embed(mixed.noiseWav.to(m_device), mixed.noiseMel.to(m_device));
    }
    const auto studentMix = student->embed(mixed.wav.to(m_device), mixed.mel.to(m_device));
    const double lambda = m_config.alignToMachineOnly ? 1.0 : m_config.alignLambda;
    const auto align = mixtureAlignmentLoss(studentMix, teacherMachine, teacherNoise, lambda);
    const auto tagging = F::binary_cross_entropy_with_logits(m_tagger->forward(studentMix), target.to(m_device));
    parts["align"] = align.item<double>();
    parts["tagging"] = tagging.item<double>();
    return m_config.alignWeight * align + tagging;
}

} // namespace asd
