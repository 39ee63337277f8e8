# The office station's screens (src/gui/office), part of gatepost_gui so that one lupdate run
# sees every string. Each part of the pass office adds its files in its own block below.
target_link_libraries(gatepost_gui PUBLIC gatepost_print)
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OfficeServices.h
)

# --- the office window: sign-on, tabs, registry pages ---
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/HouseholdsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/HouseholdsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficeDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficePanels.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficePanels.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficeSignOn.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficeSignOn.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficeTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficeTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficeText.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficeText.h
  ${CMAKE_CURRENT_LIST_DIR}/OfficeWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/OfficeWindow.h
  ${CMAKE_CURRENT_LIST_DIR}/PassDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/PassDialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/PassesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/PassesPage.h
  ${CMAKE_CURRENT_LIST_DIR}/PeoplePage.cpp ${CMAKE_CURRENT_LIST_DIR}/PeoplePage.h
  ${CMAKE_CURRENT_LIST_DIR}/PhotoCaptureDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PhotoCaptureDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/RecordDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordDialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistryPage.cpp ${CMAKE_CURRENT_LIST_DIR}/RegistryPage.h
  ${CMAKE_CURRENT_LIST_DIR}/VehiclesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/VehiclesPage.h
)

# --- import ---
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ImportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/ImportText.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportText.h
)

# --- printing ---
find_package(Qt6 6.4 REQUIRED COMPONENTS PrintSupport)
target_link_libraries(gatepost_gui PUBLIC Qt6::PrintSupport)
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PrintActions.cpp ${CMAKE_CURRENT_LIST_DIR}/PrintActions.h
)

# --- returnees and quarantine ---
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/QuarantineNames.cpp ${CMAKE_CURRENT_LIST_DIR}/QuarantineNames.h
  ${CMAKE_CURRENT_LIST_DIR}/QuarantinePanel.cpp ${CMAKE_CURRENT_LIST_DIR}/QuarantinePanel.h
  ${CMAKE_CURRENT_LIST_DIR}/TemperatureGrid.cpp ${CMAKE_CURRENT_LIST_DIR}/TemperatureGrid.h
)
