# gatepost_add_test(NAME <name> LABEL <core|scan|print|gui|e2e> SOURCES ... LIBS ...)
# One QtTest executable per class or screen. GUI tests run headless.
function(gatepost_add_test)
  cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE gatepost_settings Qt6::Test gatepost_testsupport ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    GATEPOST_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  # A sanitised build runs the same work several times slower (the demo community of 11,000
  # people takes minutes under ASan): the limits are for a hung test, not a measure of speed.
  if(CMAKE_CXX_FLAGS MATCHES "sanitize")
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABEL}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
