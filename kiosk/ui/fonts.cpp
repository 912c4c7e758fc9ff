#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_freetype.h>
#include <filesystem>

namespace tramso::ui {

namespace {
// Vietnamese letters plus the punctuation our strings use (… – — • “ ” ‘ ’).
const ImWchar* glyph_ranges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder b;
        b.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesVietnamese());
        static const ImWchar extra[] = {0x2010, 0x2027, 0x00B0, 0x00B7, 0};
        b.AddRanges(extra);
        b.BuildRanges(&ranges);
    }
    return ranges.Data;
}
}  // namespace

Result<Fonts> load_fonts(ImFontAtlas& atlas, const std::string& font_dir, const Metrics& m,
                         const std::string& display_text) {
    const std::string regular = font_dir + "/NotoSans-Regular.ttf";
    const std::string bold = font_dir + "/NotoSans-Bold.ttf";
    for (const auto& path : {regular, bold})
        if (!std::filesystem::exists(path))
            return Error{path, "font file not found; install it with: apt-get install fonts-noto-core"};

    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    // One-pixel padding is enough with nearest sampling; keeps the atlas small.
    atlas.TexGlyphPadding = 1;

    ImFontConfig cfg;
    cfg.OversampleH = cfg.OversampleV = 1;
    static ImVector<ImWchar> display_ranges;
    {
        ImFontGlyphRangesBuilder b;
        static const ImWchar ascii[] = {0x20, 0x7E, 0};
        b.AddRanges(ascii);
        b.AddText(display_text.c_str());
        // Typed names are shown this big: every Vietnamese letter, not just the UI's,
        // but only the letters (ImGui's Vietnamese range also holds all of Latin-1).
        static const ImWchar vietnamese_letters[] = {0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169,
                                                     0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0, 0x1EF9, 0};
        b.AddRanges(vietnamese_letters);
        b.AddText("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");
        display_ranges.clear();
        b.BuildRanges(&display_ranges);
    }
    auto add = [&](const std::string& path, float size, const ImWchar* ranges = nullptr) {
        return atlas.AddFontFromFileTTF(path.c_str(), size, &cfg, ranges ? ranges : glyph_ranges());
    };
    Fonts f;
    f.body = add(regular, m.font_body);  // first font = ImGui default
    f.small = add(regular, m.font_small);
    f.bold = add(bold, m.font_body);
    f.heading = add(bold, m.font_heading);
    f.display = add(bold, m.font_display, display_ranges.Data);
    if (!f.body || !f.small || !f.bold || !f.heading || !f.display || !atlas.Build())
        return Error{font_dir, "could not load Noto Sans; reinstall fonts-noto-core"};
    return f;
}

}  // namespace tramso::ui
