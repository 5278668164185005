// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <cerrno>
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
        // A full disk can show first here, when the delayed blocks are allocated.
        if (const int fd = ::open(tmp.c_str(), O_RDONLY); fd >= 0) {
            const bool synced = ::fsync(fd) == 0;
            const int error = errno;
            ::close(fd);
            if (!synced)
                throw std::system_error(error, std::generic_category(), "writing it to the disk");
        }
        fs::rename(tmp, target);
    } catch (const std::exception &e) {
        std::error_code ec;
        fs::remove(tmp, ec);
        // One message for every writer (LibTorch's archive, libsndfile, streams): which file,
        // that the old one is still there, and the likely cause.
        const fs::space_info space = fs::space(target.has_parent_path() ? target.parent_path() : fs::path("."), ec);
        const bool full = !ec && space.available < (std::uintmax_t(1) << 20);
        throw std::runtime_error(path + ": could not be written" +
                                 (full ? std::string(": the disk is full") : " (disk full, or no permission?)") + "; " +
                                 (fs::exists(target, ec) ? "the previous file is kept" : "nothing was written") +
                                 " (" + e.what() + ")");
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
            throw std::runtime_error("the stream failed");
    });
}

} // namespace asd
