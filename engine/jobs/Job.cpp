// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/Job.h"

#include "dataset/DatasetIndex.h"
#include "util/Allocator.h"

#include <torch/torch.h>

#include <atomic>
#include <thread>

namespace asd {

struct Job::Impl {
    std::atomic<bool> cancel{false};
    std::atomic<bool> running{true};
    std::thread thread;

    using Body = std::function<void(const JobListener &, const std::atomic<bool> &)>;

    void start(Body body, JobListener listener)
    {
        thread = std::thread([this, body = std::move(body), listener = std::move(listener)] {
            // The job counts as ended before its last event goes out, so whoever hears that
            // event can start the next job at once, though this thread still winds down.
            const JobListener deliver = [this, &listener](const JobEvent &e) {
                if (endsJob(e.kind))
                    running = false;
                listener(e);
            };
            try {
                body(deliver, cancel);
            } catch (const c10::Error &e) {
                JobEvent f;
                f.kind = JobEvent::Kind::Failed;
                f.message = e.what_without_backtrace();
                deliver(f);
            } catch (const std::exception &e) {
                JobEvent f;
                f.kind = JobEvent::Kind::Failed;
                f.message = e.what();
                deliver(f);
            }
            running = false;
            releaseFreedMemory(); // the workbench lives on between jobs
        });
    }
};

Job::Job() : d(std::make_unique<Impl>()) {}

Job::~Job()
{
    cancel();
    wait();
}

std::unique_ptr<Job> Job::startFitting(const FitConfig &config, JobListener listener)
{
    std::unique_ptr<Job> job(new Job);
    job->d->start([config](const JobListener &deliver, const std::atomic<bool> &cancel) { fitDetector(config, deliver, cancel); },
                   std::move(listener));
    return job;
}

std::unique_ptr<Job> Job::startScoring(const ScoreConfig &config, JobListener listener)
{
    std::unique_ptr<Job> job(new Job);
    job->d->start([config](const JobListener &deliver, const std::atomic<bool> &cancel) { score(config, deliver, cancel); },
                   std::move(listener));
    return job;
}

std::unique_ptr<Job> Job::startSweep(const SweepConfig &config, JobListener listener)
{
    std::unique_ptr<Job> job(new Job);
    job->d->start([config](const JobListener &deliver, const std::atomic<bool> &cancel) { sweep(config, deliver, cancel); },
                   std::move(listener));
    return job;
}

std::unique_ptr<Job> Job::startComparison(const CompareConfig &config, JobListener listener)
{
    std::unique_ptr<Job> job(new Job);
    job->d->start([config](const JobListener &deliver, const std::atomic<bool> &cancel) {
        compareDetectors(config, deliver, cancel);
    }, std::move(listener));
    return job;
}

void Job::cancel() { d->cancel = true; }

void Job::wait()
{
    if (d->thread.joinable())
        d->thread.join();
}

bool Job::running() const { return d->running; }

} // namespace asd
