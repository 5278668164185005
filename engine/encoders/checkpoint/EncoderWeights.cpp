// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/EncoderWeights.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "encoders/checkpoint/TorchPickle.h"
#include "encoders/checkpoint/ZipArchive.h"
#include "util/AtomicFile.h"

namespace fs = std::filesystem;

namespace asd {

namespace {

constexpr std::uint64_t kMaxPickle = 256ull << 20, kMaxHeader = 100ull << 20;

torch::Tensor floatsAt(const ByteSource &bytes, std::uint64_t offset, std::int64_t numel)
{
    checkRange(offset, std::uint64_t(numel) * 4, bytes.size());
    torch::Tensor t = torch::empty({numel}, torch::kFloat32);
    bytes.read(offset, t.data_ptr<float>(), std::uint64_t(numel) * 4);
    return t;
}

EncoderWeights readTorchZip(const ByteSource &bytes)
{
    const ZipArchive zip(bytes);
    // The records sit under the file's stem at save time: find data.pkl, whatever its folder.
    const ZipRecord *pickle = nullptr;
    for (const ZipRecord &r : zip.records())
        if (r.name == "data.pkl" || (r.name.size() > 9 && r.name.compare(r.name.size() - 9, 9, "/data.pkl") == 0)) {
            if (pickle)
                throw std::runtime_error("two data.pkl records: not one checkpoint");
            pickle = &r;
        }
    if (!pickle)
        throw std::runtime_error("a zip without data.pkl: not a checkpoint written by torch.save");
    if (pickle->size > kMaxPickle)
        throw std::runtime_error("data.pkl of " + std::to_string(pickle->size) + " bytes: not a weights file");
    const std::string prefix = pickle->name.substr(0, pickle->name.size() - 8);
    UnpickledCheckpoint u = unpickleTorchCheckpoint(bytes.readString(pickle->dataOffset, pickle->size));
    if (!u.root.is_object() || !u.root.contains("model") || !u.root["model"].is_object())
        throw std::runtime_error("the checkpoint holds no 'model' state_dict (is it a BEATs release file?)");
    if (!u.root.contains("cfg") || !u.root["cfg"].is_object())
        throw std::runtime_error("the checkpoint holds no 'cfg' dict (is it a BEATs release file?)");
    EncoderWeights w;
    w.format = "torch";
    w.config = u.root["cfg"];
    // Layers share one position table: one storage record, read once.
    std::map<std::string, torch::Tensor> storages;
    for (const auto &[key, value] : u.root["model"].items()) {
        if (!value.is_object() || !value.contains("__tensor__"))
            throw std::runtime_error("state_dict entry " + key + " is not a tensor");
        const PickledTensor &p = u.tensors.at(value["__tensor__"].get<std::size_t>());
        auto s = storages.find(p.storageKey);
        if (s == storages.end()) {
            const ZipRecord *record = zip.find(prefix + "data/" + p.storageKey);
            if (!record)
                throw std::runtime_error("state_dict entry " + key + ": its storage record data/" + p.storageKey +
                                         " is missing (truncated?)");
            if (record->size < std::uint64_t(p.storageNumel) * 4)
                throw std::runtime_error("state_dict entry " + key + ": its storage record is shorter than declared");
            s = storages.emplace(p.storageKey, floatsAt(bytes, record->dataOffset, p.storageNumel)).first;
        } else if (s->second.numel() < p.storageNumel) {
            throw std::runtime_error("state_dict entry " + key + ": its storage size disagrees with another's");
        }
        w.tensors.emplace_back(key, s->second.as_strided(p.size, p.stride, p.offset).clone());
    }
    return w;
}

EncoderWeights readSafetensors(const ByteSource &bytes, const std::string &configJson)
{
    if (bytes.size() < 8)
        throw std::runtime_error("neither a torch.save zip nor a .safetensors file (too short)");
    std::uint8_t lengthBytes[8];
    bytes.read(0, lengthBytes, 8);
    std::uint64_t headerSize = 0;
    for (int i = 7; i >= 0; --i)
        headerSize = headerSize << 8 | lengthBytes[i];
    if (headerSize > kMaxHeader || headerSize > bytes.size() - 8)
        throw std::runtime_error("neither a torch.save zip nor a .safetensors file (header size " +
                                 std::to_string(headerSize) + ")");
    nlohmann::ordered_json header;
    try {
        header = nlohmann::ordered_json::parse(bytes.readString(8, headerSize));
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(std::string("neither a torch.save zip nor a .safetensors file (") + e.what() + ")");
    }
    if (!header.is_object())
        throw std::runtime_error(".safetensors header is not a JSON object");
    const std::uint64_t dataStart = 8 + headerSize, dataSize = bytes.size() - dataStart;
    EncoderWeights w;
    w.format = "safetensors";
    std::string cfgText = configJson;
    if (header.contains("__metadata__") && header["__metadata__"].is_object() &&
        header["__metadata__"].contains("cfg") && header["__metadata__"]["cfg"].is_string())
        cfgText = header["__metadata__"]["cfg"].get<std::string>();
    if (cfgText.empty())
        throw std::runtime_error("the .safetensors file carries no config: put the encoder's cfg in its "
                                 "__metadata__ as \"cfg\", or a config.json beside it");
    try {
        w.config = nlohmann::ordered_json::parse(cfgText);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(std::string("the encoder config is not valid JSON (") + e.what() + ")");
    }
    if (!w.config.is_object())
        throw std::runtime_error("the encoder config is not a JSON object");
    for (const auto &[key, entry] : header.items()) {
        if (key == "__metadata__")
            continue;
        try {
            if (entry.at("dtype").get<std::string>() != "F32")
                throw std::runtime_error("is " + entry.at("dtype").get<std::string>() +
                                         "; only float32 (F32) weights are read");
            std::vector<std::int64_t> shape = entry.at("shape").get<std::vector<std::int64_t>>();
            const auto offsets = entry.at("data_offsets").get<std::vector<std::uint64_t>>();
            if (shape.size() > 8 || offsets.size() != 2 || offsets[0] > offsets[1] || offsets[1] > dataSize)
                throw std::runtime_error("has a bad shape or data offsets");
            __int128 numel = 1;
            for (std::int64_t d : shape) {
                if (d < 0)
                    throw std::runtime_error("has a negative dimension");
                numel *= d;
                if (numel * 4 > __int128(dataSize))
                    throw std::runtime_error("is larger than the file");
            }
            if (__int128(offsets[1] - offsets[0]) != numel * 4)
                throw std::runtime_error("has data offsets that disagree with its shape");
            w.tensors.emplace_back(key, floatsAt(bytes, dataStart + offsets[0], std::int64_t(numel)).view(shape));
        } catch (const nlohmann::json::exception &e) {
            throw std::runtime_error("tensor " + key + " has a malformed header entry (" + e.what() + ")");
        } catch (const std::runtime_error &e) {
            throw std::runtime_error("tensor " + key + " " + e.what());
        }
    }
    return w;
}

} // namespace

EncoderWeights readEncoderWeights(const ByteSource &bytes, const std::string &configJson)
{
    char magic[4] = {};
    if (bytes.size() >= 4)
        bytes.read(0, magic, 4);
    if (magic[0] == 'P' && magic[1] == 'K')
        return readTorchZip(bytes);
    return readSafetensors(bytes, configJson);
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
