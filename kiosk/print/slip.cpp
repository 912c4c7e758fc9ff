#include "print/slip.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "print/slip_font.h"
#include "qr/qr_matrix.h"
#include "text/normalize.h"

namespace tramso {

namespace {

// Widest QR code block, quiet zone included: ≈ 50 mm at 8 dots/mm. Bigger wastes paper on
// 80 mm rolls without scanning any better.
constexpr int kQrMaxDots = 400;

enum class Align { left, center };

// Writes blocks downwards into a growing bitmap; in native-QR mode the bitmap is cut into parts.
class SlipComposer {
public:
    SlipComposer(int width, double unit) : m_width(width), m_unit(unit), m_current(width, 0) {}

    int dots(double base) const { return static_cast<int>(std::lround(base * m_unit)); }
    int margin() const { return dots(12); }

    void gap(double base) { m_y += dots(base); }
    void blank(int rows) { m_y += rows; }

    void paragraph(const SlipFont& font, double base_px, std::string_view utf8, int max_lines, Align align) {
        // Content typed on phones or old Windows IMEs may be NFD ("e" + marks); without a
        // shaping engine only precomposed letters draw their marks in the right place.
        const std::string s = text::to_nfc(utf8);
        const int px = dots(base_px);
        const int content_width = m_width - 2 * margin();
        const int ascent = font.ascent(px);
        const int line_height = font.line_height(px);
        for (const std::string& line : wrap_text(font, px, s, content_width, max_lines)) {
            m_current.grow_to(m_y + line_height);
            const int x = align == Align::center ? (m_width - font.measure(line, px)) / 2 : margin();
            font.draw(m_current, x, m_y + ascent, line, px);
            m_y += line_height;
        }
    }

    void rule() {
        const int thickness = std::max(1, dots(2));
        m_current.grow_to(m_y + thickness);
        m_current.fill_rect(margin(), m_y, m_width - 2 * margin(), thickness);
        m_y += thickness;
    }

    void qr(const QrMatrix& qr, int scale) {
        const int side = (qr.size() + 2 * kQrQuietZone) * scale;
        const int left = (m_width - side) / 2 + kQrQuietZone * scale;
        const int top = m_y + kQrQuietZone * scale;
        m_current.grow_to(m_y + side);
        for (int my = 0; my < qr.size(); ++my) {
            for (int mx = 0; mx < qr.size(); ++mx) {
                if (qr.dark(mx, my)) m_current.fill_rect(left + mx * scale, top + my * scale, scale, scale);
            }
        }
        m_y += side;
    }

    // Ends the current raster part here and starts a new one below (native QR goes between).
    void cut_part(std::vector<SlipPart>& parts) {
        m_current.grow_to(m_y);
        if (m_current.height() > 0) parts.emplace_back(std::move(m_current));
        m_current = MonoBitmap(m_width, 0);
        m_y = 0;
    }

private:
    int m_width;
    double m_unit;
    MonoBitmap m_current;
    int m_y = 0;
};

}  // namespace

Status check_slip_fonts(const SlipStyle& style) {
    for (const std::string* path : {&style.regular_font, &style.bold_font}) {
        auto font = SlipFont::open(*path);
        if (!font) return font.error();
    }
    return Ok{};
}

Result<RenderedSlip> render_slip(const SlipContent& content, const SlipStyle& style) {
    if (style.paper_dots < 128 || style.paper_dots > 1024) {
        return Error{"", "paper width must be 128–1024 dots (384 for 58 mm paper, 576 for 80 mm), not " +
                             std::to_string(style.paper_dots) + "."};
    }
    auto regular = SlipFont::open(style.regular_font);
    if (!regular) return regular.error();
    auto bold = SlipFont::open(style.bold_font);
    if (!bold) return bold.error();

    std::optional<QrMatrix> qr;
    if (!content.follow_up_url.empty()) {
        auto encoded = QrMatrix::encode(content.follow_up_url, style.qr_max_version);
        if (!encoded) return encoded.error();
        qr = std::move(*encoded);
    }

    // Sizes below are for 58 mm paper and scale with the width, so 80 mm slips look the same.
    SlipComposer slip(style.paper_dots, style.paper_dots / static_cast<double>(kPaperDots58mm));
    RenderedSlip out;

    slip.gap(8);
    slip.paragraph(*bold, 34, content.center_name, 2, Align::center);
    slip.gap(6);
    slip.paragraph(*regular, 28, content.lesson_title, 3, Align::center);
    slip.gap(2);
    slip.paragraph(*regular, 24, vietnamese_date(content.date), 1, Align::center);
    slip.gap(10);
    slip.rule();
    slip.gap(10);
    // A lesson summary is at most 160 characters (text_rules.h): six lines on 58 mm paper.
    slip.paragraph(*regular, 26, content.learned, 6, Align::left);

    if (qr) {
        const int block_max = std::min(style.paper_dots, kQrMaxDots);
        const int scale = std::max(1, block_max / (qr->size() + 2 * kQrQuietZone));
        if (style.native_qr) {
            // The printer draws only the modules; white raster rows make the quiet zone.
            const int module_dots = std::min(scale, 16);
            slip.blank(kQrQuietZone * module_dots);
            slip.cut_part(out.parts);
            out.parts.emplace_back(NativeQr{content.follow_up_url, module_dots});
            slip.blank(kQrQuietZone * module_dots);
        } else {
            slip.qr(*qr, scale);  // its quiet zone doubles as the gap above and below
        }
        slip.paragraph(*regular, 24, style.labels.qr_caption, 2, Align::center);
    }
    if (!content.resume_code.empty()) {
        slip.gap(12);
        slip.paragraph(*bold, 34, style.labels.resume_code_prefix + content.resume_code, 2, Align::center);
    }
    slip.gap(16);
    slip.cut_part(out.parts);
    return out;
}

}  // namespace tramso
