#include "print/print_worker.h"

namespace tramso {

PrintWorker::PrintWorker(std::unique_ptr<PrinterBackend> backend, SlipStyle style, EscPosOptions escpos)
    : m_backend(std::move(backend)), m_style(std::move(style)), m_escpos(escpos), m_thread([this] { run(); }) {}

PrintWorker::~PrintWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_jobs_changed.notify_all();
    m_thread.join();
}

PrintJobId PrintWorker::submit_slip(SlipContent content) { return enqueue(std::move(content)); }
PrintJobId PrintWorker::submit_bytes(Bytes bytes) { return enqueue(std::move(bytes)); }

PrintJobId PrintWorker::enqueue(std::variant<SlipContent, Bytes> work) {
    PrintJobId id;
    {
        std::lock_guard lock(m_mutex);
        id = m_next_id++;
        m_jobs.push_back(Job{id, std::move(work)});
    }
    m_jobs_changed.notify_one();
    return id;
}

std::optional<PrintJobResult> PrintWorker::poll() {
    std::lock_guard lock(m_mutex);
    if (m_results.empty()) return std::nullopt;
    PrintJobResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

std::optional<PrintJobResult> PrintWorker::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_results_changed.wait_for(lock, timeout, [this] { return !m_results.empty(); })) {
        return std::nullopt;
    }
    PrintJobResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

std::size_t PrintWorker::in_flight() const {
    std::lock_guard lock(m_mutex);
    return m_jobs.size() + m_running;
}

void PrintWorker::run() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_jobs_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_stopping) return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_running = 1;
        lock.unlock();
        Status status = process(job);  // slow part (fonts, printer I/O) runs unlocked
        lock.lock();
        m_running = 0;
        m_results.push_back(PrintJobResult{job.id, std::move(status)});
        m_results_changed.notify_all();
    }
}

Status PrintWorker::process(const Job& job) {
    if (const auto* bytes = std::get_if<Bytes>(&job.work)) return m_backend->send(*bytes);
    auto slip = render_slip(std::get<SlipContent>(job.work), m_style);
    if (!slip) return slip.error();
    return m_backend->send(encode_slip(*slip, m_escpos));
}

}  // namespace tramso
