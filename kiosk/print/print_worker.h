// Printing off the frame loop: the UI submits a job and gets an id at once; one worker thread
// renders, encodes and sends jobs in order, and posts a result per job that the UI polls each
// frame. A printer out of paper therefore never freezes the screen.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

#include "core/result.h"
#include "print/printer_config.h"

namespace tramso {

using PrintJobId = std::uint64_t;

struct PrintJobResult {
    PrintJobId id = 0;
    Status status = Ok{};  // Error names the printer and what staff should check
};

class PrintWorker {
public:
    PrintWorker(std::unique_ptr<PrinterBackend> backend, SlipStyle style, EscPosOptions escpos);
    // Finishes the job being sent (bounded by the backend timeout); queued jobs are dropped.
    ~PrintWorker();
    PrintWorker(const PrintWorker&) = delete;
    PrintWorker& operator=(const PrintWorker&) = delete;

    PrintJobId submit_slip(SlipContent content);
    PrintJobId submit_bytes(Bytes bytes);  // already encoded (test slip, reprint)

    // Non-blocking: the oldest result not yet taken, if any. Call once per frame.
    std::optional<PrintJobResult> poll();
    // Blocks up to `timeout` for a result (CLI commands and tests).
    std::optional<PrintJobResult> wait(std::chrono::milliseconds timeout);
    // Jobs submitted whose result has not been posted yet.
    std::size_t in_flight() const;

private:
    struct Job {
        PrintJobId id;
        std::variant<SlipContent, Bytes> work;
    };

    PrintJobId enqueue(std::variant<SlipContent, Bytes> work);
    void run();
    Status process(const Job& job);

    std::unique_ptr<PrinterBackend> m_backend;
    SlipStyle m_style;
    EscPosOptions m_escpos;

    mutable std::mutex m_mutex;
    std::condition_variable m_jobs_changed;
    std::condition_variable m_results_changed;
    std::deque<Job> m_jobs;
    std::deque<PrintJobResult> m_results;
    PrintJobId m_next_id = 1;
    std::size_t m_running = 0;
    bool m_stopping = false;
    std::thread m_thread;  // last: starts after everything it reads is constructed
};

}  // namespace tramso
