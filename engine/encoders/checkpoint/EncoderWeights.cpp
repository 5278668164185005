// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/EncoderWeights.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "encoders/checkpoint/CheckpointIndex.h"
#include "util/AtomicFile.h"

namespace fs = std::filesystem;

namespace asd {

EncoderWeights readEncoderWeights(const ByteSource &bytes, const std::string &configJson)
{
    const CheckpointIndex index = indexCheckpoint(bytes, configJson);
    EncoderWeights w;
    w.format = index.format;
    w.config = index.config;
    // Layers share one position table: one storage, read once.
    std::map<std::string, torch::Tensor> storages;
    for (const StoredTensor &t : index.tensors) {
        auto s = storages.find(t.storage);
        if (s == storages.end()) {
            torch::Tensor values = torch::empty({t.storageNumel}, torch::kFloat32);
            bytes.read(t.storageAt, values.data_ptr<float>(), std::uint64_t(t.storageNumel) * 4);
            s = storages.emplace(t.storage, values).first;
        } else if (s->second.numel() != t.storageNumel) {
            throw std::runtime_error("state_dict entry " + t.key + ": its storage size disagrees with another's");
        }
        w.tensors.emplace_back(t.key, s->second.as_strided(t.size, t.stride, t.offset).clone());
    }
    return w;
}

EncoderWeights readEncoderWeights(const std::string &path)
{
    try {
        if (fs::is_directory(path))
            throw std::runtime_error("is a folder, not a checkpoint file");
        const FileBytes bytes(path);
        std::string sidecar;
        const fs::path config = fs::path(path).parent_path() / "config.json";
        if (fs::path(path).extension() == ".safetensors" && fs::is_regular_file(config)) {
            std::ifstream in(config);
            std::stringstream text;
            text << in.rdbuf();
            sidecar = text.str();
        }
        return readEncoderWeights(bytes, sidecar);
    } catch (const c10::Error &e) {
        throw std::runtime_error(path + ": " + e.what_without_backtrace());
    } catch (const std::exception &e) {
        const std::string what = e.what();
        throw std::runtime_error(what.rfind(path, 0) == 0 ? what : path + ": " + what);
    }
}

void writeSafetensors(const std::string &path, const EncoderWeights &weights)
{
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    header["__metadata__"] = {{"cfg", weights.config.dump()}};
    std::uint64_t offset = 0;
    std::vector<torch::Tensor> data;
    for (const auto &[key, tensor] : weights.tensors) {
        torch::Tensor t = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        header[key] = {{"dtype", "F32"}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + t.numel() * 4}}};
        offset += std::uint64_t(t.numel()) * 4;
        data.push_back(t);
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' '); // the format pads the header to 8 bytes
    writeAtomically(path, [&](const std::string &tmp) {
        std::ofstream out(tmp, std::ios::binary);
        std::uint8_t length[8];
        for (int i = 0; i < 8; ++i)
            length[i] = std::uint8_t(std::uint64_t(text.size()) >> (8 * i));
        out.write(reinterpret_cast<const char *>(length), 8);
        out << text;
        for (const torch::Tensor &t : data)
            out.write(reinterpret_cast<const char *>(t.data_ptr<float>()), std::streamsize(t.numel() * 4));
        if (!out)
            throw std::runtime_error(path + ": cannot be written");
    });
}

} // namespace asd
