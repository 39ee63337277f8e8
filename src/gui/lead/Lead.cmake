# The shift lead's screens (src/gui/lead), part of gatepost_gui so that one lupdate run sees
# every string. Each part of the shift leads' work adds its files in its own block below.

# --- rules and operators ---
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LeadServices.h
  ${CMAKE_CURRENT_LIST_DIR}/LeadText.cpp ${CMAKE_CURRENT_LIST_DIR}/LeadText.h
  ${CMAKE_CURRENT_LIST_DIR}/LeadWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/LeadWindow.h
  ${CMAKE_CURRENT_LIST_DIR}/OperatorsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/OperatorsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/PatrolsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/PatrolsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/RulesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/RulesPage.h
)
