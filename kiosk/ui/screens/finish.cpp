// The finish screen: congratulations and what she learned on the left, with a
// picture-plus-words "how to scan"; the lesson's QR code large on the right, with the slip
// button when the center has a printer; two ways on along the bottom (home, the next lesson). The flow decides
// everything (app/finish_flow.cpp); this file only draws it.
#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "app/narration.h"
#include "core/https_url.h"
#include "qr/qr_image.h"
#include "ui/fast_fill.h"
#include "ui/pictograms.h"
#include "ui/screens/help.h"
#include "ui/screens/listen_control.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {
namespace {

// Symbol plus quiet zone when the screen has room: a phone held at arm's length by a tired
// hand still frames it. The symbol itself must stay ≥ 45 mm on the panel.
constexpr float kQrTargetMm = 90.0f;
constexpr Rgb kZaloBlue{0x00, 0x68, 0xFF};  // the colour she knows the Zalo icon by

// One pixel per module, quiet zone included; the GPU (or SDL's software renderer) scales it up
// nearest-neighbour by a whole number, so every module is a crisp square of equal size.
ImageCache::Pixels qr_pixels(const QrMatrix& qr) {
    const QrImage img = render_qr_image(qr, 1, PixelFormat::grey8);
    ImageCache::Pixels px{img.width, img.height, {}};
    px.argb.reserve(img.pixels.size());
    for (std::uint8_t v : img.pixels)
        px.argb.push_back(0xFF000000u | std::uint32_t(v) << 16 | std::uint32_t(v) << 8 | v);
    return px;
}

// The three steps, each a pictogram over a few words, joined by arrows; the last arrow points
// at the code. Returns the height used.
float draw_scan_steps(const UiContext& ui, float x, float y, float w) {
    const Metrics& m = ui.m();
    const Palette& p = ui.p();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float arrow_w = std::min(m.button_height * 0.6f, w * 0.08f);
    const float step_w = (w - 3 * arrow_w) / 3;
    const float icon = std::min(m.button_height * 1.4f, step_w * 0.6f);
    const char* labels[3] = {"finish.step_open_zalo", "finish.step_tap_scan", "finish.step_point_camera"};
    float label_h = 0;
    for (int i = 0; i < 3; ++i) {
        const float sx = x + i * (step_w + arrow_w);
        const ImVec2 c(sx + step_w / 2, y + icon / 2);
        const ImVec2 a(c.x - icon / 2, c.y - icon / 2), b(c.x + icon / 2, c.y + icon / 2);
        if (i == 0) {
            // Zalo's icon as she knows it from her home screen: a blue tile with a speech bubble.
            fill_rounded_rect(dl, a, b, to_imgui_colour(kZaloBlue), icon * 0.22f);
            draw_pictogram(dl, "chat", c, icon * 0.62f, to_imgui_colour(p.surface));
        } else {
            dl->AddCircleFilled(c, icon / 2, to_imgui_colour(p.primary), 48);
            draw_pictogram(dl, i == 1 ? "scan" : "camera", c, icon * 0.58f, to_imgui_colour(p.on_primary));
        }
        label_h = std::max(label_h, text_block(ui, ui.t(labels[i]), ui.fonts.bold, sx, y + icon + m.gap / 3, step_w,
                                               p.text, Align::Center));
        draw_pictogram(dl, "next", ImVec2(sx + step_w + arrow_w / 2, c.y), arrow_w * 0.9f,
                       to_imgui_colour(i == 2 ? p.accent : p.text_muted));
    }
    return icon + m.gap / 3 + label_h;
}

// "Mã vuông này mở lại bài học trên trang của Hội Phụ nữ: hoctapso.vn. Máy ảnh của điện
// thoại nào cũng quét được." The site is the follow-up address the code holds.
std::string code_words(const UiContext& ui) {
    return ui.strings.format(ui.lang, "finish.code_opens", {{"site", https_site_name(ui.config.followup.base_url)}}) +
           " " + ui.t("finish.any_camera");
}

// What she learned, as the lesson's finish step lists it (the summary when it lists nothing).
std::vector<std::string> learned_lines(const UiContext& ui, const Lesson& lesson) {
    std::vector<std::string> lines;
    if (!lesson.steps.empty())
        for (const LocalText& l : lesson.steps.back().learned) lines.push_back(l.get(ui.lang));
    if (lines.empty()) lines.push_back(lesson.summary.get(ui.lang));
    return lines;
}

// Left column: the lesson, what she learned and how to scan. Scrolls if it is long.
void draw_learned(const UiContext& ui, const app::FinishInfo& f, Rect r, Events&) {
    const Metrics& m = ui.m();
    const Palette& p = ui.p();
    begin_scroll_area(ui, "finish-learned", r);
    const float w = r.w - scroll_buttons_width(ui) - m.gap;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = origin.y;
    y += text_block(ui, f.lesson->title.get(ui.lang), ui.fonts.heading, origin.x, y, w, p.text) + m.gap / 2;
    y += text_block(ui, ui.t("finish.learned"), ui.fonts.bold, origin.x, y, w, p.text);
    y += m.gap / 3;
    for (const std::string& line : learned_lines(ui, *f.lesson)) y += ticked_line(ui, line, origin.x, y, w) + m.gap / 3;
    y += m.gap * 2 / 3;
    if (f.qr) {
        y += text_block(ui, ui.t("finish.take_home"), ui.fonts.bold, origin.x, y, w, p.text) + m.gap / 2;
        y += draw_scan_steps(ui, origin.x, y, w) + m.gap / 2;
        // What the code is and where it leads, in words: she should know what she scans.
        y += text_block(ui, code_words(ui), ui.fonts.body, origin.x, y, w, p.text);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
}

// The slip: a button, "printing…", "take your slip", or the friendly word that the printer is
// not ready (with the button again, to try once more). Returns the height used.
float draw_print(const UiContext& ui, const app::FinishInfo& f, Rect r, Events& out) {
    const Metrics& m = ui.m();
    const Palette& p = ui.p();
    const Rect button{r.x, r.y, r.w, m.button_height};
    float y = r.y;
    switch (f.print) {
        case app::PrintState::idle:
        case app::PrintState::failed:
            if (big_button(ui, ui.t("finish.print"), button, ButtonKind::Secondary, "print"))
                out.push_back(app::ev::PrintSlip{});
            y += button.h + m.gap / 2;
            break;
        case app::PrintState::printing: {
            // Not a button: nothing to press while the slip is on its way.
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float icon = ui.fonts.bold->FontSize * 1.3f;
            const std::string& label = ui.t("finish.printing");
            const float tw = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, label.c_str()).x;
            const float x0 = button.x + (button.w - tw - icon - m.gap / 2) / 2;
            draw_pictogram(dl, "print", ImVec2(x0 + icon / 2, button.cy()), icon, to_imgui_colour(p.text_muted));
            text_block(ui, label, ui.fonts.bold, x0 + icon + m.gap / 2, button.cy() - ui.fonts.bold->FontSize * 0.6f,
                       button.w, p.text_muted);
            y += button.h + m.gap / 2;
            break;
        }
        case app::PrintState::printed:
            y += text_block(ui, ui.t("finish.printed"), ui.fonts.bold, r.x, y, r.w, p.success, Align::Center);
            break;
    }
    if (f.print == app::PrintState::failed)
        y += text_block(ui, ui.t("finish.print_failed"), ui.fonts.body, r.x, y, r.w, p.accent, Align::Center);
    return y - r.y;
}

}  // namespace

void draw_finish(const UiContext& ui, const app::State& s, Events& out) {
    const app::FinishInfo& f = *s.finish;
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "finish", p.background);

    // Top: congratulations; Listen at the right, where every screen has it.
    const float listen_w = ui.voice_available ? std::max(m.button_min_width, ui.width * 0.18f) : 0;
    const Rect top{m.margin, m.margin, ui.width - 2 * m.margin, m.button_height};
    text_block(ui, ui.t("finish.title"), ui.fonts.heading, top.x, top.cy() - m.font_heading * 0.6f,
               title_width_before_help(ui), p.success);
    listen_control(ui, Rect{top.x + top.w - listen_w, top.y, listen_w, top.h},
                   app::join_sentences({ui.t("finish.title"), ui.t("finish.learned")}) + " " +
                       app::join_sentences(learned_lines(ui, *f.lesson)) + " " +
                       (f.qr ? ui.t("finish.speech") + " " + code_words(ui) : ""),
                   out);

    // Bottom: two ways on. Forward (bottom right, green) is the next lesson, or home when
    // there is none; home otherwise sits at the bottom left. Ending the visit is on home.
    const float bottom_y = ui.height - m.margin - m.button_height;
    const float bw = std::max(m.button_min_width, ui.width * 0.3f);
    const Rect left{m.margin, bottom_y, bw, m.button_height};
    const Rect right{ui.width - m.margin - bw, bottom_y, bw, m.button_height};
    if (big_button(ui, ui.t("finish.home"), f.next_lesson ? left : right,
                   f.next_lesson ? ButtonKind::Secondary : ButtonKind::Primary, "home"))
        out.push_back(app::ev::FinishHome{});
    if (f.next_lesson && big_button(ui, ui.t("finish.next_lesson"), right, ButtonKind::Primary, "next"))
        out.push_back(app::ev::FinishNextLesson{});

    // Body: the right column holds the code (and the slip), the left column the rest.
    const float body_y = top.y + top.h + m.gap;
    const float body_h = bottom_y - m.gap - body_y;
    // Under the code: the slip, or without a printer a way to ask staff to print it.
    const float print_h = f.can_print || f.qr ? m.button_height + m.gap / 2 + ui.fonts.body->FontSize * 1.18f * 3 : 0;
    float col_w = f.can_print || f.qr ? std::max(m.button_min_width * 1.6f, ui.width * 0.2f) : 0;
    float y = body_y;
    Rect qr_rect{};
    if (f.qr) {
        const float pad = m.gap / 2;
        const float room = std::min({kQrTargetMm * m.px_per_mm, body_h - print_h - 2 * pad, ui.width * 0.4f});
        const int modules = f.qr->size() + 2 * kQrQuietZone;
        const int module_px = std::max(1, int(std::floor(room / float(modules))));
        const float side = float(modules * module_px);
        col_w = std::max(col_w, side + 2 * pad);
        // Whole pixels: a module that starts half-way through a pixel would blur one edge.
        const float col_x = std::floor(ui.width - m.margin - col_w);
        const Rect card{col_x, y, col_w, side + 2 * pad};
        ImDrawList* dl = ImGui::GetWindowDrawList();
        fill_rounded_rect(dl, ImVec2(card.x, card.y), ImVec2(card.x + card.w, card.y + card.h),
                          to_imgui_colour(p.surface), m.corner);
        dl->AddRect(ImVec2(card.x, card.y), ImVec2(card.x + card.w, card.y + card.h), to_imgui_colour(p.border),
                    m.corner, 0, std::max(2.0f, m.px_per_mm * 0.5f));
        qr_rect = Rect{std::floor(card.x + (card.w - side) / 2), std::floor(card.y + pad), side, side};
        const Picture& pic = ui.images->generated("qr:" + f.qr_link, [&] { return qr_pixels(*f.qr); });
        if (pic.texture)
            dl->AddImage(reinterpret_cast<ImTextureID>(pic.texture), ImVec2(qr_rect.x, qr_rect.y),
                         ImVec2(qr_rect.x + side, qr_rect.y + side));
        // What the code holds, so a test can find it (a link and a random reference: nothing personal).
        ui.registry.add_text("qr:" + f.qr_link, qr_rect);
        y = card.y + card.h + m.gap / 2;
    }
    const float col_x = ui.width - m.margin - col_w;
    if (f.can_print) {
        draw_print(ui, f, Rect{col_x, y, col_w, body_y + body_h - y}, out);
    } else if (f.qr && big_button(ui, ui.t("finish.ask_print"), Rect{col_x, y, col_w, m.button_height},
                                  ButtonKind::Secondary, "raised-hand")) {
        out.push_back(app::ev::AskHelp{});
    }

    const float left_w = (col_w > 0 ? col_x - m.gap * 2 : ui.width - m.margin) - m.margin;
    draw_learned(ui, f, Rect{m.margin, body_y, left_w, body_h}, out);
    end_screen();
}

}  // namespace tramso::ui
