// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace asd {

void writeAtomically(const std::string &path, const std::function<void(const std::string &)> &write)
{
    static std::atomic<unsigned> counter{0};
    const fs::path target(path);
    if (target.has_parent_path())
        fs::create_directories(target.parent_path());
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    try {
        write(tmp);
        // On disk before it replaces the old file: after a power cut the target is the old
        // file or the whole new one, never an empty one (rename can reach the disk first).
        if (const int fd = ::open(tmp.c_str(), O_RDONLY); fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
        fs::rename(tmp, target);
    } catch (...) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw;
    }
}

void writeTextAtomically(const std::string &path, const std::string &text)
{
    writeAtomically(path, [&](const std::string &tmp) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out)
            throw std::runtime_error(path + ": could not write (disk full or no permission?)");
    });
}

} // namespace asd
