// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <vector>

#include "synth/MachineSynth.h"

namespace asd::test {

// Writes a test recording with libsndfile in any format it supports
// (e.g. SF_FORMAT_WAV | SF_FORMAT_PCM_24), with sample(frame, channel) in [-1, 1].
void writeAudio(const std::string &path, int format, int channels, int rate, long frames,
                const std::function<float(long frame, int channel)> &sample);
void writeText(const std::string &path, const std::string &text);
std::vector<char> readBytes(const std::string &path);

// Synthetic-dataset options for small test sets (DCASE 2020 layout unless changed).
SynthOptions tinySynth(int types, int ids, int trainPerId, int testPerId, double seconds);

// ../shared beside the repository (real DCASE clips, noise, reference fixtures), or an
// empty string when this clone has none; tests that need it QSKIP with a message.
QString sharedDir();
// tests/data in the source tree.
QString testDataDir();

} // namespace asd::test

#define ASD_REQUIRE_SHARED(dir)                                                                                   \
    const QString dir = asd::test::sharedDir();                                                                   \
    if (dir.isEmpty())                                                                                            \
    QSKIP("../shared (real DCASE clips and reference fixtures) is not beside this clone; test skipped")
