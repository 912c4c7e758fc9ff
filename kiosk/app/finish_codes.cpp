#include "app/finish_codes.h"

#include <memory>
#include <random>

#include "lessons/followup.h"
#include "qr/follow_up_url.h"
#include "qr/qr_matrix.h"

namespace tramso::app {

FinishCodeMaker make_finish_codes(const Config::Followup& followup, std::optional<std::uint32_t> seed) {
    auto rng = std::make_shared<std::mt19937>(seed ? *seed : std::random_device{}());
    return [rng, &followup](const Lesson& lesson) {
        FinishCode code;
        code.reference = make_reference(*rng);
        auto link = lesson_qr_link(lesson, followup.base_url, followup.ref_param, code.reference);
        if (!link) {
            code.problem = link.error().to_string();
            return code;
        }
        auto qr = QrMatrix::encode(*link);
        if (!qr) {
            code.problem = qr.error().to_string();
            return code;
        }
        code.link = *link;
        code.qr = std::move(*qr);
        return code;
    };
}

}  // namespace tramso::app
