// How much a QR code holds: a table, apart from the encoder so that lesson checks can ask
// whether a link fits without linking libqrencode.
#include <array>

#include "qr/qr_matrix.h"

namespace tramso {

namespace {

// ISO/IEC 18004 table 7, byte mode, error correction level M, versions 1–40.
constexpr std::array<int, 40> kByteCapacityM = {
    14,  26,  42,  62,  84,  106,  122,  152,  180,  213,  251,  287,  331,  362,  412,  450,  504,  560,  624,  666,
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331};

}  // namespace

int qr_byte_capacity(int version) {
    if (version < 1 || version > 40) return 0;
    return kByteCapacityM[static_cast<std::size_t>(version - 1)];
}

}  // namespace tramso
