#include <doctest/doctest.h>

#include "text/names.h"
#include "text/normalize.h"

using namespace tramso::text;

TEST_CASE("search key is the same for every spelling of a name") {
    const std::string key = search_key("hoa");
    CHECK(key == "hoa");
    for (auto s : {"Hoà", "Hòa", "HOÀ", "hoa", "HOA", "  Hòa ", "Ho\u0061\u0300", "Ho\u0300a"}) {
        INFO(s);
        CHECK(search_key(s) == key);
    }
}

TEST_CASE("search key removes marks and turns đ into d") {
    CHECK(search_key("Đặng Thị Phượng") == "dang thi phuong");
    CHECK(search_key("NGUYỄN") == "nguyen");
    CHECK(search_key("Quỳnh") == search_key("quynh"));
    CHECK(search_key("Hương") == search_key("HUONG"));
    CHECK(search_key(to_nfd("Trường")) == "truong");
}

TEST_CASE("search key collapses and trims white space") {
    CHECK(search_key("  Nguyễn   Thị\tHương \n") == "nguyen thi huong");
    CHECK(search_key("Lê\u00A0Hoa") == "le hoa");
    CHECK(search_key("   ") == "");
    CHECK(search_key("") == "");
}

TEST_CASE("strip marks keeps case and spacing") { CHECK(strip_marks("Đặng  Thị") == "Dang  Thi"); }

TEST_CASE("title case capitalises each word of a name") {
    CHECK(title_case_name("nguyễn  thị HƯƠNG ") == "Nguyễn Thị Hương");
    CHECK(title_case_name("đặng ngọc ánh") == "Đặng Ngọc Ánh");
    CHECK(title_case_name("ưng hoàng phúc") == "Ưng Hoàng Phúc");
    CHECK(title_case_name("h'hen niê") == "H'Hen Niê");
    CHECK(title_case_name("trần-lê") == "Trần-Lê");
    CHECK(title_case_name(to_nfd("ĐỖ THỊ PHƯỢNG")) == "Đỗ Thị Phượng");
}

TEST_CASE("tidy spaces normalises without changing case") {
    CHECK(tidy_spaces("  Nguyễn   THỊ ") == "Nguyễn THỊ");
    CHECK(tidy_spaces(to_nfd("Hòa")) == "Hòa");
}

TEST_CASE("title case of İ and i with dot above is NFC and stable") {
    for (const char* name : {"i\u0307stanbul", "İSTANBUL", "ayşe İnce", "I\u0307lker", "aI\u0307"}) {
        INFO(name);
        const std::string once = title_case_name(name);
        CHECK(to_nfc(once) == once);
        CHECK(title_case_name(once) == once);
    }
    CHECK(title_case_name("i\u0307stanbul") == "İstanbul");
    CHECK(title_case_name("ayşe İnce") == "Ayşe İnce");
}

TEST_CASE("title case works in every cased script") {
    CHECK(title_case_name("ΑΛΈΞΑΝΔΡΟΣ") == "Αλέξανδρος");
    CHECK(title_case_name("иван петров") == "Иван Петров");
    CHECK(title_case_name("ǆenan") == "ǅenan");  // a digraph takes its title-case form
}

TEST_CASE("search key folds case and marks in every script") {
    CHECK(search_key("ИВАН Петров") == "иван петров");
    CHECK(search_key("Ἀλέξανδρος") == search_key("ΑΛΕΞΑΝΔΡΟΣ"));
    CHECK(search_key("ᾳ") == search_key(to_nfd("ᾳ")));
    CHECK(search_key("Straße") == "strasse");
    CHECK(search_key("İnce") == "ince");
    CHECK(search_key("ınce") == search_key(title_case_name("ınce")));
}

TEST_CASE("search key ignores compatibility forms and invisible characters") {
    CHECK(search_key("Ｈｏà") == "hoa");            // full-width letters
    CHECK(search_key("Phư\u00ADơng") == "phuong");  // soft hyphen
    CHECK(search_key("Hoa\u200B") == "hoa");        // zero-width space
}

TEST_CASE("strip marks gives NFC and leaves letters without a decomposition") {
    CHECK(strip_marks("Hàn Quốc 한국") == "Han Quoc 한국");
    CHECK(strip_marks("Łódź Øre") == "Łodz Øre");
}

TEST_CASE("name helpers turn malformed UTF-8 into U+FFFD") {
    CHECK(search_key("Ho\xFF"
                     "a") == "ho\uFFFDa");
    CHECK(strip_marks("\xE1\xBA") == "\uFFFD\uFFFD");
    CHECK(title_case_name("\xC0nguy\xE1\xBB\x85n") == "\uFFFDNguyễn");
}
