#include "ui/phone/phone_text.h"

#include <imgui.h>
#include <algorithm>
#include <cfloat>
#include <cmath>

namespace tramso::ui {

namespace {

// Length in bytes of the UTF-8 sequence starting with `c` (1 for stray continuation bytes).
int utf8_len(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

// Removes the last code point (and any spaces before it).
void pop_codepoint(std::string& s) {
    size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    if (i > 0) --i;
    s.erase(i);
    while (!s.empty() && s.back() == ' ') s.pop_back();
}

// How many bytes of [b, e) fit in `width`, letter by letter (at least one letter).
const char* fit_letters(ImFont* font, const char* b, const char* e, float width) {
    const char* p = b;
    while (p < e) {
        const char* next = std::min(e, p + utf8_len(static_cast<unsigned char>(*p)));
        if (p > b && text_width(font, std::string_view(b, size_t(next - b))) > width) break;
        p = next;
    }
    return p;
}

void wrap_paragraph(ImFont* font, const char* b, const char* e, float width, bool keep_words,
                    std::vector<std::string>& out) {
    if (b == e) {
        out.emplace_back();
        return;
    }
    while (b < e) {
        const char* wrap = font->CalcWordWrapPositionA(1.0f, b, e, width);
        const bool too_wide = wrap <= b || text_width(font, std::string_view(b, size_t(wrap - b))) > width + 0.5f;
        const bool cut_word = wrap > b && wrap < e && wrap[-1] != ' ' && *wrap != ' ';
        if (keep_words && (too_wide || cut_word))
            wrap = std::find(b, e, ' ');  // whole, overflowing
        else if (too_wide)
            wrap = fit_letters(font, b, e, width);  // cut between letters
        std::string line(b, wrap);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out.push_back(std::move(line));
        b = wrap;
        while (b < e && *b == ' ') ++b;
    }
}

}  // namespace

float WrappedText::width() const {
    float w = 0;
    for (float x : widths) w = std::max(w, x);
    return w;
}

float line_height(ImFont* font) { return std::round(font->FontSize * 1.18f); }

float text_width(ImFont* font, std::string_view s) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
}

WrappedText wrap_text(ImFont* font, std::string_view s, float width, int max_lines, bool keep_words) {
    WrappedText t;
    t.font = font;
    t.line_h = line_height(font);
    width = std::max(width, font->FontSize);
    const char* b = s.data();
    const char* end = b + s.size();
    while (b <= end) {
        const char* nl = std::find(b, end, '\n');
        wrap_paragraph(font, b, nl, width, keep_words, t.lines);
        if (nl == end) break;
        b = nl + 1;
    }
    if (max_lines > 0 && int(t.lines.size()) > max_lines) {
        t.lines.resize(size_t(max_lines));
        t.truncated = true;
        std::string& last = t.lines.back();
        while (!last.empty() && text_width(font, last + "…") > width) pop_codepoint(last);
        last += "…";
    }
    for (const std::string& l : t.lines) t.widths.push_back(text_width(font, l));
    return t;
}

Rect visible_part_of(Rect r) {
    const ImVec2 cmin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 cmax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const float x0 = std::max(r.x, cmin.x), y0 = std::max(r.y, cmin.y);
    const float x1 = std::min(r.x + r.w, cmax.x), y1 = std::min(r.y + r.h, cmax.y);
    if (x1 <= x0 || y1 <= y0) return Rect{-1e6f, -1e6f, 0, 0};
    return Rect{x0, y0, x1 - x0, y1 - y0};
}

void draw_text(const PhoneCtx& pc, const WrappedText& t, const std::string& source, float x, float y, float width,
               Rgb colour, Align align, bool strong) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const unsigned int c = col(colour);
    const float bold_dx = std::max(1.0f, std::round(t.font->FontSize / 30.0f));
    for (size_t i = 0; i < t.lines.size(); ++i) {
        float lx = x;
        if (align == Align::Center) lx = x + (width - t.widths[i]) / 2;
        if (align == Align::Right) lx = x + width - t.widths[i];
        lx = std::round(lx);
        const ImVec2 pos(lx, std::round(y + float(i) * t.line_h));
        const std::string& line = t.lines[i];
        dl->AddText(t.font, t.font->FontSize, pos, c, line.c_str(), line.c_str() + line.size());
        if (strong)
            dl->AddText(t.font, t.font->FontSize, ImVec2(pos.x + bold_dx, pos.y), c, line.c_str(),
                        line.c_str() + line.size());
    }
    std::string shown = source;
    if (t.truncated) {
        shown.clear();
        for (const std::string& l : t.lines) shown += (shown.empty() ? "" : " ") + l;
    }
    const float w = align == Align::Left ? t.width() : width;
    pc.ui.registry.add_text(shown, visible_part_of(Rect{x, y, w, t.height()}));
}

void draw_line(const PhoneCtx& pc, ImFont* font, const std::string& s, float x, float y, Rgb colour, bool strong) {
    WrappedText t;
    t.font = font;
    t.line_h = line_height(font);
    t.lines.push_back(s);
    t.widths.push_back(text_width(font, s));
    draw_text(pc, t, s, x, y, t.widths[0], colour, Align::Left, strong);
}

std::string first_letter(std::string_view name) {
    size_t i = 0;
    while (i < name.size() && (name[i] == ' ' || name[i] == '(' || name[i] == '"')) ++i;
    if (i >= name.size()) return "?";
    std::string s(name.substr(i, size_t(utf8_len(static_cast<unsigned char>(name[i])))));
    if (s.size() == 1 && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

}  // namespace tramso::ui
