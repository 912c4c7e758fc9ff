// The follow-up site's pure parts: paths, safety numbers, the pages' words and escaping, and
// the whole site from the bundled lessons with a stand-in for the phone pictures.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "common/scratch_dir.h"
#include "common/source_dir.h"
#include "lessons/content.h"
#include "site/html.h"
#include "site/lesson_page.h"
#include "site/safety_numbers.h"
#include "site/site_builder.h"
#include "site/site_paths.h"

using namespace tramso;
using namespace tramso::site;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Lesson lesson_with(std::string followup) {
    Lesson l;
    l.id = "otp";
    l.followup = std::move(followup);
    l.title = {"Mật khẩu & mã OTP", "Passwords & OTP"};
    return l;
}

// A small flat picture: what a phone scene looks like to the encoder.
RgbaImage fake_phone(const Scene&, Lang lang) {
    RgbaImage img;
    img.width = 40, img.height = 80;
    img.pixels.assign(std::size_t(img.width) * img.height * 4, 255);
    for (int y = 10; y < 20; ++y)
        for (int x = 0; x < img.width; ++x)
            img.pixels[(std::size_t(y) * img.width + x) * 4] = lang == Lang::en ? 0 : 90;
    return img;
}

StringTable bundled_strings() { return *StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings"); }

}  // namespace

TEST_CASE("a lesson's folder is its slug, under en/ for English; absolute follow-ups have none") {
    CHECK(lesson_folder(lesson_with("otp"), Lang::vi) == fs::path("otp"));
    CHECK(lesson_folder(lesson_with("bao-mat/otp"), Lang::en) == fs::path("en/bao-mat/otp"));
    CHECK_FALSE(lesson_folder(lesson_with("https://example.vn/otp"), Lang::vi));
    CHECK_FALSE(lesson_folder(lesson_with(""), Lang::vi));
    CHECK(up_to_root("en/bao-mat/otp") == "../../../");
    CHECK(up_to_root("") == "");
}

TEST_CASE("safety numbers: whole emergency numbers and the hotline on the bank card") {
    Lesson l = lesson_with("otp");
    Step s;
    s.text = {"Khi khẩn cấp, chị gọi 113. Số 11300 không phải số khẩn cấp.", ""};
    l.steps.push_back(s);
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.answers.push_back({{"Gọi số tổng đài in ở mặt sau thẻ ngân hàng", ""}, true, {}});
    l.steps.push_back(quiz);
    CHECK(safety_numbers_in(l) == std::vector{SafetyNumber::police_113, SafetyNumber::bank_hotline});
    l.steps.erase(l.steps.begin() + 1);
    l.steps[0].text.vi = "Số 1130 và 0113 là số thường.";
    CHECK(safety_numbers_in(l).empty());
}

TEST_CASE("page text is escaped and in NFC") {
    CHECK(html_text("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
    CHECK(html_text("Chi\xCC\xA3") == "Ch\xE1\xBB\x8B");  // "Chị" typed as i + combining dot below
}

TEST_CASE("a practice step's pictures are described by what she taps") {
    Step s;
    s.kind = StepKind::practice;
    s.scene = Scene{};
    SceneElement e;
    e.id = "end_call";
    e.type = ElementType::button;
    e.label = {"Kết thúc", "End"};
    s.scene->elements.push_back(e);
    s.target = "end_call";
    CHECK(target_words(s, Lang::vi) == "Kết thúc");
    CHECK(target_words(s, Lang::en) == "End");
    s.target = "back";
    CHECK(target_words(s, Lang::vi) == "mũi tên quay lại");
}

TEST_CASE("the bundled lessons make a site: every step's words in order, the right answers, the numbers") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const Content content = load_content(fs::path(TRAMSO_SOURCE_DIR) / "content");
    REQUIRE(content.ok());
    Config config;
    config.kiosk.center_name = "Nhà văn hóa phường Tân Định";
    const StringTable strings = bundled_strings();
    auto report = build_site(content, config, strings, dir.path() / "site", fake_phone);
    REQUIRE(report);
    CHECK(report->skipped.empty());
    CHECK(report->lesson_pages.size() == 2 * content.lessons.size());

    const std::string index = read(dir.path() / "site/index.html");
    CHECK(index.find("Nhà văn hóa phường Tân Định") != std::string::npos);
    CHECK(index.find("<a href=\"cuoc-goi-lua-dao/\">") != std::string::npos);
    CHECK(index.find("<html lang=\"vi\">") != std::string::npos);

    const Lesson* scam = nullptr;
    for (const Lesson& l : content.lessons)
        if (l.id == "cuoc-goi-lua-dao") scam = &l;
    REQUIRE(scam);
    const std::string page = read(dir.path() / "site/cuoc-goi-lua-dao/index.html");
    std::size_t at = 0;
    for (const Step& s : scam->steps) {
        const std::string& words = s.kind == StepKind::quiz ? s.question.vi : s.text.vi;
        if (words.empty()) continue;
        const std::size_t found = page.find(html_text(words), at);
        CHECK_MESSAGE(found != std::string::npos, words);
        if (found != std::string::npos) at = found;
    }
    for (const Step& s : scam->steps)
        for (const Answer& a : s.answers) CHECK((page.find(html_text(a.text.vi)) != std::string::npos) == a.correct);
    CHECK(page.find("113 — ") != std::string::npos);
    CHECK(page.find("buoc-3-truoc.png") != std::string::npos);
    CHECK(page.find("href=\"../en/cuoc-goi-lua-dao/\"") != std::string::npos);
    CHECK(read(dir.path() / "site/en/cuoc-goi-lua-dao/index.html").find("href=\"../../cuoc-goi-lua-dao/\"") !=
          std::string::npos);
    const std::string picture = read(dir.path() / "site/cuoc-goi-lua-dao/buoc-3-truoc.png");
    CHECK(picture.substr(1, 3) == "PNG");
    CHECK(picture.find("tIME") == std::string::npos);  // no timestamp: the same lessons, the same bytes
}

TEST_CASE("an output folder that cannot be made is an error naming it") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    std::ofstream(dir.file("plain-file")) << "x";
    const Content content = load_content(fs::path(TRAMSO_SOURCE_DIR) / "content");
    auto report = build_site(content, Config{}, bundled_strings(), dir.path() / "plain-file" / "site", fake_phone);
    REQUIRE_FALSE(report);
    CHECK(report.error().to_string().find("plain-file/site") != std::string::npos);
    CHECK(report.error().to_string().find("cannot create the folder") != std::string::npos);
}

TEST_CASE("palette PNG: few colours, a small file, the same bytes every time") {
    RgbaImage img = fake_phone(Scene{}, Lang::vi);
    auto a = encode_palette_png(img, 16);
    auto b = encode_palette_png(img, 16);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(a->size() < 300);
    // Colour type 3 (palette) in the header.
    CHECK((*a)[25] == 3);
    CHECK_FALSE(encode_palette_png(RgbaImage{}, 16));
}
