// The finish screen: after the last step of a lesson she sees what she learned, a QR
// code that takes the lesson home on her own phone and, when the center has a receipt printer,
// a button that prints it on a slip. The types the flow keeps for it; the rules are in
// finish_flow.cpp, the printer adapter in slip_printer.h, the screen in ui/screens/finish.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/clock.h"
#include "lessons/content.h"
#include "lessons/lesson.h"
#include "qr/qr_matrix.h"

namespace tramso::app {

enum class PrintState {
    idle,      // nothing asked yet (or a printer is not configured)
    printing,  // a slip is on its way: "Đang in…"
    printed,   // the slip came out: the button goes, a word says to take it
    failed,    // the friendly message shows; she may try again
};

// A finished lesson's code: a fresh random reference, the link it makes and that link as a QR
// matrix. Made outside the flow (app/finish_codes.h), which has no random device and no encoder.
struct FinishCode {
    std::string reference;
    std::string link;  // empty: no QR code
    std::optional<QrMatrix> qr;
    std::string problem;  // why there is no QR code (no follow-up, link too long)
};
using FinishCodeMaker = std::function<FinishCode(const Lesson&)>;

struct FinishInfo {
    LessonRef lesson;
    // Random and opaque (qr/follow_up_url.h): tells the follow-up site which visit a scan came
    // from, never who she is. Recorded with qr_shown so reports can match scans to visits.
    std::string reference;
    std::string qr_link;         // follow-up URL + reference; empty: no QR code
    std::optional<QrMatrix> qr;  // qr_link encoded once; the screen and the slip draw it
    std::string qr_problem;      // why there is no QR code (no follow-up, link too long)
    bool can_print = false;      // a printer is configured
    PrintState print = PrintState::idle;
    std::uint64_t print_request = 0;  // the slip being printed (matches PrintFinished)
    LessonRef next_lesson;            // "Học bài tiếp theo"; null when there is no other
};

namespace ev {
struct FinishHome {};        // "Về trang chủ"
struct FinishNextLesson {};  // "Học bài tiếp theo"
struct PrintSlip {};         // "In phiếu"
// The printer adapter's answer to fx::PrintSlip, possibly after she has left the screen.
struct PrintFinished {
    std::uint64_t request = 0;
    std::string lesson_id;
    bool ok = false;
    std::string error;  // for the log and staff; the learner sees a friendly sentence
};
}  // namespace ev

namespace fx {
// One slip for the printer adapter (slip_printer.h), which prints it off the frame loop.
// Everything printed is in Vietnamese: the slip goes home with her, whatever the screen language.
struct PrintSlip {
    std::uint64_t request = 0;
    std::string lesson_id;
    std::string center_name;
    std::string lesson_title;
    std::string learned;
    std::string url;          // the same link as the screen's QR code; empty: no code
    std::string resume_code;  // only when she registered
    Millis wall_ms = 0;       // the date printed
};
}  // namespace fx

}  // namespace tramso::app
