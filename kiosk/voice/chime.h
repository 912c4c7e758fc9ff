// The soft two-note chime that tells staff in the room someone asked for help ([help] chime),
// made in code so that no sound file ships with the kiosk.
#pragma once

#include "voice/pcm.h"

namespace tramso::voice {

// About a second: a higher note, then a lower one, each fading out, at a quarter of full scale
// so it does not startle her; it starts and ends at silence, with no click.
Pcm help_chime();

}  // namespace tramso::voice
