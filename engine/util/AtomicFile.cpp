// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <signal.h>
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

void removeLeftoverTemporaries(const std::string &dir)
{
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    const auto number = [](const std::string &t) {
        return !t.empty() && t.size() <= 9 && t.find_first_not_of("0123456789") == std::string::npos;
    };
    for (const auto &entry : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
        const std::string name = entry.path().filename().string();
        const std::size_t at = name.rfind(".tmp-");
        if (at == std::string::npos || at == 0 || !entry.is_regular_file(ec))
            continue;
        // ".tmp-" PID "-" N, as writeAtomically names them.
        const std::string rest = name.substr(at + 5);
        const std::size_t dash = rest.find('-');
        if (dash == std::string::npos || !number(rest.substr(0, dash)) || !number(rest.substr(dash + 1)))
            continue;
        const pid_t pid = pid_t(std::stol(rest.substr(0, dash)));
        const bool running = pid > 0 && (::kill(pid, 0) == 0 || errno != ESRCH);
        const auto modified = entry.last_write_time(ec);
        if (running || ec || now - modified < std::chrono::minutes(10))
            continue;
        fs::remove(entry.path(), ec);
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
