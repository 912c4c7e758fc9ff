// The fault net's template, included only by kiosk_app.cpp: runs `body`; an
// exception that escapes it is logged, ends the visit with reason "error" and returns the
// kiosk to attract, and the process goes on. Returns false when it caught something.
#pragma once

#include <exception>

#include "ui/kiosk_app.h"

namespace tramso::ui {

template <class F>
bool KioskApp::guarded(const char* where, bool mid_frame, F&& body) {
    try {
        body();
        return true;
    } catch (const std::exception& e) {
        recover_from_fault(where, e.what(), mid_frame);
    } catch (...) {
        recover_from_fault(where, "an exception that is not a std::exception", mid_frame);
    }
    return false;
}

}  // namespace tramso::ui
