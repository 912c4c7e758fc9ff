#include "qr/qr_matrix.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <string>

namespace tramso {

namespace {

struct QrcodeDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

bool is_ascii(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 0x80) return false;
    }
    return true;
}

Error too_long(std::string_view text, int max_version) {
    // Non-ASCII text is counted in UTF-8 bytes, which is what the QR code stores.
    const char* unit = is_ascii(text) ? "characters" : "bytes (UTF-8)";
    return Error{"", "URL is " + std::to_string(text.size()) + " " + unit + "; at most " +
                         std::to_string(qr_byte_capacity(max_version)) + " fit a QR code of version " +
                         std::to_string(max_version) + ". Use a shorter link."};
}

}  // namespace

Result<QrMatrix> QrMatrix::encode(std::string_view text, int max_version) {
    if (max_version < 1 || max_version > 40) {
        return Error{"", "QR code maximum version must be between 1 and 40, not " + std::to_string(max_version) + "."};
    }
    if (text.empty()) return Error{"", "URL is empty; there is nothing to put in the QR code."};
    if (text.find('\0') != std::string_view::npos) {
        return Error{"", "URL contains a NUL byte and cannot be put in a QR code."};
    }

    // libqrencode picks the smallest version that fits; cheaper than retrying per version.
    const std::string owned(text);
    errno = 0;
    std::unique_ptr<QRcode, QrcodeDeleter> code(QRcode_encodeString(owned.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE) return too_long(text, max_version);
        return Error{"", "QR encoder failed (errno " + std::to_string(errno) + ") for a URL of " +
                             std::to_string(text.size()) + " bytes."};
    }
    if (code->version > max_version) return too_long(text, max_version);

    const int size = code->width;
    std::vector<bool> dark(static_cast<std::size_t>(size) * size);
    for (std::size_t i = 0; i < dark.size(); ++i) {
        dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark module; the other bits are metadata
    }
    return QrMatrix(size, code->version, std::move(dark));
}

}  // namespace tramso
