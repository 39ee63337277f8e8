# gatepost_add_test(NAME <name> LABEL <core|scan|print|gui|e2e> SOURCES ... LIBS ... [FULL_UNWIND])
# One QtTest executable per class or screen. GUI tests run headless.
# FULL_UNWIND: under ASan, record every allocation's stack with the slow unwinder. A test that opens
# a camera device (a missing /dev/video99) needs it: OpenCV's probing of the capture backends leaks
# from libraries it loads and unloads again, and only the full stack reaches the libraries
# tests/sanitizers/lsan.supp names. It costs time on every malloc,
# so only those tests pay it.
function(gatepost_add_test)
  cmake_parse_arguments(T "FULL_UNWIND" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
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
  set(T_ENV "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
  if(CMAKE_CXX_FLAGS MATCHES "sanitize")
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
    if(T_FULL_UNWIND)
      list(APPEND T_ENV "ASAN_OPTIONS=fast_unwind_on_malloc=0")
    endif()
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABEL}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${T_ENV}")
endfunction()
