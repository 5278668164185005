// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/PretrainedEncoder.h"

#include <filesystem>
#include <future>
#include <stdexcept>

#include "devices/TorchDevice.h"
#include "encoders/beats/KaldiFbank.h"
#include "encoders/checkpoint/EncoderWeights.h"
#include "util/Sha256.h"

namespace fs = std::filesystem;

namespace asd {

std::shared_ptr<PretrainedEncoder> PretrainedEncoder::open(const std::string &file, const std::string &device,
                                                          const std::string &name)
{
    std::shared_ptr<PretrainedEncoder> e(new PretrainedEncoder);
    // The digest on a second thread while the weights are read, so that a 360 MB checkpoint
    // costs one read's time rather than a read and then a hash (the second read comes from
    // the page cache the first fills).
    std::future<std::string> digest = std::async(std::launch::async, [file] { return sha256OfFile(file); });
    const EncoderWeights weights = readEncoderWeights(file);
    try {
        e->m_beats = loadBeats(weights);
    } catch (const std::exception &error) {
        throw std::runtime_error(file + ": " + error.what());
    }
    e->m_device = parseDevice(device);
    e->m_beats->to(e->m_device);
    e->m_facts.name = name.empty() ? fs::path(file).stem().string() : name;
    e->m_facts.file = fs::absolute(file).lexically_normal().string();
    e->m_facts.sha256 = digest.get();
    e->m_facts.format = weights.format;
    e->m_facts.layers = e->m_beats->config.layers;
    e->m_facts.dim = e->m_beats->config.dim;
    e->m_facts.parameters = e->m_beats->config.parameterCount();
    return e;
}

torch::Tensor PretrainedEncoder::fbankOn(const std::vector<std::vector<float>> &waveforms) const
{
    if (waveforms.empty())
        throw std::invalid_argument("no clips to embed");
    const std::size_t n = waveforms[0].size();
    torch::Tensor batch = torch::empty({std::int64_t(waveforms.size()), std::int64_t(n)});
    for (std::size_t i = 0; i < waveforms.size(); ++i) {
        if (waveforms[i].size() != n)
            throw std::invalid_argument("clips embedded together must have one length");
        std::copy(waveforms[i].begin(), waveforms[i].end(), batch[std::int64_t(i)].data_ptr<float>());
    }
    return beatsFbank(batch.to(m_device));
}

torch::Tensor PretrainedEncoder::tokens(const std::vector<std::vector<float>> &waveforms, int layer) const
{
    if (layer > layers())
        throw std::invalid_argument("layer " + std::to_string(layer) + ": the encoder has " + std::to_string(layers()));
    c10::InferenceMode inference;
    Beats net = m_beats; // shares the module; forward is not const in LibTorch
    return net->hiddenStates(fbankOn(waveforms), layer).back().to(torch::kCPU);
}


} // namespace asd
