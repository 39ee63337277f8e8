# The shift leads' roster screen (src/gui/lead).
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RosterPage.cpp ${CMAKE_CURRENT_LIST_DIR}/RosterPage.h
)
