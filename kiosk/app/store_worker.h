// The store worker: one thread that carries out store work in the order it was asked and posts
// each answer to the runtime's queue. The frame loop only submits (a push under a lock) and never
// waits for SQLite, the PIN hash or an export.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "app/event_queue.h"
#include "app/store_jobs.h"

namespace tramso::app {

class StoreWorker {
public:
    // `answers` must outlive the worker.
    StoreWorker(std::unique_ptr<StoreJobs> jobs, EventQueue& answers);
    // Finishes the work already asked for (an edit or an audit line must not be lost), then stops.
    ~StoreWorker();
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    void submit(StoreWork work);
    // Work submitted whose answer has not been posted yet.
    bool busy() const;

private:
    void run();

    std::unique_ptr<StoreJobs> m_jobs;
    EventQueue& m_answers;
    mutable std::mutex m_mu;
    std::condition_variable m_cv;
    std::deque<StoreWork> m_queue;
    bool m_running_job = false;
    bool m_stopping = false;
    std::thread m_thread;  // last: starts once everything above exists
};

}  // namespace tramso::app
