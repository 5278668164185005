// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/EncoderLibrary.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "encoders/PretrainedEncoder.h"
#include "util/AtomicFile.h"

namespace fs = std::filesystem;

namespace asd {

namespace {

std::string userDataFolder()
{
    if (const char *d = std::getenv("ASD_DATA_DIR"); d && *d)
        return d;
    if (const char *x = std::getenv("XDG_DATA_HOME"); x && *x)
        return (fs::path(x) / "asd-workbench").string();
    const char *home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local/share/asd-workbench").string();
}

nlohmann::json toJson(const EncoderFacts &f)
{
    return {{"name", f.name},     {"file", f.file},   {"sha256", f.sha256},         {"format", f.format},
            {"architecture", f.architecture}, {"layers", f.layers}, {"dim", f.dim}, {"parameters", f.parameters}};
}

} // namespace

EncoderLibrary::EncoderLibrary() : m_folder(userDataFolder()) {}
EncoderLibrary::EncoderLibrary(std::string folder) : m_folder(std::move(folder)) {}

std::vector<EncoderFacts> EncoderLibrary::list() const
{
    const fs::path index = fs::path(m_folder) / "encoders.json";
    std::vector<EncoderFacts> out;
    if (!fs::exists(index))
        return out;
    try {
        std::ifstream in(index);
        const nlohmann::json j = nlohmann::json::parse(in);
        for (const auto &e : j.at("encoders")) {
            EncoderFacts f;
            f.name = e.at("name").get<std::string>();
            f.file = e.at("file").get<std::string>();
            f.sha256 = e.at("sha256").get<std::string>();
            f.format = e.at("format").get<std::string>();
            f.architecture = e.at("architecture").get<std::string>();
            f.layers = e.at("layers").get<int>();
            f.dim = e.at("dim").get<int>();
            f.parameters = e.at("parameters").get<std::int64_t>();
            out.push_back(std::move(f));
        }
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(index.string() + ": damaged (" + e.what() + "); import the encoders again");
    }
    return out;
}

EncoderFacts EncoderLibrary::import(const std::string &file, const std::string &name)
{
    if (!fs::is_regular_file(file))
        throw std::runtime_error(file + ": no such checkpoint file");
    EncoderFacts facts = PretrainedEncoder::open(file)->facts();
    if (!name.empty())
        facts.name = name;
    if (facts.name.empty() || facts.name.find_first_of("/\\") != std::string::npos)
        throw std::runtime_error("'" + facts.name + "' cannot name an encoder (no slashes)");
    std::vector<EncoderFacts> all = list();
    nlohmann::json entries = nlohmann::json::array();
    for (const EncoderFacts &f : all)
        if (f.name != facts.name)
            entries.push_back(toJson(f));
    entries.push_back(toJson(facts));
    fs::create_directories(m_folder);
    writeTextAtomically((fs::path(m_folder) / "encoders.json").string(),
                        nlohmann::json{{"encoders", entries}}.dump(2) + "\n");
    return facts;
}

std::string EncoderLibrary::resolve(const std::string &nameOrFile) const
{
    for (const EncoderFacts &f : list())
        if (f.name == nameOrFile) {
            if (!fs::is_regular_file(f.file))
                throw std::runtime_error("encoder " + f.name + ": its checkpoint " + f.file +
                                         " is gone; import it again from where it is now");
            return f.file;
        }
    if (fs::is_regular_file(nameOrFile))
        return nameOrFile;
    std::string names;
    for (const EncoderFacts &f : list())
        names += (names.empty() ? "" : ", ") + f.name;
    throw std::runtime_error("no encoder named or at '" + nameOrFile + "' (imported: " +
                             (names.empty() ? "none; asd encoders import FILE" : names) + ")");
}


std::shared_ptr<PretrainedEncoder> EncoderLibrary::open(const std::string &nameOrFile, const std::string &device) const
{
    const std::string file = resolve(nameOrFile);
    return PretrainedEncoder::open(file, device, file == nameOrFile ? std::string() : nameOrFile);
}

} // namespace asd
