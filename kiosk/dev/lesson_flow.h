// `tramso-dev lesson-flow ID [CONTENT_DIR] [--off-centre MM]` writes a driver script that walks a lesson as a
// learner would: every step, one wrong tap on the first practice and one wrong answer on the
// first quiz, with a screenshot of each step (a practice before and after the right tap, which
// must bring up a text of its result that was not on screen before), then the finish screen with its QR code (shot
// "<id>-qr", which run_lesson_flow.sh scans with zbarimg) and back home. CTest runs one per
// bundled lesson, so a lesson whose target cannot be reached on screen fails the build, not a
// learner.
#pragma once

#include <string>
#include <vector>

#include "lessons/content.h"

namespace tramso::dev {

// With `off_centre_mm`, each right tap on the phone lands that far beside the target's centre
// (`--off-centre MM`), as a shaky finger would.
std::string lesson_flow_script(const Lesson& lesson, double off_centre_mm = 0);
// `args` are the words after "lesson-flow"; returns the exit code.
int lesson_flow(const std::vector<std::string>& args);

}  // namespace tramso::dev
