// The everyday elements: app icons, search, chat rows, bubbles, pictures, text, buttons,
// fields and notification banners. The richer ones live in phone_elements_rich.cpp.
#include "ui/phone/phone_elements.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "ui/phone/phone_text.h"
#include "ui/pictograms.h"

namespace tramso::ui {

namespace {

ImDrawList* dl() { return ImGui::GetWindowDrawList(); }
float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }

// ---- app -------------------------------------------------------------------------------------

struct AppCell {
    float icon;
    WrappedText label;
    float top_pad, label_gap;
};

float app_label_width(const PhoneCtx& pc, float pitch) { return pitch - 1.2f * pc.u; }

AppCell app_cell(const PhoneCtx& pc, const SceneElement& e, float pitch) {
    AppCell c;
    c.icon = std::min(pitch - 3.0f * pc.u, 13.0f * pc.u);
    c.top_pad = 1.5f * pc.u;
    c.label_gap = 1.0f * pc.u;
    c.label = wrap_text(pc.small, pc.tr(e.label), app_label_width(pc, pitch), 3);
    return c;
}

// True when the label shows whole on at most two lines without cutting a word.
bool app_label_fits(const PhoneCtx& pc, const SceneElement& e, float pitch) {
    const std::string& label = pc.tr(e.label);
    const float w = app_label_width(pc, pitch);
    size_t b = 0;
    while (b < label.size()) {
        size_t sp = label.find(' ', b);
        if (sp == std::string::npos) sp = label.size();
        if (text_width(pc.small, std::string_view(label).substr(b, sp - b)) > w) return false;
        b = sp + 1;
    }
    return wrap_text(pc.small, label, w).lines.size() <= 2;
}

void draw_app(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const AppCell c = app_cell(pc, e, slot.w);
    const float x = slot.x + (slot.w - c.icon) / 2, y = slot.y + c.top_pad;
    const Rgb fill = e.color ? rgb_from_hex(*e.color) : pc.c.primary;
    fill_round(Rect{x, y, c.icon, c.icon}, fill, c.icon * 0.26f);
    draw_pictogram(dl(), e.icon, ImVec2(x + c.icon / 2, y + c.icon / 2), c.icon * 0.6f, col(Rgb{255, 255, 255}));
    const std::string& label = pc.tr(e.label);
    draw_text(pc, c.label, label, slot.x, y + c.icon + c.label_gap, slot.w, pc.c.text, Align::Center);
    hits.push_back({e.id, label, band, inset(slot, 0.3f * pc.u, 0), 2.5f * pc.u});
}

// ---- search ----------------------------------------------------------------------------------

void draw_search(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const float h = button_height(pc);
    const Rect pill{slot.x, slot.y + (slot.h - h) / 2, slot.w, h};
    fill_round(pill, pc.c.search_bg, h / 2);
    const float icon = std::min(h * 0.5f, 6.0f * pc.u);
    draw_pictogram(dl(), "search", ImVec2(pill.x + h * 0.55f, pill.cy()), icon, col(pc.c.muted));
    const std::string& label = pc.tr(e.label);
    const float tx = pill.x + h * 0.55f + icon * 0.5f + 2.0f * pc.u;
    const WrappedText t = wrap_text(pc.small, label, right(pill) - tx - 2.0f * pc.u, 1);
    draw_text(pc, t, label, tx, pill.cy() - t.height() / 2, t.width(), pc.c.muted);
    hits.push_back({e.id, label, band, pill, h / 2});
}

// ---- chat row --------------------------------------------------------------------------------

struct ChatRow {
    float avatar, col_x, pad_y, time_w, badge_w;
    WrappedText name, msg;
    std::string time, badge;
    float h;
};

ChatRow chat_row(const PhoneCtx& pc, const SceneElement& e, float width) {
    ChatRow r;
    r.avatar = 11.0f * pc.u;
    r.col_x = r.avatar + 2.5f * pc.u;
    r.pad_y = 1.8f * pc.u;
    const float col_w = width - r.col_x;
    r.time = pc.tr(e.time);
    r.time_w = r.time.empty() ? 0 : text_width(pc.small, r.time);
    r.badge = e.unread > 0 ? std::to_string(e.unread) : "";
    r.badge_w = r.badge.empty() ? 0 : std::max(line_height(pc.small), text_width(pc.small, r.badge) + 2.2f * pc.u);
    r.name = wrap_text(pc.small, pc.tr(e.name), col_w - (r.time_w > 0 ? r.time_w + 1.5f * pc.u : 0), 2);
    r.msg = wrap_text(pc.small, pc.tr(e.text), col_w - (r.badge_w > 0 ? r.badge_w + 1.5f * pc.u : 0), 2);
    r.h = std::max(r.avatar, r.name.height() + r.msg.height()) + 2 * r.pad_y;
    return r;
}

void draw_chat(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const ChatRow r = chat_row(pc, e, slot.w);
    const float text_h = r.name.height() + r.msg.height();
    const float ty = slot.y + (slot.h - text_h) / 2;
    const std::string& name = pc.tr(e.name);
    draw_avatar(pc, name, slot.x + r.avatar / 2, slot.y + slot.h / 2, r.avatar, pc.bold);
    const float cx = slot.x + r.col_x;
    draw_text(pc, r.name, name, cx, ty, r.name.width(), pc.c.text, Align::Left, true);
    if (!r.time.empty()) draw_line(pc, pc.small, r.time, right(slot) - r.time_w, ty, pc.c.muted);
    const float my = ty + r.name.height();
    // Unread chats show their last message in full-strength text, like real messengers.
    draw_text(pc, r.msg, pc.tr(e.text), cx, my, r.msg.width(), e.unread > 0 ? pc.c.text : pc.c.muted);
    if (!r.badge.empty()) {
        const float bh = line_height(pc.small);
        const Rect b{right(slot) - r.badge_w, my, r.badge_w, bh};
        fill_round(b, pc.c.badge, bh / 2);
        draw_line(pc, pc.small, r.badge, b.x + (b.w - text_width(pc.small, r.badge)) / 2, b.y, pc.c.on_badge, true);
    }
    dl()->AddLine(ImVec2(cx, bottom(slot) - 0.5f), ImVec2(right(slot), bottom(slot) - 0.5f), col(pc.c.divider),
                  std::max(1.0f, 0.25f * pc.u));
    hits.push_back({e.id, name, band, slot, 2.0f * pc.u});
}

// ---- message bubble --------------------------------------------------------------------------

struct Bubble {
    WrappedText text, link;
    std::string time;
    float time_w = 0, pad_x = 0, pad_y = 0, link_gap = 0, w = 0, h = 0;
    bool time_inline = false;
};

Bubble bubble(const PhoneCtx& pc, const SceneElement& e, float width) {
    Bubble b;
    b.pad_x = 2.5f * pc.u;
    b.pad_y = 1.6f * pc.u;
    b.link_gap = 0.8f * pc.u;
    const float inner = width * 0.82f - 2 * b.pad_x;
    b.text = wrap_text(pc.small, pc.tr(e.text), inner);
    if (!e.link.empty()) b.link = wrap_text(pc.small, pc.tr(e.link), inner);
    b.time = pc.tr(e.time);
    b.time_w = b.time.empty() ? 0 : text_width(pc.small, b.time);
    const WrappedText& last = b.link.lines.empty() ? b.text : b.link;
    const float last_w = last.widths.empty() ? 0 : last.widths.back();
    b.time_inline = !b.time.empty() && last_w + 2.5f * pc.u + b.time_w <= inner;
    float content_w = std::max(b.text.width(), b.link.width());
    if (b.time_inline)
        content_w = std::max(content_w, last_w + 2.5f * pc.u + b.time_w);
    else
        content_w = std::max(content_w, b.time_w);
    b.w = content_w + 2 * b.pad_x;
    b.h = 2 * b.pad_y + b.text.height() + (b.link.lines.empty() ? 0 : b.link_gap + b.link.height()) +
          (b.time.empty() || b.time_inline ? 0 : line_height(pc.small));
    return b;
}

void draw_message(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const Bubble b = bubble(pc, e, slot.w);
    const bool me = e.from == MessageFrom::me;
    const Rect shape{me ? right(slot) - b.w : slot.x, slot.y + (slot.h - b.h) / 2, b.w, b.h};
    fill_round(shape, me ? pc.c.bubble_me : pc.c.bubble_them, 3.5f * pc.u);
    const float tx = shape.x + b.pad_x;
    float y = shape.y + b.pad_y;
    const std::string& text = pc.tr(e.text);
    draw_text(pc, b.text, text, tx, y, b.text.width(), pc.c.text);
    y += b.text.height();
    Rect link_shape{};
    if (!b.link.lines.empty()) {
        y += b.link_gap;
        const std::string& link = pc.tr(e.link);
        draw_text(pc, b.link, link, tx, y, b.link.width(), pc.c.link);
        const float thick = std::max(1.0f, std::round(pc.small->FontSize / 18.0f));
        for (size_t i = 0; i < b.link.lines.size(); ++i) {
            const float uy = std::round(y + float(i) * b.link.line_h + pc.small->Ascent + thick * 1.5f);
            dl()->AddLine(ImVec2(tx, uy), ImVec2(tx + b.link.widths[i], uy), col(pc.c.link), thick);
        }
        link_shape =
            Rect{tx - 0.8f * pc.u, y - 0.4f * pc.u, b.link.width() + 1.6f * pc.u, b.link.height() + 0.8f * pc.u};
        y += b.link.height();
    }
    if (!b.time.empty()) {
        const float time_y = b.time_inline ? y - line_height(pc.small) : y;
        draw_line(pc, pc.small, b.time, right(shape) - b.pad_x - b.time_w, time_y, pc.c.muted);
    }
    // Taps count a little beside the bubble too, but never across the screen.
    const float x0 = std::max(band.x, shape.x - pc.pad), x1 = std::min(right(band), right(shape) + pc.pad);
    if (b.link.lines.empty()) {
        hits.push_back({e.id, text, Rect{x0, band.y, x1 - x0, band.h}, shape, 3.5f * pc.u});
        return;
    }
    // The link is a separate target: the bubble above it, the link (and time) below.
    const float split = link_shape.y;
    hits.push_back({e.id, text, Rect{x0, band.y, x1 - x0, split - band.y}, shape, 3.5f * pc.u});
    hits.push_back(
        {e.id + ".link", pc.tr(e.link), Rect{x0, split, x1 - x0, bottom(band) - split}, link_shape, 1.0f * pc.u});
}

// ---- image (placeholder) ---------------------------------------------------------------------

WrappedText image_caption(const PhoneCtx& pc, const SceneElement& e, float width) {
    return e.label.empty() ? WrappedText{pc.small, {}, {}, line_height(pc.small), false}
                           : wrap_text(pc.small, pc.tr(e.label), width, 2);
}

ElementSize image_size(const PhoneCtx& pc, const SceneElement& e, float width) {
    const WrappedText cap = image_caption(pc, e, width);
    const float extra = cap.lines.empty() ? 0 : 1.0f * pc.u + cap.height();
    return {14.0f * pc.u + extra, std::min(width * 0.56f, 34.0f * pc.u) + extra};
}

// Pictures from files are drawn as a framed placeholder: the phone is drawn without a renderer
// handle, so it cannot upload textures (yet).
void draw_image(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const WrappedText cap = image_caption(pc, e, slot.w);
    const float cap_h = cap.lines.empty() ? 0 : 1.0f * pc.u + cap.height();
    const Rect frame{slot.x, slot.y, slot.w, slot.h - cap_h};
    fill_round(frame, mix(pc.c.screen, pc.c.muted, 0.12f), 3.0f * pc.u);
    const std::string icon = e.icon.empty() ? "photo" : e.icon;
    const float size = std::min(frame.h * 0.6f, 22.0f * pc.u);
    draw_pictogram(dl(), icon, ImVec2(frame.cx(), frame.cy()), size, col(pc.c.muted));
    const std::string& label = pc.tr(e.label);
    if (!cap.lines.empty())
        draw_text(pc, cap, label, slot.x, bottom(frame) + 1.0f * pc.u, slot.w, pc.c.text, Align::Center);
    hits.push_back({e.id, label, band, slot, 3.0f * pc.u});
}

// ---- text, button, field ---------------------------------------------------------------------

void draw_plain_text(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const std::string& text = pc.tr(e.text);
    const WrappedText t = wrap_text(pc.small, text, slot.w);
    const float y = slot.y + (slot.h - t.height()) / 2;
    draw_text(pc, t, text, slot.x, y, slot.w, pc.c.text);
    hits.push_back({e.id, text, band, Rect{slot.x, y, std::max(t.width(), 1.0f), t.height()}, 1.0f * pc.u});
}

struct ButtonColours {
    Rgb fill, text;
};
ButtonColours button_colours(const PhoneCtx& pc, ButtonStyle s) {
    switch (s) {
        case ButtonStyle::primary:
            return {pc.c.primary, pc.c.on_primary};
        case ButtonStyle::danger:
            return {pc.c.danger, pc.c.on_danger};
        case ButtonStyle::success:
            return {pc.c.success, pc.c.on_success};
        case ButtonStyle::neutral:
            return {pc.c.neutral, pc.c.on_neutral};
    }
    return {pc.c.primary, pc.c.on_primary};
}

float button_label_height(const PhoneCtx& pc, const std::string& label, float width) {
    return wrap_text(pc.small, label, width - 5.0f * pc.u, 2).height() + 2.5f * pc.u;
}

void draw_button(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const ButtonColours c = button_colours(pc, e.style);
    const std::string& label = pc.tr(e.label);
    draw_button_shape(pc, slot, label, c.fill, c.text);
    hits.push_back({e.id, label, band, slot, std::min(slot.h / 2, 6.0f * pc.u)});
}

struct Field {
    WrappedText label;
    float box_h, gap;
};
Field field(const PhoneCtx& pc, const SceneElement& e, float width) {
    return Field{wrap_text(pc.small, pc.tr(e.label), width),
                 std::max(10.0f * pc.u, line_height(pc.small) + 2.5f * pc.u), 0.8f * pc.u};
}

void draw_field(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const Field f = field(pc, e, slot.w);
    const std::string& label = pc.tr(e.label);
    const float y0 = slot.y + (slot.h - (f.label.height() + f.gap + f.box_h)) / 2;
    draw_text(pc, f.label, label, slot.x, y0, slot.w, pc.c.muted);
    const Rect box{slot.x, y0 + f.label.height() + f.gap, slot.w, f.box_h};
    fill_round(box, pc.c.field_bg, 2.0f * pc.u);
    dl()->AddRect(ImVec2(box.x, box.y), ImVec2(right(box), bottom(box)), col(mix(pc.c.divider, pc.c.text, 0.35f)),
                  2.0f * pc.u, 0, std::max(1.0f, 0.3f * pc.u));
    const std::string& value = pc.tr(e.value);
    if (!value.empty()) {
        const WrappedText v = wrap_text(pc.small, value, box.w - 5.0f * pc.u, 1);
        draw_text(pc, v, value, box.x + 2.5f * pc.u, box.cy() - v.height() / 2, v.width(), pc.c.text);
    }
    hits.push_back({e.id, label, band, box, 2.0f * pc.u});
}

// ---- notification banner ---------------------------------------------------------------------

struct Banner {
    float pad, header_h, icon;
    WrappedText text;
    float h;
};
Banner banner(const PhoneCtx& pc, const SceneElement& e, float width) {
    Banner b;
    b.pad = 2.5f * pc.u;
    b.header_h = std::max(line_height(pc.small), 6.0f * pc.u);
    b.icon = 6.0f * pc.u;
    b.text = wrap_text(pc.small, pc.tr(e.text), width - 2 * b.pad, 3);
    b.h = 2 * b.pad + b.header_h + 0.8f * pc.u + b.text.height();
    return b;
}

void draw_banner(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    const Banner b = banner(pc, e, slot.w);
    const float r = 3.5f * pc.u;
    fill_round(offset(slot, 0, 0.6f * pc.u), Rgb{0, 0, 0}, r, 0.14f);  // soft shadow
    fill_round(slot, pc.c.screen, r);
    dl()->AddRect(ImVec2(slot.x, slot.y), ImVec2(right(slot), bottom(slot)), col(pc.c.divider), r, 0,
                  std::max(1.0f, 0.25f * pc.u));
    const std::string& app = pc.tr(e.app);
    const float hy = slot.y + b.pad;
    draw_avatar(pc, app, slot.x + b.pad + b.icon / 2, hy + b.header_h / 2, b.icon, nullptr);
    const float nx = slot.x + b.pad + b.icon + 1.5f * pc.u;
    const float ny = hy + (b.header_h - line_height(pc.small)) / 2;
    const float room = right(slot) - b.pad - nx;
    const WrappedText name = wrap_text(pc.small, app, room, 1);
    draw_text(pc, name, app, nx, ny, name.width(), pc.c.text, Align::Left, true);
    const std::string now = pc.tr("bây giờ", "now");
    const float now_x = nx + name.width() + 2.0f * pc.u;
    if (now_x + text_width(pc.small, now) <= right(slot) - b.pad) draw_line(pc, pc.small, now, now_x, ny, pc.c.muted);
    const std::string& text = pc.tr(e.text);
    draw_text(pc, b.text, text, slot.x + b.pad, hy + b.header_h + 0.8f * pc.u, b.text.width(), pc.c.text);
    hits.push_back({e.id, text, band, slot, r});
}

}  // namespace

int app_grid_columns(const PhoneCtx& pc, const std::vector<const SceneElement*>& apps, float width) {
    // Labels are at body size: a label that needs two lines at four columns crowds its
    // neighbours, so the grid takes three.
    const float pitch = width / kAppColumns;
    for (const SceneElement* e : apps)
        if (!app_label_fits(pc, *e, pitch) ||
            wrap_text(pc.small, pc.tr(e->label), app_label_width(pc, pitch)).lines.size() > 1)
            return kAppColumns - 1;
    return kAppColumns;
}

float app_cell_height(const PhoneCtx& pc, const SceneElement& e, float pitch) {
    const AppCell c = app_cell(pc, e, pitch);
    return c.top_pad + c.icon + c.label_gap + c.label.height() + 1.0f * pc.u;
}

ElementSize element_size(const PhoneCtx& pc, const SceneElement& e, float width) {
    auto fixed = [](float h) { return ElementSize{h, h}; };
    switch (e.type) {
        case ElementType::app:
            return fixed(app_cell_height(pc, e, width / kAppColumns));
        case ElementType::search:
            return fixed(button_height(pc));
        case ElementType::chat:
            return fixed(chat_row(pc, e, width).h);
        case ElementType::message:
            return fixed(bubble(pc, e, width).h);
        case ElementType::image:
            return image_size(pc, e, width);
        case ElementType::text:
            return fixed(wrap_text(pc.small, pc.tr(e.text), width).height());
        case ElementType::button:
            return fixed(std::max(button_height(pc), button_label_height(pc, pc.tr(e.label), width)));
        case ElementType::field: {
            const Field f = field(pc, e, width);
            return fixed(f.label.height() + f.gap + f.box_h);
        }
        case ElementType::keypad:
            return keypad_size(pc, width);
        case ElementType::banner:
            return fixed(banner(pc, e, width).h);
        case ElementType::call:
            return call_size(pc, e, width);
        case ElementType::transfer:
            return transfer_size(pc, e, width);
        case ElementType::qr:
            return qr_size(pc, e, width);
        case ElementType::tabs:
            return fixed(tabs_height(pc, e, width));
    }
    return {};
}

void draw_element(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits) {
    switch (e.type) {
        case ElementType::app:
            draw_app(pc, e, slot, band, hits);
            break;
        case ElementType::search:
            draw_search(pc, e, slot, band, hits);
            break;
        case ElementType::chat:
            draw_chat(pc, e, slot, band, hits);
            break;
        case ElementType::message:
            draw_message(pc, e, slot, band, hits);
            break;
        case ElementType::image:
            draw_image(pc, e, slot, band, hits);
            break;
        case ElementType::text:
            draw_plain_text(pc, e, slot, band, hits);
            break;
        case ElementType::button:
            draw_button(pc, e, slot, band, hits);
            break;
        case ElementType::field:
            draw_field(pc, e, slot, band, hits);
            break;
        case ElementType::keypad:
            draw_keypad(pc, e, slot, band, hits);
            break;
        case ElementType::banner:
            draw_banner(pc, e, slot, band, hits);
            break;
        case ElementType::call:
            draw_call(pc, e, slot, band, hits);
            break;
        case ElementType::transfer:
            draw_transfer(pc, e, slot, band, hits);
            break;
        case ElementType::qr:
            draw_qr(pc, e, slot, band, hits);
            break;
        case ElementType::tabs:
            draw_tabs(pc, e, slot, hits);
            break;
    }
}

}  // namespace tramso::ui
