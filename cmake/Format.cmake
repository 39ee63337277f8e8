# `format` rewrites every C++ file with clang-format; the `format_check` test fails on any
# file that is not formatted (CI runs it with the other tests).
find_program(CLANG_FORMAT NAMES clang-format clang-format-14)
if(CLANG_FORMAT)
  file(GLOB_RECURSE GATEPOST_FORMAT_FILES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
    ${PROJECT_SOURCE_DIR}/bench/*.cpp)
  add_custom_target(format COMMAND ${CLANG_FORMAT} -i ${GATEPOST_FORMAT_FILES}
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format")
  if(GATEPOST_BUILD_TESTS)
    add_test(NAME format_check COMMAND ${CLANG_FORMAT} --dry-run -Werror ${GATEPOST_FORMAT_FILES}
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(format_check PROPERTIES LABELS lint)
  endif()
endif()
