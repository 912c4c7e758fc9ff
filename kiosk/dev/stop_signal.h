// SDL turns SIGTERM and SIGINT into a quit event on its own queue (the real kiosk's loop reads
// it there). The headless tools never read that queue, so they ask here between commands;
// without it a long script or soak would ignore `kill`.
#pragma once

namespace tramso::dev {

bool stop_requested();

}  // namespace tramso::dev
