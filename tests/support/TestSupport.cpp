// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>

#include <sndfile.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace asd::test {

void writeAudio(const std::string &path, int format, int channels, int rate, long frames,
                const std::function<float(long, int)> &sample)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE *f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f)
        throw std::runtime_error(path + ": " + sf_strerror(nullptr));
    std::vector<float> buf(std::size_t(frames) * channels);
    for (long i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            buf[std::size_t(i) * channels + c] = sample(i, c);
    sf_writef_float(f, buf.data(), frames);
    sf_close(f);
}

void writeText(const std::string &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<char> readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

SynthOptions tinySynth(int types, int ids, int trainPerId, int testPerId, double seconds)
{
    SynthOptions o;
    o.types = types;
    o.ids = ids;
    o.trainPerId = trainPerId;
    o.testPerId = testPerId;
    o.seconds = seconds;
    return o;
}

QString sharedDir()
{
    const QString dir = QStringLiteral(ASD_SHARED_DIR);
    return QFileInfo(dir + QStringLiteral("/data/dcase2020-excerpt")).isDir() ? dir : QString();
}

QString testDataDir() { return QStringLiteral(ASD_TEST_DATA_DIR); }

} // namespace asd::test
