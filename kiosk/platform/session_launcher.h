// tramso-session: the main process of tramso-kiosk.service. It starts the compositor (cage),
// which starts the kiosk, and stands between them and systemd:
//
//  - Relays sd_notify. With PAMName=login, pam_systemd moves the unit's processes into a
//    logind session scope; systemd then still recognises the main process by its pid, but not
//    its children, so READY=1 and WATCHDOG=1 from the kiosk would be dropped even with
//    NotifyAccess=all (systemd.exec(5), PAMName=). The kiosk sends them to a socket of ours
//    instead, and we forward them as the main process.
//  - Points XDG_RUNTIME_DIR at the unit's RuntimeDirectory: pam_systemd sets /run/user/UID,
//    which ProtectHome=yes hides, and the compositor needs a runtime dir for its socket.
//  - Stops in the right order: SIGTERM goes to the kiosk first (so it can finish writing the
//    session store), then the compositor, then SIGKILL to whatever remains. On the watchdog's
//    SIGABRT, the hung kiosk gets SIGABRT (a core dump to look at). Nothing is left running
//    in the session scope, where systemd would no longer reach it.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"

namespace tramso::platform {

class Logger;

struct SessionOptions {
    std::vector<std::string> command;  // e.g. {"/usr/bin/cage", "-s", "--", "/opt/tramso/bin/tramso", …}
    Millis stop_grace_ms = 8'000;      // after SIGTERM to the kiosk, before the compositor gets one
    Millis kill_grace_ms = 3'000;      // after that, before SIGKILL to all that remains
};

// "tramso-session [--stop-grace-ms N] [--kill-grace-ms N] -- COMMAND [ARG…]"
Result<SessionOptions> parse_session_args(const std::vector<std::string>& args);

// Runs the command until it and everything it started have exited, relaying notifications.
// Returns the status to exit with: the command's own, 128+N if a signal ended it, 0 after a
// requested stop. Errors are start-up failures (socket, fork).
Result<int> run_session(const SessionOptions& options, const Clock& clock, Logger& log);

}  // namespace tramso::platform
