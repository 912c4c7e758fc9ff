#include "dev/stop_signal.h"

#include <SDL.h>

namespace tramso::dev {

bool stop_requested() { return SDL_QuitRequested(); }

}  // namespace tramso::dev
