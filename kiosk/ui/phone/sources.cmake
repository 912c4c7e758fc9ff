# Sources of the simulated phone, appended to kiosk_ui.
target_sources(kiosk_ui PRIVATE
)
