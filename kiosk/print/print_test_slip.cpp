#include "print/print_test_slip.h"

#include <string>

namespace tramso {

SlipContent test_slip_content(std::string_view center_name, std::string_view url, CivilDate today) {
    SlipContent content;
    content.center_name = std::string(center_name);
    content.lesson_title = "In thử máy in";
    content.date = today;
    content.learned = "Nếu chữ có dấu rõ ràng và điện thoại quét được mã bên dưới, máy in đã sẵn sàng.";
    content.follow_up_url = std::string(url);
    content.resume_code = "K7Q2XM";
    return content;
}

Status print_test_slip(const PrinterConfig& config, std::string_view center_name, std::string_view url,
                       CivilDate today) {
    auto slip = render_slip(test_slip_content(center_name, url, today), config.slip);
    if (!slip) return slip.error();
    auto backend = make_printer_backend(config.output);
    if (!backend) return backend.error();
    return (*backend)->send(encode_slip(*slip, config.escpos));
}

}  // namespace tramso
