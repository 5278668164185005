// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ProjectorFiles.h"

#include <cmath>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "util/AtomicFile.h"

namespace fs = std::filesystem;

namespace asd {

namespace {

// A metadata cell: tabs and line breaks would split the row.
std::string cell(std::string s)
{
    for (char &c : s)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}

} // namespace

void writeProjectorFiles(const std::string &dir, const std::vector<ScoredClip> &clips,
                         const std::vector<std::vector<float>> &embeddings, const std::vector<ScoredClip> &trainingClips,
                         const std::vector<std::vector<float>> &trainingEmbeddings)
{
    if (clips.size() != embeddings.size() || trainingClips.size() != trainingEmbeddings.size())
        throw std::runtime_error("projector export: clips and embeddings differ in number");
    std::ostringstream vectors, metadata;
    metadata << "file\tmachine_type\tgroup\tdomain\tlabel\tscore\tsplit\n";
    std::size_t dim = embeddings.empty() ? (trainingEmbeddings.empty() ? 0 : trainingEmbeddings[0].size()) : embeddings[0].size();
    auto add = [&](const ScoredClip &c, const std::vector<float> &e, const char *split) {
        if (e.size() != dim || dim == 0)
            throw std::runtime_error("projector export: embeddings of different lengths");
        for (std::size_t i = 0; i < e.size(); ++i)
            vectors << (i ? "\t" : "") << e[i];
        vectors << '\n';
        metadata << cell(c.fileName) << '\t' << cell(c.machineType) << '\t' << cell(c.group) << '\t' << toString(c.domain)
                 << '\t' << toString(c.label) << '\t';
        if (std::isfinite(c.score))
            metadata << c.score;
        metadata << '\t' << split << '\n';
    };
    vectors.precision(9); // float round trip
    metadata.precision(9);
    for (std::size_t i = 0; i < clips.size(); ++i)
        add(clips[i], embeddings[i], "test");
    for (std::size_t i = 0; i < trainingClips.size(); ++i)
        add(trainingClips[i], trainingEmbeddings[i], "train");
    fs::create_directories(dir);
    writeTextAtomically((fs::path(dir) / "vectors.tsv").string(), vectors.str());
    writeTextAtomically((fs::path(dir) / "metadata.tsv").string(), metadata.str());
}

} // namespace asd
