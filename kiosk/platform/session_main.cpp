// tramso-session: see session_launcher.h. Started by tramso-kiosk.service as
//   tramso-session -- /usr/bin/cage -s -- /opt/tramso/bin/tramso --config … --db …
#include <cstdio>
#include <string>
#include <vector>

#include "core/clock.h"
#include "platform/log.h"
#include "platform/session_launcher.h"

int main(int argc, char** argv) {
    using namespace tramso::platform;
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto options = parse_session_args(args);
    if (!options) {
        std::fprintf(stderr, "tramso-session: %s\n", options.error().to_string().c_str());
        return 2;
    }
    tramso::SystemClock clock;
    Logger log(clock, LogOptions{});  // the journal under systemd, stderr otherwise
    auto status = run_session(*options, clock, log);
    if (!status) {
        log.error("tramso-session: " + status.error().to_string());
        return 1;
    }
    return *status;
}
