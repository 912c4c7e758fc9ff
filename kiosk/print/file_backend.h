// Writes each job to a file, replacing the previous one: for tests, and for centres without
// a printer (staff can print or archive the last slip by hand).
#pragma once

#include <string>

#include "print/printer_backend.h"

namespace tramso {

class FileBackend final : public PrinterBackend {
public:
    explicit FileBackend(std::string path) : m_path(std::move(path)) {}
    Status send(std::span<const std::uint8_t> bytes) override;
    std::string describe() const override { return "file " + m_path; }

private:
    std::string m_path;
};

}  // namespace tramso
