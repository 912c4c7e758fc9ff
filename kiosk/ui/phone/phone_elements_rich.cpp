// The elements with tappable parts or their own look: number pad, incoming call, bank transfer
// form, QR code, and the bottom navigation bar.
#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "qr/qr_matrix.h"
#include "ui/phone/phone_elements.h"
#include "ui/phone/phone_text.h"
#include "ui/pictograms.h"

namespace tramso::ui {

namespace {

constexpr float kPi = 3.14159265f;

ImDrawList* dl() { return ImGui::GetWindowDrawList(); }
float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }

// Part hits tile the element's band: the first/last row or column reach the band's edge,
// inner edges meet halfway through the gap.
Rect tile(Rect band, Rect cell, bool first_row, bool last_row, bool first_col, bool last_col, float gx, float gy) {
    const float x0 = first_col ? band.x : cell.x - gx / 2;
    const float x1 = last_col ? right(band) : right(cell) + gx / 2;
    const float y0 = first_row ? band.y : cell.y - gy / 2;
    const float y1 = last_row ? bottom(band) : bottom(cell) + gy / 2;
    return Rect{x0, y0, x1 - x0, y1 - y0};
}

// ---- keypad ----------------------------------------------------------------------------------

struct Keys {
    float key_h, gap;
};
Keys keys(const PhoneCtx& pc) {
    const float gap = 1.5f * pc.u;
    return Keys{std::max({10.0f * pc.u, line_height(pc.body) + 1.5f * pc.u, pc.min_hit - gap}), gap};
}

// The ⌫ key: a left-pointing tag with a cross.
void draw_backspace(const PhoneCtx& pc, ImVec2 c, float size, Rgb colour) {
    const float w = size, h = size * 0.62f, t = std::max(1.5f, 0.35f * pc.u);
    const ImVec2 pts[5] = {ImVec2(c.x - w / 2, c.y), ImVec2(c.x - w / 2 + h / 2, c.y - h / 2),
                           ImVec2(c.x + w / 2, c.y - h / 2), ImVec2(c.x + w / 2, c.y + h / 2),
                           ImVec2(c.x - w / 2 + h / 2, c.y + h / 2)};
    dl()->AddPolyline(pts, 5, col(colour), ImDrawFlags_Closed, t);
    const float k = h * 0.22f, x = c.x + w * 0.12f;
    dl()->AddLine(ImVec2(x - k, c.y - k), ImVec2(x + k, c.y + k), col(colour), t);
    dl()->AddLine(ImVec2(x - k, c.y + k), ImVec2(x + k, c.y - k), col(colour), t);
}

// ---- call ------------------------------------------------------------------------------------

struct CallLayout {
    float avatar, button_d;
    ImFont* name_font;
    WrappedText name, subtitle;
    float min_h;
};
CallLayout call_layout(const PhoneCtx& pc, const SceneElement& e, float width) {
    CallLayout c;
    c.avatar = std::min(24.0f * pc.u, width * 0.38f);
    c.button_d = std::max(16.0f * pc.u, pc.min_hit);
    const std::string& name = pc.tr(e.name);
    c.name_font = text_width(pc.heading, name) <= width - 4.0f * pc.u ? pc.heading : pc.bold;
    c.name = wrap_text(c.name_font, name, width - 4.0f * pc.u, 2);
    c.subtitle = wrap_text(pc.small, pc.tr(e.subtitle), width - 4.0f * pc.u - (e.video ? 7.0f * pc.u : 0), 2);
    c.min_h = 6.0f * pc.u + c.avatar + 3.0f * pc.u + c.name.height() + 1.0f * pc.u + c.subtitle.height() + 8.0f * pc.u +
              c.button_d + 1.0f * pc.u + line_height(pc.small) + 5.0f * pc.u;
    return c;
}

void call_button(const PhoneCtx& pc, ImVec2 c, float d, Rgb fill, const char* icon, float angle, const char* label,
                 float label_y) {
    dl()->AddCircleFilled(c, d / 2, col(fill), 48);
    const int start = dl()->VtxBuffer.Size;
    draw_pictogram(dl(), icon, c, d * 0.5f, col(Rgb{255, 255, 255}));
    if (angle != 0) rotate_since(dl(), start, c.x, c.y, angle);
    const float w = text_width(pc.small, label);
    draw_line(pc, pc.small, label, c.x - w / 2, label_y, pc.c.call_text);
}

// ---- transfer --------------------------------------------------------------------------------

struct Transfer {
    float pad, sep, icon;
    WrappedText bank, account, to_label, name, amount_label, amount, note;
    bool name_strong = false, amount_strong = false;  // drawn in the small face, thickened
    float card_h, button_h, button_gap;
};

// The name and amount in the big bold face; `compact` (a screen too short for the form) uses
// the small face, thickened, for whichever of the two would wrap, and tighter spacing.
Transfer transfer(const PhoneCtx& pc, const SceneElement& e, float width, bool compact) {
    Transfer t;
    t.pad = (compact ? 2.0f : 3.0f) * pc.u;
    t.sep = (compact ? 0.9f : 1.6f) * pc.u;
    t.icon = 5.0f * pc.u;
    const float iw = width - 2 * t.pad;
    auto emphasised = [&](const std::string& s, int lines, bool* strong) {
        *strong = compact && text_width(pc.bold, s) > iw;
        return *strong ? wrap_text(pc.small, s, iw, lines) : wrap_text(pc.bold, s, iw, lines);
    };
    t.bank = wrap_text(pc.small, pc.tr(e.bank), iw - t.icon - 1.5f * pc.u, 2);
    t.account = wrap_text(pc.small, pc.tr(e.account), iw - t.icon - 1.5f * pc.u, 1);
    t.to_label = wrap_text(pc.small, pc.tr("Người nhận", "Recipient"), iw, 1);
    t.name = emphasised(pc.tr(e.name), 3, &t.name_strong);
    t.amount_label = wrap_text(pc.small, pc.tr("Số tiền", "Amount"), iw, 1);
    t.amount = emphasised(pc.tr(e.amount), 2, &t.amount_strong);
    if (!e.note.empty())
        t.note = wrap_text(pc.small, std::string(pc.tr("Nội dung: ", "Note: ")) + pc.tr(e.note), iw, 2);
    t.card_h = 2 * t.pad + std::max(t.icon, t.bank.height() + t.account.height()) + 2 * t.sep + t.to_label.height() +
               t.name.height() + t.sep + t.amount_label.height() + t.amount.height() +
               (t.note.lines.empty() ? 0 : 2 * t.sep + t.note.height());
    // The two buttons split one band: each must hold a whole finger by itself.
    t.button_h = std::max(button_height(pc), pc.min_hit);
    t.button_gap = (compact ? 1.5f : 2.5f) * pc.u;
    return t;
}

float transfer_height(const Transfer& t) { return t.card_h + t.button_gap + t.button_h; }

void separator(const PhoneCtx& pc, float x0, float x1, float y) {
    dl()->AddLine(ImVec2(x0, std::round(y)), ImVec2(x1, std::round(y)), col(pc.c.divider),
                  std::max(1.0f, 0.25f * pc.u));
}

// ---- qr --------------------------------------------------------------------------------------

// Encoding is cheap but the kiosk redraws on every touch: remember the few codes on screen.
const QrMatrix* cached_qr(const std::string& value) {
    static std::map<std::string, std::optional<QrMatrix>> cache;
    auto it = cache.find(value);
    if (it == cache.end()) {
        if (cache.size() > 32) cache.clear();
        auto m = QrMatrix::encode(value);
        it = cache.emplace(value, m ? std::optional<QrMatrix>(std::move(*m)) : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
}

// A QR-looking pattern for codes without a value: finder squares and hashed modules.
bool decorative_dark(int x, int y, int n, unsigned int seed) {
    auto finder = [](int fx, int fy) {
        if (fx < 0 || fy < 0 || fx > 6 || fy > 6) return -1;
        const int d = std::max(std::abs(fx - 3), std::abs(fy - 3));
        return d == 2 ? 0 : 1;
    };
    for (auto [ox, oy] : {std::pair{0, 0}, std::pair{n - 7, 0}, std::pair{0, n - 7}}) {
        const int f = finder(x - ox, y - oy);
        if (f >= 0) return f == 1;
        if (x >= ox - 1 && x <= ox + 7 && y >= oy - 1 && y <= oy + 7) return false;
    }
    unsigned int h = seed ^ (unsigned(x) * 73856093u) ^ (unsigned(y) * 19349663u);
    h = (h ^ (h >> 13)) * 0x5bd1e995u;
    return ((h >> 15) & 1u) != 0;
}

WrappedText qr_caption(const PhoneCtx& pc, const SceneElement& e, float width) {
    return e.label.empty() ? WrappedText{pc.small, {}, {}, line_height(pc.small), false}
                           : wrap_text(pc.small, pc.tr(e.label), width, 2);
}

float qr_side(const PhoneCtx& pc, float width) { return std::min(width * 0.7f, 42.0f * pc.u); }

// ---- tabs ------------------------------------------------------------------------------------

struct TabsLayout {
    float icon, label_h, pad;
    std::vector<float> widths;  // per item: wide words get wider columns
};

float widest_word(ImFont* font, const std::string& s) {
    float w = 0;
    for (size_t b = 0; b < s.size();) {
        size_t sp = s.find(' ', b);
        if (sp == std::string::npos) sp = s.size();
        w = std::max(w, text_width(font, std::string_view(s).substr(b, sp - b)));
        b = sp + 1;
    }
    return w;
}

// Columns share the bar in proportion to what their longest word needs, so "Thông báo" keeps
// "Thông" whole next to "QR"; if even that does not fit, words overflow a little, never cut.
TabsLayout tabs_layout(const PhoneCtx& pc, const SceneElement& e, float width) {
    TabsLayout t;
    t.icon = 6.0f * pc.u;
    t.pad = 1.4f * pc.u;
    t.label_h = 0;
    const size_t n = std::max<size_t>(1, e.items.size());
    const float margin = 1.2f * pc.u;
    std::vector<float> need;
    float total = 0;
    for (const TabItem& item : e.items) {
        need.push_back(std::max(widest_word(pc.small, pc.tr(item.label)), t.icon) + margin);
        total += need.back();
    }
    for (size_t i = 0; i < e.items.size(); ++i)
        t.widths.push_back(total <= width ? need[i] + (width - total) / float(n) : need[i] * width / total);
    // No column narrower than a finger: the narrow ones get that much, the wide ones give it up.
    for (int pass = 0; pass < 2; ++pass) {
        float wide = 0, narrow = 0;
        for (float w : t.widths) {
            if (w < pc.min_hit)
                narrow += pc.min_hit;
            else
                wide += w;
        }
        if (narrow == 0 || wide == 0) break;
        const float k = (width - narrow) / wide;
        for (float& w : t.widths) w = w < pc.min_hit ? pc.min_hit : w * k;
    }
    for (size_t i = 0; i < e.items.size(); ++i)
        t.label_h =
            std::max(t.label_h, wrap_text(pc.small, pc.tr(e.items[i].label), t.widths[i] - margin, 2, true).height());
    return t;
}

}  // namespace

// ---- keypad ----------------------------------------------------------------------------------

ElementSize keypad_size(const PhoneCtx& pc, float) {
    const Keys k = keys(pc);
    const float h = 4 * k.key_h + 3 * k.gap;
    return {h, h};
}

void draw_keypad(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    static const char* kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"};
    const Keys k = keys(pc);
    const float kw = (slot.w - 2 * k.gap) / 3;
    for (int i = 0; i < 12; ++i) {
        const int r = i / 3, c = i % 3;
        const Rect key{slot.x + c * (kw + k.gap), slot.y + r * (k.key_h + k.gap), kw, k.key_h};
        const std::string part = kKeys[i];
        const bool ok = part == "ok", del = part == "del";
        fill_round(key, ok ? pc.c.primary : pc.c.neutral, 2.5f * pc.u);
        std::string label = part;
        if (ok) {
            label = "OK";
            const float w = text_width(pc.bold, label);
            draw_line(pc, pc.bold, label, key.cx() - w / 2, key.cy() - line_height(pc.bold) / 2, pc.c.on_primary);
        } else if (del) {
            label = pc.tr("Xóa", "Delete");
            draw_backspace(pc, ImVec2(key.cx(), key.cy()), std::min(kw * 0.4f, 9.0f * pc.u), pc.c.text);
        } else {
            const float w = text_width(pc.body, label);
            draw_line(pc, pc.body, label, key.cx() - w / 2, key.cy() - line_height(pc.body) / 2, pc.c.text);
        }
        hits.push_back({e.id + "." + part, label, tile(band, key, r == 0, r == 3, c == 0, c == 2, k.gap, k.gap), key,
                        2.5f * pc.u});
    }
}

// ---- call ------------------------------------------------------------------------------------

ElementSize call_size(const PhoneCtx& pc, const SceneElement& e, float width) {
    const float h = call_layout(pc, e, width).min_h;
    return {h, h};
}

void draw_call(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const CallLayout c = call_layout(pc, e, slot.w);
    const ImVec2 a(slot.x, slot.y), b(right(slot), bottom(slot));
    dl()->AddRectFilledMultiColor(a, b, col(pc.c.call_top), col(pc.c.call_top), col(pc.c.call_bottom),
                                  col(pc.c.call_bottom));
    // Top part: who is calling, placed a fifth of the way down like real phones.
    float y = slot.y + std::max(6.0f * pc.u, (slot.h - c.min_h) * 0.3f + 6.0f * pc.u);
    const std::string& name = pc.tr(e.name);
    draw_avatar(pc, name, slot.cx(), y + c.avatar / 2, c.avatar, pc.heading);
    y += c.avatar + 3.0f * pc.u;
    draw_text(pc, c.name, name, slot.x, y, slot.w, pc.c.call_text, Align::Center);
    y += c.name.height() + 1.0f * pc.u;
    if (!c.subtitle.lines.empty()) {
        const std::string& sub = pc.tr(e.subtitle);
        const float icon = e.video ? 7.0f * pc.u : 0;
        const float x = slot.x + (slot.w - c.subtitle.width() - icon) / 2;
        if (e.video)
            draw_pictogram(dl(), "video", ImVec2(x + icon * 0.4f, y + c.subtitle.line_h / 2), 5.0f * pc.u,
                           col(pc.c.call_text));
        draw_text(pc, c.subtitle, sub, x + icon, y, c.subtitle.width(), pc.c.call_text);
    }
    // Bottom part: decline on the left, accept on the right, each with its word under it.
    const float label_h = line_height(pc.small);
    const float cy = bottom(slot) - 5.0f * pc.u - label_h - 1.0f * pc.u - c.button_d / 2;
    const ImVec2 dc(slot.x + slot.w * 0.27f, cy), ac(slot.x + slot.w * 0.73f, cy);
    const float label_y = cy + c.button_d / 2 + 2.0f * pc.u;
    const char* decline = pc.tr("Từ chối", "Decline");
    const char* accept = pc.tr("Trả lời", "Answer");
    // The handset pictogram is drawn mouth-up: turned over it is the "hang up" handset, tilted
    // the "pick up" one.
    call_button(pc, dc, c.button_d, pc.c.decline, "call", kPi, decline, label_y);
    call_button(pc, ac, c.button_d, pc.c.accept, e.video ? "video" : "call", e.video ? 0 : kPi * 0.8f, accept, label_y);
    const float split = cy - c.button_d / 2 - 3.0f * pc.u;
    const float r = c.button_d / 2 + 0.3f * pc.u;
    hits.push_back(
        {e.id, name, Rect{band.x, band.y, band.w, split - band.y}, Rect{slot.x, slot.y, slot.w, split - slot.y}, 0});
    hits.push_back({e.id + ".decline", decline, Rect{band.x, split, band.w / 2, bottom(band) - split},
                    Rect{dc.x - r, dc.y - r, 2 * r, 2 * r}, r});
    hits.push_back({e.id + ".accept", accept, Rect{band.x + band.w / 2, split, band.w / 2, bottom(band) - split},
                    Rect{ac.x - r, ac.y - r, 2 * r, 2 * r}, r});
}

// ---- transfer --------------------------------------------------------------------------------

ElementSize transfer_size(const PhoneCtx& pc, const SceneElement& e, float width) {
    return {transfer_height(transfer(pc, e, width, true)), transfer_height(transfer(pc, e, width, false))};
}

void draw_transfer(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    Transfer t = transfer(pc, e, slot.w, false);
    if (transfer_height(t) > slot.h + 0.5f) t = transfer(pc, e, slot.w, true);
    const Rect card{slot.x, slot.y, slot.w, t.card_h};
    const float r = 3.0f * pc.u;
    fill_round(card, pc.c.field_bg, r);
    dl()->AddRect(ImVec2(card.x, card.y), ImVec2(right(card), bottom(card)), col(pc.c.divider), r, 0,
                  std::max(1.0f, 0.25f * pc.u));
    const float x = card.x + t.pad, x1 = right(card) - t.pad;
    float y = card.y + t.pad;
    // Bank and account, quiet: the name and the amount are what she must check.
    draw_pictogram(dl(), "bank", ImVec2(x + t.icon / 2, y + t.icon / 2), t.icon, col(pc.c.muted));
    const float bx = x + t.icon + 1.5f * pc.u;
    draw_text(pc, t.bank, pc.tr(e.bank), bx, y, t.bank.width(), pc.c.text);
    draw_text(pc, t.account, pc.tr(e.account), bx, y + t.bank.height(), t.account.width(), pc.c.muted);
    y += std::max(t.icon, t.bank.height() + t.account.height()) + t.sep;
    separator(pc, x, x1, y);
    y += t.sep;
    draw_text(pc, t.to_label, t.to_label.lines[0], x, y, t.to_label.width(), pc.c.muted);
    y += t.to_label.height();
    const std::string& name = pc.tr(e.name);
    draw_text(pc, t.name, name, x, y, t.name.width(), pc.c.text, Align::Left, t.name_strong);
    y += t.name.height() + t.sep;
    draw_text(pc, t.amount_label, t.amount_label.lines[0], x, y, t.amount_label.width(), pc.c.muted);
    y += t.amount_label.height();
    draw_text(pc, t.amount, pc.tr(e.amount), x, y, t.amount.width(), pc.c.text, Align::Left, t.amount_strong);
    y += t.amount.height();
    if (!t.note.lines.empty()) {
        y += t.sep;
        separator(pc, x, x1, y);
        y += t.sep;
        draw_text(pc, t.note, std::string(pc.tr("Nội dung: ", "Note: ")) + pc.tr(e.note), x, y, t.note.width(),
                  pc.c.text);
    }
    // Cancel on the left, confirm on the right, as banking apps do.
    const float by = bottom(card) + t.button_gap;
    const float bw = (slot.w - t.button_gap) / 2;
    const Rect cancel{slot.x, by, bw, t.button_h}, confirm{slot.x + bw + t.button_gap, by, bw, t.button_h};
    const char* cancel_label = pc.tr("Hủy", "Cancel");
    const char* confirm_label = pc.tr("Xác nhận", "Confirm");
    draw_button_shape(pc, cancel, cancel_label, pc.c.neutral, pc.c.on_neutral);
    draw_button_shape(pc, confirm, confirm_label, pc.c.primary, pc.c.on_primary);
    const float split = by - t.button_gap / 2;
    const float mid = slot.x + slot.w / 2;
    const float br = std::min(t.button_h / 2, 6.0f * pc.u);
    hits.push_back({e.id, name, Rect{band.x, band.y, band.w, split - band.y}, card, r});
    hits.push_back(
        {e.id + ".cancel", cancel_label, Rect{band.x, split, mid - band.x, bottom(band) - split}, cancel, br});
    hits.push_back(
        {e.id + ".confirm", confirm_label, Rect{mid, split, right(band) - mid, bottom(band) - split}, confirm, br});
}

// ---- qr --------------------------------------------------------------------------------------

ElementSize qr_size(const PhoneCtx& pc, const SceneElement& e, float width) {
    const WrappedText cap = qr_caption(pc, e, width);
    const float h = qr_side(pc, width) + (cap.lines.empty() ? 0 : 1.5f * pc.u + cap.height());
    return {h, h};
}

void draw_qr(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const std::string& value = pc.tr(e.value);
    const QrMatrix* m = value.empty() ? nullptr : cached_qr(value);
    const int n = m ? m->size() : 25;
    const int quiet = m ? kQrQuietZone : 2;
    const float side = qr_side(pc, slot.w);
    // Whole-pixel modules keep the code crisp (and scannable) on the panel.
    const float module = std::max(1.0f, std::floor(side / float(n + 2 * quiet)));
    const float drawn = module * float(n + 2 * quiet);
    const Rect box{std::round(slot.cx() - drawn / 2), std::round(slot.y + (side - drawn) / 2), drawn, drawn};
    fill_round(box, Rgb{255, 255, 255}, 0);
    dl()->AddRect(ImVec2(box.x - 1, box.y - 1), ImVec2(right(box) + 1, bottom(box) + 1), col(pc.c.divider), 0, 0, 1.0f);
    const unsigned int dark = col(Rgb{0, 0, 0});
    unsigned int seed = 2166136261u;
    for (unsigned char ch : e.id) seed = (seed ^ ch) * 16777619u;
    for (int y = 0; y < n; ++y) {
        int run = -1;
        for (int x = 0; x <= n; ++x) {
            const bool d = x < n && (m ? m->dark(x, y) : decorative_dark(x, y, n, seed));
            if (d && run < 0) run = x;
            if (!d && run >= 0) {
                const float x0 = box.x + float(quiet + run) * module, y0 = box.y + float(quiet + y) * module;
                dl()->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + float(x - run) * module, y0 + module), dark);
                run = -1;
            }
        }
    }
    const WrappedText cap = qr_caption(pc, e, slot.w);
    const std::string& label = pc.tr(e.label);
    if (!cap.lines.empty())
        draw_text(pc, cap, label, slot.x, slot.y + side + 1.5f * pc.u, slot.w, pc.c.text, Align::Center);
    hits.push_back({e.id, label, band, Rect{box.x, box.y, box.w, slot.h - (box.y - slot.y)}, 1.0f * pc.u});
}

// ---- tabs ------------------------------------------------------------------------------------

float tabs_height(const PhoneCtx& pc, const SceneElement& e, float width) {
    const TabsLayout t = tabs_layout(pc, e, width);
    return std::max(2 * t.pad + t.icon + 0.6f * pc.u + t.label_h, pc.min_hit);
}

void draw_tabs(const PhoneCtx& pc, const SceneElement& e, Rect bar, std::vector<PhoneHit>& hits) {
    const TabsLayout t = tabs_layout(pc, e, bar.w);
    fill_round(bar, pc.c.screen, 0);
    separator(pc, bar.x, right(bar), bar.y);
    float x = bar.x;
    for (size_t i = 0; i < e.items.size(); ++i) {
        const TabItem& item = e.items[i];
        const Rect cell{x, bar.y, i + 1 == e.items.size() ? right(bar) - x : t.widths[i], bar.h};
        x += t.widths[i];
        const float content_h = t.icon + 0.6f * pc.u + t.label_h;
        const float y = bar.y + (bar.h - content_h) / 2;
        draw_pictogram(dl(), item.icon, ImVec2(cell.cx(), y + t.icon / 2), t.icon, col(pc.c.text));
        const std::string& label = pc.tr(item.label);
        const WrappedText l = wrap_text(pc.small, label, cell.w - 1.2f * pc.u, 2, true);
        draw_text(pc, l, label, cell.x, y + t.icon + 0.6f * pc.u, cell.w, pc.c.text, Align::Center);
        hits.push_back({e.id + "." + item.id, label, cell, inset(cell, 0.6f * pc.u, 0.4f * pc.u), 2.0f * pc.u});
    }
}

}  // namespace tramso::ui
