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

TEST_CASE("strip marks keeps case and spacing") {
    CHECK(strip_marks("Đặng  Thị") == "Dang  Thi");
}

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
