# The shift lead's review of the crossing log (src/gui/lead): the paged table, filters, charts.
target_sources(gatepost_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CrossingTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CrossingTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ReviewCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewCharts.h
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.h
)
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
target_link_libraries(gatepost_gui PUBLIC Qt6::Charts)
