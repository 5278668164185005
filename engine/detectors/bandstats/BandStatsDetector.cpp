// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/bandstats/BandStatsDetector.h"

#include "detectors/ClipFeatures.h"
#include "detectors/DetectorFile.h"
#include "mix/Noise.h"

#include <cmath>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace asd {

namespace {

const char *name(BandStatsDetector::Statistic s)
{
    switch (s) {
    case BandStatsDetector::Statistic::Mean: return "mean";
    case BandStatsDetector::Statistic::Std: return "std";
    case BandStatsDetector::Statistic::Change: return "change";
    }
    return "";
}

std::string joined(const std::vector<BandStatsDetector::Statistic> &stats, const char *separator)
{
    std::string s;
    for (auto st : stats)
        s += (s.empty() ? "" : separator) + std::string(name(st));
    return s;
}

} // namespace

const DetectorFamily &BandStatsDetector::description()
{
    using K = DetectorOption::Kind;
    static const DetectorFamily family{
        "bandstats", "Band statistics (no training; few clips)",
        "per-band log-mel level and frame-to-frame change, rescaled nearest neighbours; no training, fits in seconds",
        withNoisyCopyOptions({{"stats", K::Text, "mean+change", "statistics per band, joined by +: mean, std, change"},
                              {"features", K::Choice, "osscl", "log-mel preset", -HUGE_VAL, HUGE_VAL, featurePresetNames()},
                              {"k", K::Whole, "1", "nearest neighbours averaged", 1},
                              {"k-ref", K::Whole, "4", "neighbours that set each normal clip's scale", 1}})};
    return family;
}

BandStatsDetector::Options BandStatsDetector::parseOptions(const std::map<std::string, std::string> &given, bool saved)
{
    const auto options = description().resolve(given);
    Options o;
    std::stringstream list(textSetting(options, "stats"));
    for (std::string s; std::getline(list, s, '+');) {
        bool known = false;
        for (auto st : {Statistic::Mean, Statistic::Std, Statistic::Change})
            if (s == name(st)) {
                o.statistics.push_back(st);
                known = true;
            }
        if (!known)
            throw std::invalid_argument("stats: unknown statistic '" + s + "' (choose from mean, std, change, joined by +)");
    }
    if (o.statistics.empty())
        throw std::invalid_argument("stats: name at least one of mean, std, change");
    o.featurePreset = textSetting(options, "features");
    o.k = int(wholeSetting(options, "k"));
    o.kRef = int(wholeSetting(options, "k-ref"));
    o.noisy = noisyCopiesOf(options, 1, !saved);
    return o;
}

BandStatsDetector::BandStatsDetector(Options options)
    : m_options(std::move(options)), m_logMel(featurePreset(m_options.featurePreset))
{
}

std::string BandStatsDetector::describe() const
{
    return "band statistics (" + joined(m_options.statistics, ", ") + ") of the " + m_options.featurePreset +
           " log-mel" + noisyCopyDescription(m_options.noisy) + ", rescaled nearest neighbours (k = " + std::to_string(m_options.k) + "), " +
           std::to_string(m_groups.size()) + (m_groups.size() == 1 ? " group" : " groups");
}

std::map<std::string, std::string> BandStatsDetector::options() const
{
    std::map<std::string, std::string> o{{"stats", joined(m_options.statistics, "+")},
            {"features", m_options.featurePreset},
            {"k", std::to_string(m_options.k)},
            {"k-ref", std::to_string(m_options.kRef)}};
    addNoisyCopyOptions(m_options.noisy, o);
    return o;
}

std::vector<float> BandStatsDetector::statistics(const std::string &path) const
{
    return statistics(wholeClipLogMel(m_logMel, path));
}

std::vector<float> BandStatsDetector::statistics(const FeatureMatrix &m) const
{
    std::vector<float> out;
    out.reserve(std::size_t(m.rows) * m_options.statistics.size());
    for (const Statistic st : m_options.statistics)
        for (int b = 0; b < m.rows; ++b) {
            const float *row = &m.data[std::size_t(b) * m.cols];
            double sum = 0, sumSq = 0;
            int n = 0;
            for (int t = st == Statistic::Change ? 1 : 0; t < m.cols; ++t) {
                const double v = st == Statistic::Change ? double(row[t]) - row[t - 1] : double(row[t]);
                sum += v;
                sumSq += v * v;
                ++n;
            }
            const double mean = n ? sum / n : 0.0;
            // Population standard deviation (ddof 0), as numpy and the workbench's Python reference.
            out.push_back(float(st == Statistic::Mean ? mean : std::sqrt(std::max(0.0, n ? sumSq / n - mean * mean : 0.0))));
        }
    return out;
}

void BandStatsDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    // Each clip's statistics, then those of its noisy copies (if any are asked for).
    StageClock clock(ctx);
    const NoisyCopies copies = hearScoredClips(m_options.noisy, normals, ctx, m_logMel.config().sampleRate);
    if (copies.hears())
        clock.lap("hearing the background of the clips to score");
    auto perClip = extractByGroup<std::vector<std::vector<float>>>(normals, ctx, [&](const Clip &c) {
        std::vector<std::vector<float>> out;
        for (const FeatureMatrix &m : wholeClipLogMels(m_logMel, c, copies))
            out.push_back(statistics(m));
        return out;
    });
    if (ctx.cancel && *ctx.cancel)
        return;
    clock.lap("decoding, log-mel and statistics");
    m_groups.clear();
    std::size_t groupIndex = 0;
    for (auto &[name, clips] : perClip) {
        ctx.startGroup(name, groupIndex++, perClip.size());
        Embeddings bank;
        std::vector<std::size_t> source; // which clip each entry was made from
        for (std::size_t c = 0; c < clips.size(); ++c)
            for (auto &v : clips[c]) {
                bank.push_back(std::move(v));
                source.push_back(c);
            }
        const std::size_t dim = bank[0].size();
        Group g;
        g.mean.assign(dim, 0.0f);
        g.scale.assign(dim, 0.0f);
        for (std::size_t d = 0; d < dim; ++d) {
            double sum = 0, sumSq = 0;
            for (const auto &v : bank) {
                sum += v[d];
                sumSq += double(v[d]) * v[d];
            }
            const double mean = sum / bank.size();
            g.mean[d] = float(mean);
            // +1e-6 as the Python reference (bench/logmel_stats_knn.py): a band that never
            // moves must not divide by zero.
            g.scale[d] = float(std::sqrt(std::max(0.0, sumSq / bank.size() - mean * mean)) + 1e-6);
        }
        for (auto &v : bank)
            v = standardise(g, std::move(v));
        g.knn = RescaledKnn(std::move(bank), m_options.k, m_options.kRef, std::move(source));
        // A clip's own copies left out with it; at float precision, as the file stores them.
        for (double v : g.knn.leaveOneOutScores())
            g.trainingScores.push_back(double(float(v)));
        m_groups.emplace(name, std::move(g));
    }
    if (m_groups.empty())
        throw std::runtime_error("no normal training clip could be read, so nothing was fitted");
    clock.lap("rescaling and training scores");
    // The faults the user has heard, in the bank's terms.
    for (const Clip *c : ctx.knownAnomalies) {
        const auto g = m_groups.find(detectorGroup(*c));
        if (g == m_groups.end())
            continue;
        try {
            g->second.faults.push_back(standardise(g->second, statistics(c->path)));
        } catch (const std::exception &e) {
            if (ctx.warn)
                ctx.warn("skipped known anomaly " + c->relativePath + ": " + e.what());
        }
    }
    for (auto &[name, g] : m_groups)
        g.faultDirection = FaultDirection(g.knn.bank(), g.faults, g.trainingScores);
    if (!ctx.knownAnomalies.empty())
        clock.lap("known faults");
}

const BandStatsDetector::Group &BandStatsDetector::group(const std::string &name) const
{
    return fittedGroup(m_groups, name);
}

std::vector<float> BandStatsDetector::standardise(const Group &g, std::vector<float> raw) const
{
    if (raw.size() != g.mean.size())
        throw std::runtime_error("band statistics of another length than the detector was fitted on");
    for (std::size_t d = 0; d < raw.size(); ++d)
        raw[d] = (raw[d] - g.mean[d]) / g.scale[d];
    return raw;
}

ClipAnalysis BandStatsDetector::analyse(const Clip &clip) const
{
    const Group &g = group(detectorGroup(clip));
    ClipAnalysis a;
    a.embedding = standardise(g, statistics(clip.path));
    a.score = g.knn.score({a.embedding}).front();
    a.score = g.faultDirection.adjust(a.score, a.embedding); // with known faults, their pull
    return a;
}

std::vector<double> BandStatsDetector::trainingScores(const std::string &name) const
{
    return group(name).trainingScores;
}

DetectorFile BandStatsDetector::toFile() const
{
    DetectorFile file = newDetectorFile(family(), options());
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &[name, g] : m_groups) {
        groups.push_back({{"name", name}, {"dim", g.mean.size()}, {"clips", g.knn.bank().size()}, {"faults", g.faults.size()}});
        file.arrays.push_back(g.mean);
        file.arrays.push_back(g.scale);
        std::vector<float> bank, scales;
        for (const auto &v : g.knn.bank())
            bank.insert(bank.end(), v.begin(), v.end());
        for (double s : g.knn.scales())
            scales.push_back(float(s));
        file.arrays.push_back(std::move(bank));
        file.arrays.push_back(std::move(scales));
        file.arrays.push_back(std::vector<float>(g.trainingScores.begin(), g.trainingScores.end()));
        std::vector<float> faults;
        for (const auto &v : g.faults)
            faults.insert(faults.end(), v.begin(), v.end());
        file.arrays.push_back(std::move(faults));
    }
    file.header["groups"] = groups;
    return file;
}

std::unique_ptr<BandStatsDetector> BandStatsDetector::fromFile(const DetectorFile &file)
{
    const nlohmann::json &h = file.header;
    auto bad = [](const std::string &what) { return std::runtime_error("band-statistics detector: " + what); };
    std::map<std::string, std::string> options;
    try {
        options = savedOptions(file);
    } catch (const std::runtime_error &e) {
        throw bad(e.what());
    }
    auto d = std::make_unique<BandStatsDetector>(parseOptions(options, true));
    // Six arrays per group; files written before known anomalies and noisy copies hold four
    // (no training scores: they are each entry against the others, computed again; no faults).
    const std::size_t perGroup = file.arrays.size() == 4 * h["groups"].size() ? 4 : 6;
    if (file.arrays.size() != perGroup * h["groups"].size())
        throw bad("the file holds " + std::to_string(file.arrays.size()) + " arrays for " +
                  std::to_string(h["groups"].size()) + " groups");
    std::size_t a = 0;
    for (const auto &gj : h["groups"]) {
        if (!gj.is_object() || !gj.contains("name") || !gj["name"].is_string() || !gj.contains("dim") ||
            !gj["dim"].is_number_unsigned() || !gj.contains("clips") || !gj["clips"].is_number_unsigned())
            throw bad("a group entry lacks its name, dim or clips");
        const std::size_t dim = gj["dim"].get<std::size_t>(), n = gj["clips"].get<std::size_t>();
        const auto &mean = file.arrays[a], &scale = file.arrays[a + 1], &bank = file.arrays[a + 2],
                   &scales = file.arrays[a + 3];
        const std::vector<float> *trained = perGroup == 6 ? &file.arrays[a + 4] : nullptr;
        const std::vector<float> *faults = perGroup == 6 ? &file.arrays[a + 5] : nullptr;
        const std::size_t nFaults = gj.contains("faults") && gj["faults"].is_number_unsigned() ? gj["faults"].get<std::size_t>() : 0;
        const std::size_t faultValues = faults ? faults->size() : 0;
        if (dim == 0 || faultValues % dim != 0 || faultValues / dim != nFaults)
            throw bad("group " + gj["name"].get<std::string>() + ": its known anomalies disagree with their count");
        a += perGroup;
        if (dim == 0 || n == 0 || mean.size() != dim || scale.size() != dim || scales.size() != n ||
            bank.size() / dim != n || bank.size() % dim != 0)
            throw bad("group " + gj["name"].get<std::string>() + ": its arrays disagree with its sizes");
        Group g;
        g.mean = mean;
        g.scale = scale;
        Embeddings rows(n);
        for (std::size_t i = 0; i < n; ++i)
            rows[i].assign(bank.begin() + std::ptrdiff_t(i * dim), bank.begin() + std::ptrdiff_t((i + 1) * dim));
        for (float s : scale)
            if (!(s > 0.0f) || !std::isfinite(s))
                throw bad("group " + gj["name"].get<std::string>() + ": a standardisation scale is not positive");
        g.knn = RescaledKnn::restore(std::move(rows), std::vector<double>(scales.begin(), scales.end()), d->m_options.k);
        g.trainingScores = trained ? std::vector<double>(trained->begin(), trained->end()) : g.knn.leaveOneOutScores();
        for (std::size_t f = 0; f < nFaults; ++f)
            g.faults.emplace_back(faults->begin() + std::ptrdiff_t(f * dim), faults->begin() + std::ptrdiff_t((f + 1) * dim));
        g.faultDirection = FaultDirection(g.knn.bank(), g.faults, g.trainingScores);
        d->m_groups.emplace(gj["name"].get<std::string>(), std::move(g));
    }
    return d;
}

} // namespace asd
