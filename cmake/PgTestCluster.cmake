# A throwaway PostgreSQL cluster for the tests that need a hub: ctest fixture "pg". ctest starts it
# once (scripts/pg-test-cluster, in <build>/pg-test, loopback, a random port) before the first test
# that requires it and stops it after the last. When it cannot start, the start test is reported
# as Skipped and the tests skip loudly, naming <build>/pg-test/log.
# A test joins with gatepost_use_pg(<test name>); tests/support/PgTestServer reads the folder from
# GATEPOST_TEST_PG_DIR.
set(GATEPOST_PG_TEST_DIR ${CMAKE_BINARY_DIR}/pg-test CACHE INTERNAL "the throwaway PostgreSQL cluster of the tests")

add_test(NAME pg_cluster_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster start ${GATEPOST_PG_TEST_DIR})
set_tests_properties(pg_cluster_start PROPERTIES
  FIXTURES_SETUP pg SKIP_RETURN_CODE 77 TIMEOUT 180 LABELS sync)
add_test(NAME pg_cluster_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster stop ${GATEPOST_PG_TEST_DIR})
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg TIMEOUT 60 LABELS sync)

function(gatepost_use_pg TEST_NAME)
  set_property(TEST ${TEST_NAME} APPEND PROPERTY FIXTURES_REQUIRED pg)
  set_property(TEST ${TEST_NAME} APPEND PROPERTY ENVIRONMENT "GATEPOST_TEST_PG_DIR=${GATEPOST_PG_TEST_DIR}")
endfunction()
