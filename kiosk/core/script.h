// The headless driver's script language, parsed without any UI so tests can check it alone.
// One command a line, '#' starts a comment:
//   tap "Label" | tap X Y | press "Label" SECONDS | drag X1 Y1 X2 Y2 | keys "text"
//   tap "Label" DX DY   taps DX millimetres right and DY down from the widget's centre
//                       (negative: left, up), as a shaky finger lands beside its aim
//   wait SECONDS | shot NAME | expect "text" | expect-not "text"
// Numbers are finite; coordinates are not negative (the runner, which knows the screen, also
// keeps them on it); press holds at most kMaxPressSeconds and wait passes at most
// kMaxWaitSeconds of simulated time. A shot NAME is a plain file name (kept inside --shots):
// letters, digits, '-', '_' and '.', not starting with '.'.
//   scroll-to "Label" "Button"   tap Button (e.g. "Xuống") until Label is visible, as a person would
//   fault draw|flow   the next frame throws inside the screen's drawing or the flow (this
//                     proves the kiosk recovers; only scripts can do this, never a touch)
//   keys "Nguyễn Văn"   taps the on-screen keys a person would: each character's key, "Dấu cách"
//                       for a space, "Chữ hoa" / "123" / "ABC" when the key is on another case or
//                       page, and a toned letter (ễ) as its letter (ê) then the tone key
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace tramso {

// A staff hold is 3 s; a minute is far beyond any gesture.
inline constexpr double kMaxPressSeconds = 60;
// Idle resets and lockouts take minutes; a day also covers the daily backup and the date turning.
inline constexpr double kMaxWaitSeconds = 24 * 3600;

struct ScriptCommand {
    enum class Kind {
        TapLabel,
        TapOffset,
        TapAt,
        PressLabel,
        Drag,
        Keys,
        Wait,
        Shot,
        Expect,
        ExpectNot,
        ScrollTo,
        Fault
    };
    Kind kind;
    std::string text;          // label, keys, shot name or expected text
    std::string text2;         // scroll-to: the button that scrolls
    std::vector<double> nums;  // coordinates, millimetres or seconds
    int line = 0;
};

struct Script {
    std::string file;
    std::vector<ScriptCommand> commands;
};

Result<Script> parse_script(std::string_view source, const std::string& file);
Result<Script> load_script(const std::string& path);

}  // namespace tramso
