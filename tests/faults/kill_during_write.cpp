// SPDX-License-Identifier: GPL-3.0-or-later
// A fault injector for the kill -9 tests (issue #15), loaded with LD_PRELOAD: it kills the
// process with SIGKILL at an exact point of a file write, so a test can check that every
// writer leaves the previous file whole whatever moment a crash picks. Chosen by the
// environment:
//   ASD_KILL_PATH=TEXT      only files whose path contains TEXT (e.g. "last.pt.tmp-")
//   ASD_KILL_AT=write:N     the N-th write() or writev() to such a file: half its bytes
//                           reach the file, then the process dies (a half-written file)
//   ASD_KILL_AT=rename:N    the N-th rename() of such a file: the process dies just before
//                           it (the new file complete, not yet in place)
// Writers reach write() and rename() through the C library's exported symbols (libstdc++'s
// file streams, QFile, libsndfile, std::filesystem), which LD_PRELOAD interposes.
#include <dlfcn.h>
#include <signal.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

int counter;

bool armed(const char *kind, const char *path)
{
    const char *at = getenv("ASD_KILL_AT"), *text = getenv("ASD_KILL_PATH");
    const size_t n = strlen(kind);
    if (!at || !text || !path || strncmp(at, kind, n) != 0 || at[n] != ':' || !strstr(path, text))
        return false;
    return __atomic_add_fetch(&counter, 1, __ATOMIC_SEQ_CST) == atoi(at + n + 1);
}

bool armedForFd(int fd)
{
    if (!getenv("ASD_KILL_AT"))
        return false;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t len = fd > 2 ? readlink(link, path, sizeof path - 1) : -1;
    if (len <= 0)
        return false;
    path[len] = '\0';
    return armed("write", path);
}

ssize_t realWrite(int fd, const void *buf, size_t count)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = reinterpret_cast<ssize_t (*)(int, const void *, size_t)>(dlsym(RTLD_NEXT, "write"));
    return real(fd, buf, count);
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    if (armedForFd(fd)) {
        realWrite(fd, buf, count / 2);
        raise(SIGKILL);
    }
    return realWrite(fd, buf, count);
}

// libstdc++'s streams hand a large block to writev (what is buffered, then the block).
ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    if (armedForFd(fd)) {
        size_t half = 0;
        for (int i = 0; i < iovcnt; ++i)
            half += iov[i].iov_len;
        half /= 2;
        for (int i = 0; i < iovcnt && half > 0; ++i) {
            const size_t part = iov[i].iov_len < half ? iov[i].iov_len : half;
            realWrite(fd, iov[i].iov_base, part);
            half -= part;
        }
        raise(SIGKILL);
    }
    static ssize_t (*real)(int, const struct iovec *, int);
    if (!real)
        real = reinterpret_cast<ssize_t (*)(int, const struct iovec *, int)>(dlsym(RTLD_NEXT, "writev"));
    return real(fd, iov, iovcnt);
}

int rename(const char *from, const char *to) noexcept
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = reinterpret_cast<int (*)(const char *, const char *)>(dlsym(RTLD_NEXT, "rename"));
    if (armed("rename", from))
        raise(SIGKILL);
    return real(from, to);
}

} // extern "C"
