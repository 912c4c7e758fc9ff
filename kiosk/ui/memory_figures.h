// What the kiosk holds in memory, cache by cache: the soak prints it on each day line so that
// growth can be put on the cache that grew. Each cache here has a bound of its own (speech in
// voice_cache.h, pictures in image_cache.h); SQLite's page caches are SQLite's default size.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ui/image_cache.h"
#include "voice/voice_cache.h"

namespace tramso::ui {

struct MemoryFigures {
    std::size_t heap_in_use_bytes = 0;             // malloc's live allocations (all of them)
    std::optional<voice::VoiceCacheStats> speech;  // none when the kiosk does not speak
    ImageCacheStats pictures;                      // lesson pictures and the QR code
    std::size_t font_atlas_bytes = 0;              // the glyph texture, rebuilt only on a resize
    long long sqlite_bytes = 0;                    // SQLite's own heap: page caches, statements
};

// "heap in use=3.4 MB speech=2.1 MB (40 sentences) pictures=0.1 MB (1) font atlas=4.0 MB SQLite=1.2 MB"
std::string describe(const MemoryFigures& figures);

// malloc's live bytes right now (glibc's mallinfo2).
std::size_t heap_in_use_bytes();

}  // namespace tramso::ui
