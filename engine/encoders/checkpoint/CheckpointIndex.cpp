// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/CheckpointIndex.h"

#include <stdexcept>

#include "encoders/checkpoint/TorchPickle.h"
#include "encoders/checkpoint/ZipArchive.h"

namespace asd {

namespace {

constexpr std::uint64_t kMaxPickle = 256ull << 20, kMaxHeader = 100ull << 20;

CheckpointIndex indexTorchZip(const ByteSource &bytes)
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
    UnpickledCheckpoint u = unpickleTorchCheckpoint(readRecord(bytes, *pickle, kMaxPickle));
    if (!u.root.is_object() || !u.root.contains("model") || !u.root["model"].is_object())
        throw std::runtime_error("the checkpoint holds no 'model' state_dict (is it a BEATs release file?)");
    if (!u.root.contains("cfg") || !u.root["cfg"].is_object())
        throw std::runtime_error("the checkpoint holds no 'cfg' dict (is it a BEATs release file?)");
    CheckpointIndex index;
    index.format = "torch";
    index.config = u.root["cfg"];
    for (const auto &[key, value] : u.root["model"].items()) {
        if (!value.is_object() || !value.contains("__tensor__"))
            throw std::runtime_error("state_dict entry " + key + " is not a tensor");
        const PickledTensor &p = u.tensors.at(value["__tensor__"].get<std::size_t>());
        const ZipRecord *record = zip.find(prefix + "data/" + p.storageKey);
        if (!record)
            throw std::runtime_error("state_dict entry " + key + ": its storage record data/" + p.storageKey +
                                     " is missing (truncated?)");
        if (record->deflated) // the weights are read in place, as torch.save stores them
            throw std::runtime_error("state_dict entry " + key + ": its storage record is compressed (was the file re-zipped?)");
        if (record->size / 4 < std::uint64_t(p.storageNumel))
            throw std::runtime_error("state_dict entry " + key + ": its storage record is shorter than declared");
        index.tensors.push_back({key, p.size, p.stride, p.offset, p.storageKey, record->dataOffset, p.storageNumel});
    }
    return index;
}

CheckpointIndex indexSafetensors(const ByteSource &bytes, const std::string &configJson)
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
    CheckpointIndex index;
    index.format = "safetensors";
    std::string cfgText = configJson;
    if (header.contains("__metadata__") && header["__metadata__"].is_object() &&
        header["__metadata__"].contains("cfg") && header["__metadata__"]["cfg"].is_string())
        cfgText = header["__metadata__"]["cfg"].get<std::string>();
    if (cfgText.empty())
        throw std::runtime_error("the .safetensors file carries no config: put the encoder's cfg in its "
                                 "__metadata__ as \"cfg\", or a config.json beside it");
    try {
        index.config = nlohmann::ordered_json::parse(cfgText);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(std::string("the encoder config is not valid JSON (") + e.what() + ")");
    }
    if (!index.config.is_object())
        throw std::runtime_error("the encoder config is not a JSON object");
    for (const auto &[key, entry] : header.items()) {
        if (key == "__metadata__")
            continue;
        try {
            if (entry.at("dtype").get<std::string>() != "F32")
                throw std::runtime_error("is " + entry.at("dtype").get<std::string>() +
                                         "; only float32 (F32) weights are read");
            const std::vector<std::int64_t> shape = entry.at("shape").get<std::vector<std::int64_t>>();
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
            std::vector<std::int64_t> stride(shape.size(), 1);
            for (std::size_t d = shape.size(); d-- > 1;)
                stride[d - 1] = stride[d] * std::max<std::int64_t>(shape[d], 1);
            index.tensors.push_back({key, shape, stride, 0, key, dataStart + offsets[0], std::int64_t(numel)});
        } catch (const nlohmann::json::exception &e) {
            throw std::runtime_error("tensor " + key + " has a malformed header entry (" + e.what() + ")");
        } catch (const std::runtime_error &e) {
            throw std::runtime_error("tensor " + key + " " + e.what());
        }
    }
    return index;
}

} // namespace

CheckpointIndex indexCheckpoint(const ByteSource &bytes, const std::string &configJson)
{
    char magic[2] = {};
    if (bytes.size() >= 2)
        bytes.read(0, magic, 2);
    if (magic[0] == 'P' && magic[1] == 'K')
        return indexTorchZip(bytes);
    return indexSafetensors(bytes, configJson);
}

} // namespace asd
