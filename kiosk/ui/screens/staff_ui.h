// Staff mode: what the staff pages share. Staff screens are denser than learner
// screens but every target stays ≥ 12 mm (staff_target_h) and the text Vietnamese by default.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "app/staff_data.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

// Height of a staff button or list row: 12.5 mm, or more when the label font needs it.
float staff_target_h(const UiContext& ui);

// "{n} phiên" with {n} → 5: string-table templates with named holes.
std::string fill(const std::string& tpl, std::initializer_list<std::pair<const char*, std::string>> values);

// A white card behind a block of staff content.
void staff_panel(const UiContext& ui, Rect r);

// "2026-11-03 14:05" in the kiosk's local time (Vietnam), from wall-clock ms.
std::string staff_time_text(const UiContext& ui, Millis wall_ms);  // local time, config [hours]
std::string staff_reason_text(const UiContext& ui, const std::string& reason);

// The notice line under a page's title (export done, wrong year, …); returns the height used.
float staff_notice(const UiContext& ui, const app::StaffState& st, float x, float y, float w);

// The pages; each draws into `area` (below the tab bar).
void draw_staff_pin(const UiContext& ui, const app::StaffState& st, Events& out);
// `open_help`: the request she is waiting on now, shown first and prominently.
void draw_staff_dashboard(const UiContext& ui, const app::StaffState& st, const std::optional<app::HelpWait>& open_help,
                          Rect area, Events& out);
void draw_staff_sessions(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_session_detail(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_learners(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_learner(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_learner_edit(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_exports(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);
void draw_staff_maintenance(const UiContext& ui, const app::StaffState& st, Rect area, Events& out);

// An on-screen keyboard for staff fields (letters typed as Telex: "Nguyeenx" → "Nguyễn").

}  // namespace tramso::ui
