#include "ui/pictograms.h"

#include <imgui.h>
#include <cmath>
#include <map>
#include <string>

namespace tramso::ui {
namespace {

// Every shape is drawn in a unit box [-0.5, 0.5]² scaled to `size` around `centre`.
struct Pen {
    ImDrawList* dl;
    ImVec2 c;
    float s;
    ImU32 col;
    float w;  // stroke width in pixels

    ImVec2 p(float x, float y) const { return ImVec2(c.x + x * s, c.y + y * s); }
    void line(float x0, float y0, float x1, float y1) const { dl->AddLine(p(x0, y0), p(x1, y1), col, w); }
    void rect(float x0, float y0, float x1, float y1, float r = 0.06f) const {
        dl->AddRect(p(x0, y0), p(x1, y1), col, r * s, 0, w);
    }
    void fill_rect(float x0, float y0, float x1, float y1, float r = 0.0f) const {
        dl->AddRectFilled(p(x0, y0), p(x1, y1), col, r * s);
    }
    void circle(float x, float y, float r) const { dl->AddCircle(p(x, y), r * s, col, 40, w); }
    void disc(float x, float y, float r) const { dl->AddCircleFilled(p(x, y), r * s, col, 40); }
    void tri(float x0, float y0, float x1, float y1, float x2, float y2) const {
        dl->AddTriangleFilled(p(x0, y0), p(x1, y1), p(x2, y2), col);
    }
    void tri_outline(float x0, float y0, float x1, float y1, float x2, float y2) const {
        dl->AddTriangle(p(x0, y0), p(x1, y1), p(x2, y2), col, w);
    }
    void arc(float x, float y, float r, float a0, float a1) const {
        dl->PathArcTo(p(x, y), r * s, a0, a1, 32);
        dl->PathStroke(col, 0, w);
    }
};

constexpr float kPi = 3.14159265f;

void phone(const Pen& d) {
    d.rect(-0.24f, -0.44f, 0.24f, 0.44f, 0.08f);
    d.line(-0.06f, 0.34f, 0.06f, 0.34f);
}
void chat(const Pen& d) {
    d.rect(-0.42f, -0.34f, 0.42f, 0.2f, 0.12f);
    d.tri(-0.22f, 0.18f, -0.02f, 0.18f, -0.3f, 0.4f);
    for (int i = -1; i <= 1; ++i) d.disc(i * 0.2f, -0.07f, 0.05f);
}
void video(const Pen& d) {
    d.rect(-0.44f, -0.24f, 0.14f, 0.24f, 0.06f);
    d.tri(0.18f, 0.0f, 0.44f, -0.22f, 0.44f, 0.22f);
}
void call(const Pen& d) {
    Pen t = d;
    t.w = d.w * 2.2f;
    t.arc(0.0f, -0.05f, 0.36f, kPi * 0.15f, kPi * 0.85f);
    d.fill_rect(0.2f, 0.05f, 0.42f, 0.22f, 0.05f);
    d.fill_rect(-0.42f, 0.05f, -0.2f, 0.22f, 0.05f);
}
void shield(const Pen& d) {
    d.dl->PathLineTo(d.p(0, -0.44f));
    d.dl->PathLineTo(d.p(0.36f, -0.3f));
    d.dl->PathBezierCubicCurveTo(d.p(0.36f, 0.1f), d.p(0.2f, 0.32f), d.p(0, 0.44f));
    d.dl->PathBezierCubicCurveTo(d.p(-0.2f, 0.32f), d.p(-0.36f, 0.1f), d.p(-0.36f, -0.3f));
    d.dl->PathStroke(d.col, ImDrawFlags_Closed, d.w);
    d.line(-0.14f, 0.0f, -0.02f, 0.13f);
    d.line(-0.02f, 0.13f, 0.18f, -0.12f);
}
void warning(const Pen& d) {
    d.tri_outline(0, -0.42f, 0.46f, 0.38f, -0.46f, 0.38f);
    d.line(0, -0.14f, 0, 0.12f);
    d.disc(0, 0.25f, 0.045f);
}
void link(const Pen& d) {
    d.rect(-0.44f, -0.14f, 0.04f, 0.14f, 0.14f);
    d.rect(-0.04f, -0.14f, 0.44f, 0.14f, 0.14f);
}
void qr(const Pen& d) {
    const float k[3][2] = {{-0.42f, -0.42f}, {0.12f, -0.42f}, {-0.42f, 0.12f}};
    for (auto& q : k) {
        d.rect(q[0], q[1], q[0] + 0.3f, q[1] + 0.3f, 0);
        d.fill_rect(q[0] + 0.09f, q[1] + 0.09f, q[0] + 0.21f, q[1] + 0.21f);
    }
    d.fill_rect(0.14f, 0.14f, 0.24f, 0.24f);
    d.fill_rect(0.32f, 0.32f, 0.42f, 0.42f);
    d.fill_rect(0.32f, 0.14f, 0.42f, 0.24f);
}
void id_card(const Pen& d) {
    d.rect(-0.46f, -0.3f, 0.46f, 0.3f, 0.06f);
    d.circle(-0.22f, -0.05f, 0.1f);
    d.line(-0.36f, 0.18f, -0.08f, 0.18f);
    d.line(0.04f, -0.1f, 0.36f, -0.1f);
    d.line(0.04f, 0.04f, 0.36f, 0.04f);
    d.line(0.04f, 0.18f, 0.28f, 0.18f);
}
void building(const Pen& d) {
    d.tri_outline(0, -0.44f, 0.46f, -0.2f, -0.46f, -0.2f);
    for (int i = 0; i < 4; ++i) {
        float x = -0.3f + i * 0.2f;
        d.line(x, -0.12f, x, 0.3f);
    }
    d.line(-0.46f, 0.38f, 0.46f, 0.38f);
}
void mail(const Pen& d) {
    d.rect(-0.44f, -0.28f, 0.44f, 0.28f, 0.04f);
    d.line(-0.44f, -0.28f, 0, 0.06f);
    d.line(0, 0.06f, 0.44f, -0.28f);
}
void key(const Pen& d) {
    d.circle(-0.24f, 0, 0.16f);
    d.line(-0.08f, 0, 0.44f, 0);
    d.line(0.3f, 0, 0.3f, 0.16f);
    d.line(0.42f, 0, 0.42f, 0.12f);
}
void robot(const Pen& d) {
    d.rect(-0.34f, -0.22f, 0.34f, 0.36f, 0.1f);
    d.disc(-0.14f, 0.04f, 0.06f);
    d.disc(0.14f, 0.04f, 0.06f);
    d.line(-0.12f, 0.22f, 0.12f, 0.22f);
    d.line(0, -0.22f, 0, -0.36f);
    d.disc(0, -0.4f, 0.05f);
}
void shop(const Pen& d) {
    d.rect(-0.36f, -0.04f, 0.36f, 0.4f, 0.02f);
    d.fill_rect(-0.44f, -0.36f, 0.44f, -0.1f, 0.04f);
    d.rect(-0.1f, 0.12f, 0.1f, 0.4f, 0);
}
void camera(const Pen& d) {
    d.rect(-0.44f, -0.24f, 0.44f, 0.32f, 0.08f);
    d.fill_rect(-0.16f, -0.36f, 0.16f, -0.24f);
    d.circle(0, 0.04f, 0.16f);
}
void photo(const Pen& d) {
    d.rect(-0.44f, -0.34f, 0.44f, 0.34f, 0.04f);
    d.tri(-0.36f, 0.28f, -0.08f, -0.06f, 0.16f, 0.28f);
    d.tri(0.02f, 0.28f, 0.2f, 0.06f, 0.38f, 0.28f);
    d.disc(0.22f, -0.16f, 0.08f);
}
void money(const Pen& d) {
    d.rect(-0.46f, -0.24f, 0.46f, 0.24f, 0.04f);
    d.circle(0, 0, 0.13f);
    d.disc(-0.32f, 0, 0.04f);
    d.disc(0.32f, 0, 0.04f);
}
void home(const Pen& d) {
    d.tri_outline(0, -0.44f, 0.44f, -0.04f, -0.44f, -0.04f);
    d.rect(-0.32f, -0.04f, 0.32f, 0.42f, 0);
    d.fill_rect(-0.1f, 0.14f, 0.1f, 0.42f);
}
// Ending the visit: a door with an arrow going out of it (the house stays "Trang chủ").
void exit_door(const Pen& d) {
    d.rect(-0.42f, -0.42f, 0.04f, 0.42f, 0.03f);
    d.disc(-0.08f, 0.04f, 0.045f);
    d.line(-0.02f, -0.04f, 0.3f, -0.04f);
    d.tri(0.46f, -0.04f, 0.26f, -0.2f, 0.26f, 0.12f);
}
void settings(const Pen& d) {
    d.circle(0, 0, 0.24f);
    d.circle(0, 0, 0.1f);
    for (int i = 0; i < 8; ++i) {
        const float a = i * kPi / 4;
        d.line(std::cos(a) * 0.26f, std::sin(a) * 0.26f, std::cos(a) * 0.42f, std::sin(a) * 0.42f);
    }
}
void search(const Pen& d) {
    d.circle(-0.08f, -0.08f, 0.26f);
    Pen t = d;
    t.w *= 1.6f;
    t.line(0.12f, 0.12f, 0.4f, 0.4f);
}
void user(const Pen& d) {
    d.circle(0, -0.18f, 0.18f);
    d.arc(0, 0.44f, 0.4f, kPi * 1.0f, kPi * 2.0f);
}
// A person with a hand raised: asking for someone to come (not "user", which is registration).
void raised_hand(const Pen& d) {
    d.circle(-0.12f, -0.14f, 0.16f);
    d.arc(-0.12f, 0.46f, 0.36f, kPi * 1.0f, kPi * 2.0f);
    d.line(0.14f, 0.12f, 0.3f, -0.26f);
    d.circle(0.33f, -0.36f, 0.08f);
}
void lock(const Pen& d) {
    d.fill_rect(-0.32f, -0.04f, 0.32f, 0.42f, 0.06f);
    d.arc(0, -0.08f, 0.2f, kPi, kPi * 2);
    d.line(-0.2f, -0.08f, -0.2f, -0.04f);
    d.line(0.2f, -0.08f, 0.2f, -0.04f);
}
void bell(const Pen& d) {
    d.arc(0, -0.06f, 0.26f, kPi, kPi * 2);
    d.line(-0.26f, -0.06f, -0.3f, 0.24f);
    d.line(0.26f, -0.06f, 0.3f, 0.24f);
    d.line(-0.4f, 0.26f, 0.4f, 0.26f);
    d.disc(0, 0.36f, 0.07f);
}
void heart(const Pen& d) {
    d.disc(-0.18f, -0.1f, 0.2f);
    d.disc(0.18f, -0.1f, 0.2f);
    d.tri(-0.37f, -0.04f, 0.37f, -0.04f, 0, 0.4f);
}
void star(const Pen& d) {
    ImVec2 pts[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -kPi / 2 + i * kPi / 5;
        const float r = (i % 2 == 0) ? 0.46f : 0.2f;
        pts[i] = d.p(std::cos(a) * r, std::sin(a) * r + 0.04f);
    }
    d.dl->AddPolyline(pts, 10, d.col, ImDrawFlags_Closed, d.w);
}
void document(const Pen& d) {
    d.rect(-0.32f, -0.44f, 0.32f, 0.44f, 0.04f);
    for (int i = 0; i < 4; ++i) d.line(-0.2f, -0.24f + i * 0.16f, 0.2f, -0.24f + i * 0.16f);
}
void globe(const Pen& d) {
    d.circle(0, 0, 0.42f);
    d.line(-0.42f, 0, 0.42f, 0);
    ImVec2 pts[32];  // a meridian: ImGui 1.86 has no ellipse primitive
    for (int i = 0; i < 32; ++i) pts[i] = d.p(0.18f * std::cos(i * kPi / 16), 0.42f * std::sin(i * kPi / 16));
    d.dl->AddPolyline(pts, 32, d.col, ImDrawFlags_Closed, d.w);
}
void speaker(const Pen& d) {
    d.fill_rect(-0.42f, -0.12f, -0.22f, 0.12f);
    d.tri(-0.3f, 0, -0.02f, -0.34f, -0.02f, 0.34f);
    d.arc(0.02f, 0, 0.2f, -kPi / 4, kPi / 4);
    d.arc(0.02f, 0, 0.36f, -kPi / 4, kPi / 4);
}
void stop(const Pen& d) { d.fill_rect(-0.3f, -0.3f, 0.3f, 0.3f, 0.04f); }
void arrow(const Pen& d, float dir) {
    Pen t = d;
    t.w *= 1.4f;
    t.line(-0.36f * dir, 0, 0.36f * dir, 0);
    t.line(0.36f * dir, 0, 0.08f * dir, -0.28f);
    t.line(0.36f * dir, 0, 0.08f * dir, 0.28f);
}
void vertical_arrow(const Pen& d, float dir) {
    Pen t = d;
    t.w *= 1.4f;
    t.line(0, -0.36f * dir, 0, 0.36f * dir);
    t.line(0, 0.36f * dir, -0.28f, 0.08f * dir);
    t.line(0, 0.36f * dir, 0.28f, 0.08f * dir);
}
void hand(const Pen& d) {
    d.fill_rect(-0.08f, -0.42f, 0.08f, 0.1f, 0.08f);
    d.fill_rect(-0.26f, -0.02f, 0.3f, 0.4f, 0.12f);
    d.arc(0, -0.42f, 0.22f, kPi * 1.1f, kPi * 1.9f);
}
void check(const Pen& d) {
    Pen t = d;
    t.w *= 1.6f;
    t.line(-0.34f, 0.02f, -0.1f, 0.28f);
    t.line(-0.1f, 0.28f, 0.38f, -0.26f);
}
void cross(const Pen& d) {
    Pen t = d;
    t.w *= 1.6f;
    t.line(-0.3f, -0.3f, 0.3f, 0.3f);
    t.line(0.3f, -0.3f, -0.3f, 0.3f);
}
void clock(const Pen& d) {
    d.circle(0, 0, 0.42f);
    d.line(0, 0, 0, -0.26f);
    d.line(0, 0, 0.2f, 0.08f);
}
void print(const Pen& d) {
    d.rect(-0.44f, -0.12f, 0.44f, 0.26f, 0.04f);
    d.rect(-0.26f, -0.42f, 0.26f, -0.12f, 0);
    d.fill_rect(-0.26f, 0.14f, 0.26f, 0.42f);
}
// Zalo's and the camera apps' "scan a code" symbol: four corners of a frame and the scan line.
void scan(const Pen& d) {
    Pen t = d;
    t.w *= 1.3f;
    const float a = 0.42f, b = 0.18f;
    for (float sx : {-1.0f, 1.0f})
        for (float sy : {-1.0f, 1.0f}) {
            t.line(sx * a, sy * a, sx * (a - b), sy * a);
            t.line(sx * a, sy * a, sx * a, sy * (a - b));
        }
    t.line(-0.3f, 0, 0.3f, 0);
}
void fallback(const Pen& d) { d.circle(0, 0, 0.36f); }

using Drawer = void (*)(const Pen&);
const std::map<std::string, Drawer, std::less<>>& table() {
    static const std::map<std::string, Drawer, std::less<>> t = {
        {"phone", phone},
        {"chat", chat},
        {"video", video},
        {"call", call},
        {"shield", shield},
        {"warning", warning},
        {"link", link},
        {"qr", qr},
        {"id-card", id_card},
        {"building", building},
        {"mail", mail},
        {"key", key},
        {"robot", robot},
        {"shop", shop},
        {"camera", camera},
        {"photo", photo},
        {"bank", building},
        {"money", money},
        {"home", home},
        {"settings", settings},
        {"exit", exit_door},
        {"search", search},
        {"user", user},
        {"raised-hand", raised_hand},
        {"lock", lock},
        {"bell", bell},
        {"heart", heart},
        {"star", star},
        {"document", document},
        {"globe", globe},
        {"speaker", speaker},
        {"stop", stop},
        {"hand", hand},
        {"check", check},
        {"cross", cross},
        {"clock", clock},
        {"print", print},
        {"scan", scan},
        {"back", [](const Pen& d) { arrow(d, -1); }},
        {"next", [](const Pen& d) { arrow(d, 1); }},
        {"up", [](const Pen& d) { vertical_arrow(d, -1); }},
        {"down", [](const Pen& d) { vertical_arrow(d, 1); }},
    };
    return t;
}

}  // namespace

void draw_pictogram(ImDrawList* dl, std::string_view name, ImVec2 centre, float size, unsigned int colour) {
    const Pen pen{dl, centre, size, colour, std::max(2.0f, size * 0.07f)};
    const auto& t = table();
    auto it = t.find(name);
    (it == t.end() ? fallback : it->second)(pen);
}

}  // namespace tramso::ui
