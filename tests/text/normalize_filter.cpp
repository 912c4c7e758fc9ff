// Reads UTF-8 lines on stdin and writes "NFC<TAB>NFD" for each, through the kiosk's own
// to_nfc/to_nfd, so normalize_vs_python.py can hold them against Python's unicodedata.
#include <iostream>
#include <string>

#include "text/normalize.h"

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        std::cout << tramso::text::to_nfc(line) << '\t' << tramso::text::to_nfd(line) << '\n';
    }
    return std::cout.good() ? 0 : 1;
}
