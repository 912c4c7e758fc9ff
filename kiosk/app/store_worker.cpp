#include "app/store_worker.h"

#include <exception>

namespace tramso::app {

StoreWorker::StoreWorker(std::unique_ptr<StoreJobs> jobs, EventQueue& answers)
    : m_jobs(std::move(jobs)), m_answers(answers), m_thread([this] { run(); }) {}

StoreWorker::~StoreWorker() {
    {
        std::lock_guard lk(m_mu);
        m_stopping = true;
    }
    m_cv.notify_one();
    m_thread.join();
}

void StoreWorker::submit(StoreWork work) {
    {
        std::lock_guard lk(m_mu);
        m_queue.push_back(std::move(work));
    }
    m_cv.notify_one();
}

bool StoreWorker::busy() const {
    std::lock_guard lk(m_mu);
    return m_running_job || !m_queue.empty();
}

void StoreWorker::run() {
    std::unique_lock lk(m_mu);
    for (;;) {
        m_cv.wait(lk, [&] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) return;  // stopping, and nothing left to do
        StoreWork work = std::move(m_queue.front());
        m_queue.pop_front();
        m_running_job = true;
        lk.unlock();
        std::optional<Event> answer;
        try {
            answer = m_jobs->run(work);
        } catch (const std::exception& e) {
            // The screen that waits is told, so it never shows "Đang tải…" for ever; the next
            // job runs as usual.
            answer = failure_answer(work.job, e.what());
        }
        // Posted before busy() turns false, so a driver that waits for !busy() finds the answer queued.
        if (answer) m_answers.post(std::move(*answer));
        lk.lock();
        m_running_job = false;
    }
}

}  // namespace tramso::app
