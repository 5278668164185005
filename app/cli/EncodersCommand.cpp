// SPDX-License-Identifier: GPL-3.0-or-later
// asd encoders and asd embed: pretrained audio encoders (BEATs) the user downloaded.
#include "cli/Args.h"
#include "cli/Commands.h"

#include "audio/AudioFile.h"
#include "encoders/EncoderLibrary.h"
#include "encoders/PretrainedEncoder.h"
#include "encoders/checkpoint/EncoderWeights.h"
#include "util/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace asd::cli {

namespace {

void printFacts(const EncoderFacts &f)
{
    std::printf("%s\n  file        %s\n  sha256      %s\n  format      %s (%s)\n  layers      %d\n  dimension   %d\n"
                "  parameters  %lld\n",
                f.name.c_str(), f.file.c_str(), f.sha256.c_str(), f.architecture.c_str(), f.format.c_str(), f.layers,
                f.dim, static_cast<long long>(f.parameters));
}

} // namespace

int runEncoders(const Args &args)
{
    const auto &p = args.positional();
    EncoderLibrary library;
    if (!p.empty() && p[0] == "import") {
        if (p.size() != 2)
            throw UsageError("import takes one checkpoint file");
        const EncoderFacts f = library.import(p[1], args.value("name"));
        std::printf("imported into %s:\n", library.folder().c_str());
        printFacts(f);
        std::printf("compare the sha256 with the one its publisher gives; then\n"
                    "  asd train --detector encoder-knn --encoder %s --data DIR --out RUN\n",
                    f.name.c_str());
        return 0;
    }
    if (!p.empty() && p[0] == "convert") {
        if (p.size() != 3)
            throw UsageError("convert takes a checkpoint and the .safetensors file to write");
        writeSafetensors(p[2], readEncoderWeights(p[1]));
        std::printf("wrote %s\n", p[2].c_str());
        return 0;
    }
    if (!p.empty())
        throw UsageError("unknown subcommand '" + p[0] + "' (import, convert, or none to list)");
    const std::vector<EncoderFacts> all = library.list();
    if (args.has("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const EncoderFacts &f : all)
            j.push_back({{"name", f.name},
                         {"file", f.file},
                         {"sha256", f.sha256},
                         {"format", f.format},
                         {"architecture", f.architecture},
                         {"layers", f.layers},
                         {"dim", f.dim},
                         {"parameters", f.parameters}});
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (all.empty())
        std::printf("no encoders imported yet (asd encoders import FILE)\n");
    for (const EncoderFacts &f : all)
        printFacts(f);
    return 0;
}

int runEmbed(const Args &args)
{
    if (args.positional().size() != 1)
        throw UsageError("takes one WAV file");
    const std::string wav = args.positional()[0], out = args.required("out");
    const auto encoder = EncoderLibrary().open(args.required("encoder"), args.value("device", "cpu"));
    const int layer = args.intValue("layer", encoder->layers());
    if (layer < 0 || layer > encoder->layers())
        throw UsageError("--layer takes 0 (the first block's input) to " + std::to_string(encoder->layers()));
    ReadOptions read;
    read.targetRate = PretrainedEncoder::kSampleRate;
    const Audio audio = readAudio(wav, read);
    const torch::Tensor tokens = encoder->tokens({audio.samples}, layer)[0].contiguous();
    writeAtomically(out, [&](const std::string &tmp) {
        std::ofstream f(tmp, std::ios::binary);
        f.write(reinterpret_cast<const char *>(tokens.data_ptr<float>()), std::streamsize(tokens.numel() * 4));
        if (!f)
            throw std::runtime_error(out + ": cannot be written");
    });
    if (args.has("json"))
        std::cout << nlohmann::json{{"tokens", tokens.size(0)},
                                    {"dim", tokens.size(1)},
                                    {"layer", layer},
                                    {"seconds_per_time_patch", PretrainedEncoder::kSecondsPerTimePatch},
                                    {"frequency_patches", PretrainedEncoder::kFrequencyPatches}}
                         .dump()
                  << "\n";
    else
        std::printf("%s: %lld tokens x %lld (layer %d; token n = time patch n/8, frequency patch n%%8) -> %s\n",
                    wav.c_str(), static_cast<long long>(tokens.size(0)), static_cast<long long>(tokens.size(1)), layer,
                    out.c_str());
    return 0;
}

} // namespace asd::cli
