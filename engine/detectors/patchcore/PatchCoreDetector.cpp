// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/patchcore/PatchCoreDetector.h"

#include "backends/Coreset.h"
#include "detectors/ClipFeatures.h"
#include "detectors/DetectorFile.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace asd {

namespace {

constexpr int kPatchDim = PatchCoreDetector::kPatchBands * PatchCoreDetector::kPatchFrames;

const char *name(PatchCoreDetector::ClipScore s) { return s == PatchCoreDetector::ClipScore::Max ? "max" : "top10"; }

int rowCount(int mels) { return mels < PatchCoreDetector::kPatchBands ? 0 : (mels - PatchCoreDetector::kPatchBands) / PatchCoreDetector::kRowStride + 1; }

} // namespace

const DetectorFamily &PatchCoreDetector::description()
{
    using K = DetectorOption::Kind;
    static const DetectorFamily family{
        "patchcore", "PatchCore (no training; short events, where in the clip)",
        "nearest neighbours of 16 x 5 log-mel patches per frequency row (coreset bank); catches clicks and knocks and "
        "shows where in the clip they are",
        withNoisyCopyOptions(
            {{"features", K::Choice, "osscl", "log-mel preset", -HUGE_VAL, HUGE_VAL, featurePresetNames()},
             {"coreset", K::Number, "0.1", "fraction of a row's patches kept (anomalib's 0.1)", 1e-6, 1},
             {"full-bank", K::Whole, "5000", "row banks of up to this many patches are kept whole (first-shot §2.4)", 1},
             {"bank", K::Whole, "5000",
              "the most patches a row's bank keeps (0: no limit), so that fitting grows linearly and scoring stays "
              "as fast with more clips", 0},
             {"seed", K::Whole, "0", "the coreset's start points", 0},
             {"score", K::Choice, "max", "clip score: the worst patch, or the mean of the worst tenth of frames",
              -HUGE_VAL, HUGE_VAL, {"max", "top10"}}})};
    return family;
}

PatchCoreDetector::Options PatchCoreDetector::parseOptions(const std::map<std::string, std::string> &given, bool saved)
{
    const auto options = description().resolve(given);
    Options o;
    o.featurePreset = textSetting(options, "features");
    o.coresetRatio = numberSetting(options, "coreset");
    o.fullBankUpTo = std::size_t(wholeSetting(options, "full-bank"));
    o.largestBank = std::size_t(wholeSetting(options, "bank"));
    o.seed = std::uint64_t(wholeSetting(options, "seed"));
    o.clipScore = textSetting(options, "score") == "max" ? ClipScore::Max : ClipScore::Top10;
    // The same copies as band statistics' (seed 1): the two families learn the same noisy clips.
    o.noisy = noisyCopiesOf(options, 1, !saved);
    return o;
}

PatchCoreDetector::PatchCoreDetector(Options options)
    : m_options(std::move(options)), m_logMel(featurePreset(m_options.featurePreset))
{
    if (rowCount(m_logMel.config().mel.nMels) == 0)
        throw std::invalid_argument("patchcore needs at least 16 mel bands");
}

std::string PatchCoreDetector::describe() const
{
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%g", m_options.coresetRatio);
    return std::string("PatchCore on 16 × 5 log-mel patches (") + m_options.featurePreset + ")" +
           noisyCopyDescription(m_options.noisy) + ", coreset " + ratio + ", clip score " + name(m_options.clipScore) +
           ", " + std::to_string(m_groups.size()) +
           (m_groups.size() == 1 ? " group" : " groups");
}

std::map<std::string, std::string> PatchCoreDetector::options() const
{
    std::map<std::string, std::string> o{{"features", m_options.featurePreset},
                                         {"coreset", optionText(m_options.coresetRatio)},
                                         {"full-bank", std::to_string(m_options.fullBankUpTo)},
                                         {"bank", std::to_string(m_options.largestBank)},
                                         {"seed", std::to_string(m_options.seed)},
                                         {"score", name(m_options.clipScore)}};
    addNoisyCopyOptions(m_options.noisy, o);
    return o;
}

std::size_t PatchCoreDetector::coresetSize(std::size_t patches) const
{
    if (patches <= m_options.fullBankUpTo)
        return patches;
    const auto thinned = std::max<std::size_t>(1, std::size_t(std::floor(double(patches) * m_options.coresetRatio)));
    return m_options.largestBank > 0 ? std::min(thinned, m_options.largestBank) : thinned;
}

int PatchCoreDetector::patchColumns(const Group &g, const FeatureMatrix &m)
{
    const int columns = m.cols - kPatchFrames + 1;
    if (columns < 1)
        throw std::runtime_error("shorter than the " + std::to_string(kPatchFrames) + " frames of one patch");
    if (std::size_t(m.rows) != g.bandMean.size())
        throw std::runtime_error("log-mel of another size than the detector was fitted on");
    return columns;
}

std::vector<float> PatchCoreDetector::rowPatches(const Group &g, const FeatureMatrix &m, int r)
{
    const int columns = patchColumns(g, m);
    // The row's bands, standardised with the group's band statistics (§2.4).
    std::vector<float> z(std::size_t(kPatchBands) * std::size_t(m.cols));
    for (int i = 0; i < kPatchBands; ++i) {
        const std::size_t b = std::size_t(r * kRowStride + i);
        for (int t = 0; t < m.cols; ++t)
            z[std::size_t(i) * std::size_t(m.cols) + std::size_t(t)] = (m.at(int(b), t) - g.bandMean[b]) / g.bandScale[b];
    }
    std::vector<float> out(std::size_t(columns) * kPatchDim);
    for (int c = 0; c < columns; ++c) {
        float *p = &out[std::size_t(c) * kPatchDim];
        // Local aggregation over the neighbouring columns (PatchCore's 3 × 3 average
        // pooling, along time only: a neighbouring row is another frequency range).
        const int c0 = std::max(0, c - 1), c1 = std::min(columns - 1, c + 1);
        for (int i = 0; i < kPatchBands; ++i)
            for (int j = 0; j < kPatchFrames; ++j) {
                float sum = 0;
                for (int cc = c0; cc <= c1; ++cc)
                    sum += z[std::size_t(i) * std::size_t(m.cols) + std::size_t(cc + j)];
                p[i * kPatchFrames + j] = sum / float(c1 - c0 + 1);
            }
    }
    return out;
}

std::vector<std::vector<float>> PatchCoreDetector::patches(const Group &g, const FeatureMatrix &m, int &columns) const
{
    columns = patchColumns(g, m);
    std::vector<std::vector<float>> out;
    for (int r = 0; r < rowCount(m.rows); ++r)
        out.push_back(rowPatches(g, m, r));
    return out;
}

std::vector<std::vector<float>> PatchCoreDetector::patchScores(const Group &g, const std::vector<std::vector<float>> &p,
                                                               int columns, int skip) const
{
    std::vector<std::vector<float>> scores(p.size());
    for (std::size_t r = 0; r < p.size(); ++r) {
        const Row &row = g.rows[r];
        std::vector<bool> own;
        if (skip >= 0) {
            own.resize(row.clip.size());
            for (std::size_t j = 0; j < own.size(); ++j)
                own[j] = row.clip[j] == skip;
        }
        scores[r] = row.bank.nearestSquared(p[r].data(), std::size_t(columns), own);
        for (float &s : scores[r])
            s = std::sqrt(s);
    }
    return scores;
}

const PatchCoreDetector::Group &PatchCoreDetector::group(const std::string &name) const
{
    return fittedGroup(m_groups, name);
}

ClipAnalysis PatchCoreDetector::analyse(const Group &g, const FeatureMatrix &m, int skip, std::vector<float> *rowWorst,
                                        bool shown) const
{
    int columns = 0;
    const auto p = patches(g, m, columns);
    const auto s = patchScores(g, p, columns, skip);
    if (rowWorst) { // the edge columns left out, as below
        rowWorst->clear();
        for (const auto &row : s)
            rowWorst->push_back(columns >= 3 ? *std::max_element(row.begin() + 1, row.end() - 1)
                                             : *std::max_element(row.begin(), row.end()));
    }
    // c(t) = max over rows; column t covers frames t … t+4, so it is placed at frame t+2.
    std::vector<float> column(std::size_t(columns), 0.0f);
    for (const auto &row : s)
        for (int c = 0; c < columns; ++c)
            column[std::size_t(c)] = std::max(column[std::size_t(c)], row[std::size_t(c)]);
    // The first and last columns hold the STFT's padded edge frames, which look unusual in
    // every clip: they take their neighbours' values and do not count towards the score.
    if (columns >= 3) {
        column.front() = column[1];
        column.back() = column[std::size_t(columns - 2)];
    }
    ClipAnalysis a;
    if (m_options.clipScore == ClipScore::Max) {
        a.score = *std::max_element(column.begin(), column.end());
    } else {
        std::vector<float> sorted = column;
        const std::size_t top = std::max<std::size_t>(1, sorted.size() / 10);
        std::partial_sort(sorted.begin(), sorted.begin() + std::ptrdiff_t(top), sorted.end(), std::greater<float>());
        double sum = 0;
        for (std::size_t i = 0; i < top; ++i)
            sum += sorted[i];
        a.score = sum / double(top);
    }
    if (!shown)
        return a;
    FrameCurve curve;
    curve.secondsPerFrame = double(m_logMel.config().stft.hop) / m_logMel.config().sampleRate;
    for (int f = 0; f < m.cols; ++f)
        curve.scores.push_back(column[std::size_t(std::clamp(f - kPatchFrames / 2, 0, columns - 1))]);
    // The embedding: each row's mean patch, for the embedding view.
    for (const auto &row : p)
        for (int d = 0; d < kPatchDim; ++d) {
            double sum = 0;
            for (int c = 0; c < columns; ++c)
                sum += row[std::size_t(c) * kPatchDim + std::size_t(d)];
            a.embedding.push_back(float(sum / columns));
        }
    a.curve.emplace(std::move(curve));
    return a;
}

ClipAnalysis PatchCoreDetector::analyse(const Clip &clip) const
{
    const Group &g = group(detectorGroup(clip));
    std::vector<float> rowWorst;
    ClipAnalysis a = analyse(g, wholeClipLogMel(m_logMel, clip.path), -1, g.faults.empty() ? nullptr : &rowWorst, true);
    a.score = g.faults.adjust(a.score, rowWorst); // with known faults, their pull
    return a;
}

std::vector<double> PatchCoreDetector::trainingScores(const std::string &name) const
{
    return group(name).trainingScores;
}

void PatchCoreDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    // A group at a time, decoded when its turn comes: memory holds one group's log-mels and the
    // patches of the rows being thinned, not every clip's patches (15 rows of 80 values per
    // frame are 9× a log-mel's 128).
    std::map<std::string, std::vector<const Clip *>> byGroup;
    for (const Clip *c : normals)
        byGroup[detectorGroup(*c)].push_back(c);
    m_groups.clear();
    std::size_t groupIndex = 0;
    StageClock clock(ctx);
    const NoisyCopies copies = hearScoredClips(m_options.noisy, normals, ctx, m_logMel.config().sampleRate);
    if (copies.hears())
        clock.lap("hearing the background of the clips to score");
    for (const auto &[name, groupClips] : byGroup) {
        ctx.startGroup(name, groupIndex++, byGroup.size());
        // One bar per group: its clips read, its rows thinned, its clips scored.
        const int rows = rowCount(m_logMel.config().mel.nMels);
        const std::size_t steps = 2 * groupClips.size() + std::size_t(rows);
        auto report = [&](std::size_t done) {
            if (ctx.progress)
                ctx.progress(done, steps);
        };
        FitContext reading = ctx;
        reading.progress = [&](std::size_t done, std::size_t) { report(done); };
        // Each clip's log-mel, then those of its noisy copies (if any are asked for).
        auto maps = extractByGroup<std::vector<FeatureMatrix>>(
            groupClips, reading, [&](const Clip &c) { return wholeClipLogMels(m_logMel, c, copies); });
        if (ctx.cancel && *ctx.cancel)
            return;
        clock.lap("decoding and log-mel");
        if (maps.empty())
            continue; // every clip unreadable, each reported
        const std::vector<std::vector<FeatureMatrix>> &clips = maps.begin()->second;
        Group g;
        const int mels = clips[0][0].rows;
        // Band normalisation over the group's training frames (§2.4), the copies' too.
        g.bandMean.assign(std::size_t(mels), 0.0f);
        g.bandScale.assign(std::size_t(mels), 1.0f);
        for (int b = 0; b < mels; ++b) {
            double sum = 0, sumSq = 0;
            long n = 0;
            for (const auto &clip : clips)
                for (const auto &m : clip)
                    for (int t = 0; t < m.cols; ++t) {
                        sum += m.at(b, t);
                        sumSq += double(m.at(b, t)) * m.at(b, t);
                        ++n;
                    }
            const double mean = sum / double(n);
            g.bandMean[std::size_t(b)] = float(mean);
            g.bandScale[std::size_t(b)] = float(std::sqrt(std::max(0.0, sumSq / double(n) - mean * mean)) + 1e-6);
        }
        g.rows.resize(std::size_t(rows));
        parallelFor(std::size_t(rows), ctx.threads, [&](std::size_t r) {
            // This row's patches of every clip and its copies, thinned to its bank; a copy's
            // patches belong to its clip, and leave with it when the clip is scored as unseen.
            std::vector<float> all;
            std::vector<std::int32_t> owner;
            for (std::size_t k = 0; k < clips.size(); ++k)
                for (const FeatureMatrix &m : clips[k]) {
                    const auto p = rowPatches(g, m, int(r));
                    all.insert(all.end(), p.begin(), p.end());
                    owner.insert(owner.end(), p.size() / kPatchDim, std::int32_t(k));
                }
            const auto keep = greedyCoreset(all, kPatchDim, coresetSize(owner.size()), m_options.seed + r);
            Row &row = g.rows[r];
            std::vector<float> bank;
            bank.reserve(keep.size() * kPatchDim);
            for (std::size_t i : keep) {
                bank.insert(bank.end(), all.begin() + std::ptrdiff_t(i * kPatchDim),
                            all.begin() + std::ptrdiff_t((i + 1) * kPatchDim));
                row.clip.push_back(owner[i]);
            }
            row.bank = PackedBank(bank, kPatchDim);
        }, [&](std::size_t done) { report(clips.size() + done); }, ctx.cancel);
        if (ctx.cancel && *ctx.cancel)
            return;
        clock.lap("patches and coreset");
        // Each training clip, then each of its copies, against the other clips' patches: the
        // normal scores the threshold is fitted to (the copies are normal too, as in band
        // statistics). Kept at float precision, as the file stores them.
        Embeddings normalRows(clips.size()); // each clip's worst distance per row
        if (clips.size() >= 2) {
            std::vector<std::size_t> first{0}; // where clip k's scores start
            for (const auto &maps : clips)
                first.push_back(first.back() + maps.size());
            g.trainingScores.assign(first.back(), 0.0);
            parallelFor(clips.size(), ctx.threads, [&](std::size_t k) {
                for (std::size_t i = 0; i < clips[k].size(); ++i)
                    g.trainingScores[first[k] + i] =
                        double(float(analyse(g, clips[k][i], int(k), i == 0 ? &normalRows[k] : nullptr, false).score));
            }, [&](std::size_t done) { report(clips.size() + std::size_t(rows) + done); }, ctx.cancel);
            if (ctx.cancel && *ctx.cancel)
                return;
        }
        clock.lap("training scores");
        // The faults the user has heard of this group: where in frequency they are unusual,
        // against where the normal clips (each scored as unseen) are.
        Embeddings faults;
        for (const Clip *c : ctx.knownAnomalies) {
            if (detectorGroup(*c) != name)
                continue;
            try {
                std::vector<float> rowWorst;
                analyse(g, wholeClipLogMel(m_logMel, c->path), -1, &rowWorst, false);
                faults.push_back(std::move(rowWorst));
            } catch (const std::exception &e) {
                if (ctx.warn)
                    ctx.warn("skipped known anomaly " + c->relativePath + ": " + e.what());
            }
        }
        g.faults = FaultDirection(normalRows, faults, g.trainingScores);
        if (!ctx.knownAnomalies.empty()) // as band statistics: a stage wherever the user has faults
            clock.lap("known faults");
        report(steps); // parallelFor reports only the calling thread's items
        m_groups.emplace(name, std::move(g));
    }
    if (m_groups.empty())
        throw std::runtime_error("no normal training clip could be read, so nothing was fitted");
}

DetectorFile PatchCoreDetector::toFile() const
{
    DetectorFile file = newDetectorFile(family(), options());
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &[name, g] : m_groups) {
        nlohmann::json sizes = nlohmann::json::array();
        file.arrays.push_back(g.bandMean);
        file.arrays.push_back(g.bandScale);
        for (const Row &row : g.rows) {
            sizes.push_back(row.clip.size());
            file.arrays.push_back(row.bank.points());
            file.arrays.emplace_back(row.clip.begin(), row.clip.end());
        }
        file.arrays.emplace_back(g.trainingScores.begin(), g.trainingScores.end());
        nlohmann::json entry{{"name", name}, {"mels", g.bandMean.size()}, {"banks", sizes}};
        if (!g.faults.empty()) { // files without known faults are as before
            file.arrays.push_back(g.faults.saved());
            entry["known-faults"] = true;
        }
        groups.push_back(entry);
    }
    file.header["groups"] = groups;
    return file;
}

std::unique_ptr<PatchCoreDetector> PatchCoreDetector::fromFile(const DetectorFile &file)
{
    const nlohmann::json &h = file.header;
    auto bad = [](const std::string &what) { return std::runtime_error("PatchCore detector: " + what); };
    std::map<std::string, std::string> options;
    try {
        options = savedOptions(file);
    } catch (const std::runtime_error &e) {
        throw bad(e.what());
    }
    auto d = std::make_unique<PatchCoreDetector>(parseOptions(options, true));
    const std::size_t mels = std::size_t(d->m_logMel.config().mel.nMels);
    const std::size_t rows = std::size_t(rowCount(int(mels)));
    std::size_t a = 0;
    auto next = [&]() -> const std::vector<float> & {
        if (a >= file.arrays.size())
            throw bad("the file holds fewer arrays than its groups need");
        return file.arrays[a++];
    };
    for (const auto &gj : h["groups"]) {
        if (!gj.is_object() || !gj.contains("name") || !gj["name"].is_string() || !gj.contains("banks") ||
            !gj["banks"].is_array() || gj["banks"].size() != rows)
            throw bad("a group entry lacks its name or its " + std::to_string(rows) + " banks");
        const std::string name = gj["name"].get<std::string>();
        Group g;
        const auto &mean = next();
        const auto &scale = next();
        g.bandMean.assign(mean.begin(), mean.end());
        g.bandScale.assign(scale.begin(), scale.end());
        if (g.bandMean.size() != mels || g.bandScale.size() != mels)
            throw bad("group " + name + ": band statistics of the wrong size");
        for (float s : g.bandScale)
            if (!(s > 0.0f) || !std::isfinite(s))
                throw bad("group " + name + ": a band scale is not positive");
        for (const auto &size : gj["banks"]) {
            if (!size.is_number_unsigned() || size.get<std::size_t>() == 0)
                throw bad("group " + name + ": a bank size is not a positive whole number");
            Row row;
            const auto &bank = next();
            const auto &clip = next();
            if (bank.size() != size.get<std::size_t>() * kPatchDim || clip.size() != size.get<std::size_t>())
                throw bad("group " + name + ": a bank's arrays disagree with its size");
            row.bank = PackedBank(bank, kPatchDim);
            for (float c : clip) {
                if (!(c >= 0.0f) || c != std::floor(c) || c > 1e7f)
                    throw bad("group " + name + ": a bank names no clip");
                row.clip.push_back(std::int32_t(c));
            }
            g.rows.push_back(std::move(row));
        }
        const auto &scores = next();
        g.trainingScores.assign(scores.begin(), scores.end());
        if (gj.contains("known-faults")) {
            try {
                g.faults = FaultDirection::restore(next());
            } catch (const std::invalid_argument &e) {
                throw bad("group " + name + ": " + e.what());
            }
            if (g.faults.dimension() != rows)
                throw bad("group " + name + ": the known faults' direction is not one value per row");
        }
        d->m_groups.emplace(name, std::move(g));
    }
    if (a != file.arrays.size())
        throw bad("the file holds more arrays than its groups describe");
    return d;
}

} // namespace asd
