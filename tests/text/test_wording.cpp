// The house wording (text/wording.h) on its own, and over every string the kiosk shows:
// assets/strings and the on-screen keyboard's labels.
#include "text/wording.h"

#include <doctest/doctest.h>

#include <string>

#include "common/source_dir.h"
#include "core/string_table.h"
#include "input/keyboard.h"

using namespace tramso::text;

namespace {

std::string problems(std::string_view s, WordingScope scope = WordingScope::explanation) {
    std::string out;
    for (const WordingProblem& p : wording_problems(s, scope)) out += p.problem + " — " + p.fix + "\n";
    return out;
}

// "{ok} bài dùng được": a placeholder's name is not text she reads.
std::string without_placeholders(std::string s) {
    for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open)) {
        const std::size_t close = s.find('}', open);
        if (close == std::string::npos) break;
        s.erase(open, close - open + 1);
    }
    return s;
}

}  // namespace

TEST_CASE("one tone placement: xóa, khóa, hủy, thủy, hòa") {
    CHECK(house_tone_placement("xoá") == "xóa");
    CHECK(house_tone_placement("Khoá") == "Khóa");
    CHECK(house_tone_placement("HUỶ") == "HỦY");
    CHECK(house_tone_placement("thuỷ") == "thủy");
    CHECK(house_tone_placement("hoà") == "hòa");
    CHECK(house_tone_placement("khoẻ") == "khỏe");
    // Closed syllables and "qu" are the same in both placements.
    CHECK(house_tone_placement("hoàng") == "hoàng");
    CHECK(house_tone_placement("quý") == "quý");
    CHECK(house_tone_placement("xóa") == "xóa");

    const auto found = wording_problems("Chị chạm “Xoá” để huỷ.");
    REQUIRE(found.size() == 2);  // quotes do not excuse the tone placement
    CHECK(found[0].found == "Xoá");
    CHECK(found[0].fix.find("\"Xóa\"") != std::string::npos);
    CHECK(found[1].found == "huỷ");
    CHECK(found[1].byte == std::string_view("Chị chạm “Xoá” để ").size());
}

TEST_CASE("English words where Vietnamese has one, unless quoted as an on-screen label") {
    CHECK(problems("Bán hàng online.").find("“qua mạng”") != std::string::npos);
    CHECK(problems("Mở camera.").find("“máy ảnh”") != std::string::npos);
    CHECK(problems("Chạm OK.").find("English word \"OK\"") != std::string::npos);
    CHECK(problems("Chạm vào link lạ.").find("“đường link”") == std::string::npos);
    CHECK(problems("Chạm vào link lạ.").find("\"đường link\"") != std::string::npos);
    CHECK(problems("Không chạm đường link lạ.").empty());
    CHECK(problems("Chạm nút “OK”.").empty());
    CHECK(problems("Tải từ CH Play hay App Store, mở Zalo, VNeID.").empty());
    // What a phone shows may be in English: only the tone placement is checked there.
    CHECK(problems("Camera", WordingScope::phone_screen).empty());
    CHECK_FALSE(problems("Xoá", WordingScope::phone_screen).empty());
    // Words that only contain a listed word are fine.
    CHECK(problems("Chị xem Facebook, okay.").empty());
}

TEST_CASE("a tap is “chạm”, and praise respects an older woman") {
    CHECK(problems("Chị bấm nút xanh.").find("“chạm”") != std::string::npos);
    CHECK(problems("Giỏi quá!").find("praise") != std::string::npos);
    CHECK(problems("Tốt lắm!").find("praise") != std::string::npos);
    CHECK(problems("Đúng rồi ạ. Chị làm đúng rồi!").empty());
}

TEST_CASE("every bundled screen string and keyboard label follows the house wording") {
    auto table = tramso::StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE_MESSAGE(table.ok(), (table.ok() ? "" : table.error().to_string()));
    for (const std::string& key : table->keys(tramso::Lang::vi)) {
        const std::string& vi = table->get(tramso::Lang::vi, key);
        INFO(key, " = ", vi);
        CHECK(problems(without_placeholders(vi)) == "");
    }
    namespace labels = tramso::input::key_labels;
    for (std::string_view label :
         {labels::kShift, labels::kBackspace, labels::kSpace, labels::kDone, labels::kRemoveTone}) {
        INFO(label);
        CHECK(problems(label) == "");
    }
}
