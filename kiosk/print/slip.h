// The end-of-lesson slip, composed top to bottom into a 1-bit raster as wide as the paper:
// centre name, lesson title, date, what she learned, QR code + caption, resume code.
// All text is drawn as pixels (Noto Sans), so Vietnamese prints on any ESC/POS printer.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/result.h"
#include "print/mono_bitmap.h"
#include "print/vietnamese_date.h"
#include "qr/qr_matrix.h"

namespace tramso {

inline constexpr int kPaperDots58mm = 384;  // 203 dpi print heads: 48 mm printable
inline constexpr int kPaperDots80mm = 576;  // 72 mm printable

struct SlipContent {
    std::string center_name;
    std::string lesson_title;
    CivilDate date;
    std::string learned;        // the lesson's summary; wrapped to at most 6 lines
    std::string follow_up_url;  // already carries its reference; empty → no QR code or caption
    std::string resume_code;    // empty when the learner is not registered
};

// Printed words, Vietnamese by default; the app may pass strings from its language table.
struct SlipLabels {
    std::string qr_caption = "Quét mã để xem lại bài học";
    std::string resume_code_prefix = "Mã học viên: ";
};

struct SlipStyle {
    int paper_dots = kPaperDots58mm;  // raster width: 384 (58 mm) or 576 (80 mm)
    std::string regular_font = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    std::string bold_font = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
    int qr_max_version = kQrDefaultMaxVersion;
    // true: the printer draws the QR code itself (GS ( k); the raster is split around it.
    bool native_qr = false;
    SlipLabels labels;
};

// Where the printer's own QR code goes, between two raster parts.
struct NativeQr {
    std::string data;
    int module_dots = 8;  // 1–16 dots per module
};

using SlipPart = std::variant<MonoBitmap, NativeQr>;

struct RenderedSlip {
    std::vector<SlipPart> parts;  // top to bottom; a single MonoBitmap unless native_qr
};

// Errors: a font file missing or unreadable (names the path and fonts-noto-core), a URL too
// long for the QR code, a paper width outside 128–1024 dots.
Result<RenderedSlip> render_slip(const SlipContent& content, const SlipStyle& style);

// For start-up checks: both fonts open.
Status check_slip_fonts(const SlipStyle& style);

}  // namespace tramso
