#include "print/slip_font.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <filesystem>

#include "text/utf8.h"

namespace tramso {

namespace {

// Length in bytes of the first code point of `s` (for splitting words without breaking UTF-8).
std::size_t first_code_point_size(std::string_view s) {
    std::size_t pos = 0;
    text::decode_next(s, pos);
    return pos;
}

}  // namespace

struct SlipFont::Impl {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    ~Impl() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    void size(int px) const { FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px)); }
};

SlipFont::SlipFont(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SlipFont::SlipFont(SlipFont&&) noexcept = default;
SlipFont& SlipFont::operator=(SlipFont&&) noexcept = default;
SlipFont::~SlipFont() = default;

Result<SlipFont> SlipFont::open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error{path,
                     "font file not found. Install it with: apt-get install fonts-noto-core "
                     "(or fix the font path in the kiosk configuration)."};
    }
    auto impl = std::make_unique<Impl>();
    if (FT_Init_FreeType(&impl->library) != 0) {
        return Error{path, "FreeType could not start; the slip cannot be drawn."};
    }
    if (const FT_Error err = FT_New_Face(impl->library, path.c_str(), 0, &impl->face); err != 0) {
        return Error{path, "not a readable font (FreeType error " + std::to_string(err) +
                               "). Reinstall it with: apt-get install --reinstall fonts-noto-core"};
    }
    if (!FT_IS_SCALABLE(impl->face)) {
        return Error{path, "font has no scalable outlines; use Noto Sans from fonts-noto-core."};
    }
    return SlipFont(std::move(impl));
}

int SlipFont::ascent(int px) const {
    m_impl->size(px);
    return static_cast<int>(m_impl->face->size->metrics.ascender >> 6);
}

int SlipFont::line_height(int px) const {
    m_impl->size(px);
    return static_cast<int>(m_impl->face->size->metrics.height >> 6);
}

int SlipFont::measure(std::string_view utf8, int px) const {
    m_impl->size(px);
    FT_Face face = m_impl->face;
    long width = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = text::decode_next(utf8, pos);
        if (FT_Load_Char(face, cp, FT_LOAD_DEFAULT) == 0) width += face->glyph->advance.x;
    }
    return static_cast<int>(width >> 6);
}

void SlipFont::draw(MonoBitmap& target, int x, int baseline, std::string_view utf8, int px) const {
    m_impl->size(px);
    FT_Face face = m_impl->face;
    long pen = static_cast<long>(x) << 6;  // 26.6 fixed point, so advances do not round per glyph
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = text::decode_next(utf8, pos);
        if (FT_Load_Char(face, cp, FT_LOAD_RENDER) != 0) continue;
        const FT_GlyphSlot g = face->glyph;
        const FT_Bitmap& bm = g->bitmap;
        const int left = static_cast<int>(pen >> 6) + g->bitmap_left;
        const int top = baseline - g->bitmap_top;
        for (unsigned row = 0; row < bm.rows; ++row) {
            const unsigned char* src = bm.buffer + static_cast<long>(row) * bm.pitch;
            for (unsigned col = 0; col < bm.width; ++col) {
                // Anti-aliased coverage thresholded at half: crisper strokes than FreeType's
                // mono rasterizer at these sizes.
                const bool ink =
                    bm.pixel_mode == FT_PIXEL_MODE_MONO ? (src[col / 8] & (0x80 >> (col % 8))) != 0 : src[col] >= 128;
                if (ink) target.set(left + static_cast<int>(col), top + static_cast<int>(row));
            }
        }
        pen += g->advance.x;
    }
}

std::vector<std::string> wrap_text(const SlipFont& font, int px, std::string_view text, int max_width, int max_lines) {
    std::vector<std::string> lines;
    auto fits = [&](std::string_view s) { return font.measure(s, px) <= max_width; };

    // Break into lines without a limit first; trimming to max_lines comes after.
    std::string_view paragraphs = text;
    while (true) {
        const std::size_t nl = paragraphs.find('\n');
        std::string_view para = paragraphs.substr(0, nl);
        std::string line;
        while (!para.empty()) {
            const std::size_t start = para.find_first_not_of(' ');
            if (start == std::string_view::npos) break;
            para.remove_prefix(start);
            std::string_view word = para.substr(0, para.find(' '));
            para.remove_prefix(word.size());

            std::string candidate = line.empty() ? std::string(word) : line + ' ' + std::string(word);
            if (fits(candidate)) {
                line = std::move(candidate);
                continue;
            }
            if (!line.empty()) lines.push_back(std::move(line));
            line.clear();
            // A word wider than the line (a long link or name) is split between letters.
            while (!fits(word)) {
                std::size_t cut = 0;
                while (cut < word.size()) {
                    const std::size_t next = cut + first_code_point_size(word.substr(cut));
                    if (cut > 0 && !fits(word.substr(0, next))) break;
                    cut = next;
                }
                lines.emplace_back(word.substr(0, cut));
                word.remove_prefix(cut);
                if (word.empty()) break;
            }
            line = std::string(word);
        }
        if (!line.empty()) lines.push_back(std::move(line));
        if (nl == std::string_view::npos) break;
        paragraphs.remove_prefix(nl + 1);
    }

    if (max_lines > 0 && static_cast<int>(lines.size()) > max_lines) {
        lines.resize(static_cast<std::size_t>(max_lines));
        std::string& last = lines.back();
        const std::string ellipsis = "\u2026";
        while (!last.empty() && !fits(last + ellipsis)) {
            // Drop one code point from the end: back up over UTF-8 continuation bytes.
            std::size_t cut = last.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80) --cut;
            last.erase(cut);
        }
        while (!last.empty() && last.back() == ' ') last.pop_back();
        last += ellipsis;
    }
    return lines;
}

}  // namespace tramso
