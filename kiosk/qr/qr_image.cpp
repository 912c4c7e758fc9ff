#include "qr/qr_image.h"

#include <fcntl.h>
#include <stb_image_write.h>  // implementation lives in libstb.so
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tramso {

namespace {

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

Status write_whole_file(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Error{path, std::string("cannot create the file: ") + std::strerror(errno) +
                               ". Check that the folder exists and is writable."};
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            return Error{path, std::string("cannot write the file: ") + std::strerror(err) + "."};
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        return Error{path, std::string("cannot finish writing the file: ") + std::strerror(errno) + "."};
    }
    return Ok{};
}

}  // namespace

QrImage render_qr_image(const QrMatrix& qr, int scale, PixelFormat format) {
    scale = std::clamp(scale, 1, kQrMaxScale);
    QrImage image;
    image.format = format;
    image.width = image.height = (qr.size() + 2 * kQrQuietZone) * scale;
    const int channels = image.channels();
    image.pixels.assign(static_cast<std::size_t>(image.width) * image.height * channels, 255);
    for (int y = 0; y < image.height; ++y) {
        const int my = y / scale - kQrQuietZone;
        std::uint8_t* row = image.pixels.data() + static_cast<std::size_t>(y) * image.width * channels;
        for (int x = 0; x < image.width; ++x) {
            if (!qr.dark(x / scale - kQrQuietZone, my)) continue;
            std::uint8_t* px = row + static_cast<std::size_t>(x) * channels;
            // RGB to black; alpha (4th channel) stays 255.
            std::fill(px, px + std::min(channels, 3), std::uint8_t{0});
        }
    }
    return image;
}

Result<std::vector<std::uint8_t>> encode_png(const QrImage& image) {
    std::vector<std::uint8_t> png;
    const int ok = stbi_write_png_to_func(append_bytes, &png, image.width, image.height, image.channels(),
                                          image.pixels.data(), image.width * image.channels());
    if (!ok || png.empty()) return Error{"", "PNG encoder failed."};
    return png;
}

Status write_qr_png(std::string_view url, const std::string& path, int scale, int max_version) {
    if (scale < 1 || scale > kQrMaxScale) {
        return Error{"", "scale must be between 1 and " + std::to_string(kQrMaxScale) + " pixels per module, not " +
                             std::to_string(scale) + "."};
    }
    auto qr = QrMatrix::encode(url, max_version);
    if (!qr) return qr.error();
    auto png = encode_png(render_qr_image(*qr, scale, PixelFormat::grey8));
    if (!png) return png.error();
    return write_whole_file(path, *png);
}

}  // namespace tramso
