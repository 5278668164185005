// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"

#include "audio/AudioFile.h"
#include "dsp/LogMel.h"
#include "util/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace asd::cli {

int runFeatures(const Args &args)
{
    if (args.positional().size() != 1)
        throw UsageError("expects one audio file");
    if (!args.has("out") && !args.has("json"))
        throw UsageError("give --out FILE, --json, or both");
    const FeatureConfig config = [&] {
        try {
            return featurePreset(args.value("preset", "osscl"));
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
    }();
    ReadOptions read;
    read.targetRate = config.sampleRate;
    read.channels = ChannelPolicy::pick(args.intValue("channel", 0));
    Audio audio = readAudio(args.positional()[0], read);
    // The models' input: the first N samples (reference §0.4: 160000 = 10 s); 0 keeps all.
    const int n = args.intValue("samples", 160000);
    if (n < 0)
        throw UsageError("--samples must not be negative");
    if (n > 0)
        audio.samples = fitLength(audio.samples, std::size_t(n), PadMode::Zeros);
    const FeatureMatrix m = LogMelExtractor(config).compute(audio.samples);

    if (args.has("out")) {
        // Raw little-endian float32, row-major [n_mels][frames]: the torchaudio fixture layout.
        writeAtomically(args.value("out"), [&](const std::string &tmp) {
            std::ofstream out(tmp, std::ios::binary);
            out.write(reinterpret_cast<const char *>(m.data.data()), std::streamsize(m.data.size() * sizeof(float)));
            if (!out)
                throw std::runtime_error("the stream failed");
        });
    }
    if (args.has("json")) {
        nlohmann::json j{{"file", args.positional()[0]},
                         {"shape", {m.rows, m.cols}},
                         {"layout", "float32 little-endian, row-major [n_mels][frames]"},
                         {"preset", config.toJson()}};
        if (args.has("out"))
            j["out"] = args.value("out");
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << "wrote " << m.rows << " x " << m.cols << " log-mel (" << config.name << ") to "
                  << args.value("out") << "\n";
    }
    return 0;
}

} // namespace asd::cli
