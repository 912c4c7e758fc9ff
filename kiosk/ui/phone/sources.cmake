# Sources of the simulated phone, appended to kiosk_ui.
target_sources(kiosk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/phone_elements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_elements_rich.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_frame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_hint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_scene.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_shapes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_style.cpp
  ${CMAKE_CURRENT_LIST_DIR}/phone_text.cpp
)
# QR codes in scenes are real codes (qr/qr_matrix.h).
target_link_libraries(kiosk_ui PUBLIC tramso_qr)
# Still pictures of the phone for the follow-up site (`tramso site`).
target_sources(kiosk_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/phone_picture.cpp)
target_link_libraries(kiosk_ui PUBLIC tramso_site)
