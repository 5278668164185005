// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/DetectorRegistry.h"

#include "detectors/DetectorFile.h"
#include "detectors/autoencoder/AutoencoderDetector.h"
#include "detectors/bandstats/BandStatsDetector.h"
#include "detectors/encoderknn/EncoderKnnDetector.h"
#include "detectors/ensemble/EnsembleDetector.h"
#include "detectors/network/NetworkDetector.h"
#include "detectors/network/NetworkFamilies.h"
#include "detectors/patchcore/PatchCoreDetector.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

namespace {

using Options = std::map<std::string, std::string>;

// Every family: where its description comes from and, for the families made through
// makeDetector, how it is made and read back. Adding a family is its folder and one line here.
struct Registered {
    const DetectorFamily &(*describe)();
    std::unique_ptr<Detector> (*make)(const Options &);
    std::unique_ptr<Detector> (*load)(const DetectorFile &);
};

const Registered kFamilies[] = {
    {BandStatsDetector::description,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<BandStatsDetector>(BandStatsDetector::parseOptions(o)); },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return BandStatsDetector::fromFile(f); }},
    {PatchCoreDetector::description,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<PatchCoreDetector>(PatchCoreDetector::parseOptions(o)); },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return PatchCoreDetector::fromFile(f); }},
    {AutoencoderDetector::description,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<AutoencoderDetector>(AutoencoderDetector::parseOptions(o)); },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return AutoencoderDetector::fromFile(f); }},
    {[]() -> const DetectorFamily & { return EncoderKnnDetector::description(false); },
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<EncoderKnnDetector>(EncoderKnnDetector::parseOptions(o)); },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EncoderKnnDetector::fromFile(f); }},
    {[]() -> const DetectorFamily & { return EncoderKnnDetector::description(true); },
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<EncoderKnnDetector>(EncoderKnnDetector::parseOptions(o, true)); },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EncoderKnnDetector::fromFile(f); }},
    // Made of the families above (fitted with their defaults), so listed after them.
    {[]() -> const DetectorFamily & { return EnsembleDetector::description(EnsembleDetector::Mode::Choose); },
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<EnsembleDetector>(EnsembleDetector::parseOptions(o, EnsembleDetector::Mode::Choose));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EnsembleDetector::fromFile(f); }},
    {[]() -> const DetectorFamily & { return EnsembleDetector::description(EnsembleDetector::Mode::Fuse); },
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<EnsembleDetector>(EnsembleDetector::parseOptions(o, EnsembleDetector::Mode::Fuse));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EnsembleDetector::fromFile(f); }},
    // The network families' files are LibTorch checkpoints: loadDetector reads them.
    {osSclFamily,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<NetworkDetector>(osSclFamily().name, o); },
     nullptr},
    {noisyArcMixFamily,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<NetworkDetector>(noisyArcMixFamily().name, o); },
     nullptr},
    {arcFaceFamily,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<NetworkDetector>(arcFaceFamily().name, o); },
     nullptr},
    {mixAlignFamily,
     [](const Options &o) -> std::unique_ptr<Detector> { return std::make_unique<NetworkDetector>(mixAlignFamily().name, o); },
     nullptr},
};

const Registered *registered(const std::string &family)
{
    for (const Registered &r : kFamilies)
        if (r.describe().name == family)
            return &r;
    return nullptr;
}

const Registered &known(const std::string &family)
{
    if (const Registered *r = registered(family))
        return *r;
    std::string names;
    for (const auto &f : detectorFamilies())
        names += (names.empty() ? "" : ", ") + f.name;
    throw std::invalid_argument("unknown detector '" + family + "' (choose " + names + ")");
}

} // namespace

const std::vector<DetectorFamily> &detectorFamilies()
{
    static const std::vector<DetectorFamily> families = [] {
        std::vector<DetectorFamily> out;
        for (const Registered &r : kFamilies)
            out.push_back(r.describe());
        return out;
    }();
    return families;
}

const DetectorFamily *findDetectorFamily(const std::string &name)
{
    for (const auto &f : detectorFamilies())
        if (f.name == name)
            return &f;
    return nullptr;
}

const char *defaultDetectorFamily() { return "bandstats"; }

std::map<std::string, std::string> resolveDetectorOptions(const std::string &family, const Options &options)
{
    return known(family).describe().resolve(options);
}

std::unique_ptr<Detector> makeDetector(const std::string &family, const std::map<std::string, std::string> &options)
{
    return known(family).make(options);
}

std::map<std::string, std::string> parseDetectorOptions(const std::string &text)
{
    std::map<std::string, std::string> out;
    std::string item;
    auto take = [&] {
        if (item.empty())
            return;
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw std::invalid_argument("detector option '" + item + "' is not key=value");
        out[item.substr(0, eq)] = item.substr(eq + 1);
        item.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == ';' || c == '\t')
            take();
        else
            item.push_back(c);
    }
    take();
    return out;
}

std::string detectorFileIn(const std::string &runOrFile)
{
    std::error_code ec;
    if (!fs::is_directory(runOrFile, ec))
        return runOrFile;
    for (const char *name : {kDetectorFileName, "best.pt"})
        if (const fs::path inside = fs::path(runOrFile) / name; fs::exists(inside, ec))
            return inside.string();
    return {};
}

namespace {
// A LibTorch checkpoint is a zip archive: it starts with a local file header.
bool isZipArchive(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    return in.read(magic, 4) && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}
} // namespace

std::unique_ptr<Detector> loadDetector(const std::string &runOrFile)
{
    std::string path = detectorFileIn(runOrFile);
    if (path.empty())
        throw std::runtime_error(runOrFile + ": holds no detector (a run folder has detector.asd, which asd train "
                                             "and the workbench's Fit write)");
    if (!fs::exists(path))
        throw std::runtime_error(path + ": no such file");
    if (isZipArchive(path))
        return NetworkDetector::fromCheckpoint(path); // a network family's (a checkpoint)
    try {
        return loadDetectorFile(readDetectorFile(path));
    } catch (const std::exception &e) {
        const std::string message = e.what();
        throw std::runtime_error(message.rfind(path, 0) == 0 ? message : path + ": " + message);
    }
}

std::unique_ptr<Detector> loadDetectorFile(const DetectorFile &file)
{
    if (!file.header.is_object() || !file.header.contains("family") || !file.header["family"].is_string())
        throw std::runtime_error("the detector header lacks its family");
    const std::string family = file.header["family"].get<std::string>();
    if (const Registered *r = registered(family); r && r->load)
        return r->load(file);
    throw std::runtime_error("a detector of family '" + family + "', which this version does not know");
}

} // namespace asd
