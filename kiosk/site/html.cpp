#include "site/html.h"

#include "text/normalize.h"

namespace tramso::site {

namespace {

// System fonts only: Android's Roboto and Noto carry Vietnamese; 20 px body text (18 px at the
// least, for small print) reads without zooming at 360 px wide. Pictures shrink to the column,
// long words wrap, so nothing scrolls sideways. Printed, a lesson is an A4 handout.
constexpr std::string_view kStyle = R"(html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:Roboto,"Noto Sans","Segoe UI",Arial,sans-serif;font-size:20px;line-height:1.5;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
header,main,footer{max-width:40em;margin:0 auto;padding:0 16px;box-sizing:border-box}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:8px;padding-top:10px;padding-bottom:10px;border-bottom:2px solid #d0d0d0}
h1{font-size:28px;line-height:1.25;margin:16px 0 8px}
h2{font-size:24px;line-height:1.3;margin:24px 0 8px}
p,li{margin:8px 0}
a{color:#0b57d0}
small,.note,figcaption,footer{font-size:18px;color:#3c3c3c}
ol.steps{padding-left:0;list-style:none}
ol.steps>li{border-top:1px solid #e0e0e0;padding:8px 0}
.n{font-weight:bold;color:#3c3c3c;font-size:18px}
.pics{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}
figure{flex:1 1 130px;max-width:300px;margin:0}
img{display:block;max-width:100%;height:auto;border:0}
.right{background:#e6f4ea;padding:8px 12px;border-radius:8px}
.numbers{border:3px solid #b3261e;border-radius:8px;padding:4px 16px;margin:24px 0}
.numbers h2{margin-top:8px;color:#b3261e}
ul.lessons{padding-left:0;list-style:none}
ul.lessons li{margin:12px 0}
ul.lessons a{font-size:22px;font-weight:bold}
footer{border-top:2px solid #d0d0d0;margin-top:24px;padding-top:8px;padding-bottom:24px}
@media print{@page{size:A4;margin:15mm}
body{font-size:12pt;color:#000}
header a,footer a{display:none}
a{color:#000;text-decoration:none}
figure{max-width:55mm}
li,figure,.numbers{break-inside:avoid}}
)";

}  // namespace

std::string html_text(std::string_view text) {
    const std::string nfc = text::to_nfc(text);
    std::string out;
    out.reserve(nfc.size());
    for (char c : nfc) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string html_document(const PageShell& s, std::string_view body) {
    const char* lang = s.lang == Lang::en ? "en" : "vi";
    const char* other = s.lang == Lang::en ? "vi" : "en";
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += lang;
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_text(s.title) + "</title>\n<style>\n";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<header>\n";
    out += "<span>" + html_text(s.center_name) + "</span>\n";
    out += "<a href=\"" + html_text(s.other_href) + "\" hreflang=\"" + other + "\" lang=\"" + other + "\">" +
           html_text(s.other_language) + "</a>\n</header>\n<main>\n";
    out += body;
    out +=
        "</main>\n<footer>\n<p><a href=\"" + html_text(s.home_href) + "\">" + html_text(s.all_lessons) + "</a></p>\n";
    out += "<p>" + html_text(s.privacy) + "</p>\n</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace tramso::site
