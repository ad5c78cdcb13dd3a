# Fails when a Catch2 executable (TEST_EXECUTABLE) has a test case whose name CTest cannot run:
# catch_discover_tests splits names at `;` into parts that match no test case.
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
                OUTPUT_VARIABLE names
                ERROR_VARIABLE errors
                RESULT_VARIABLE result)
if(NOT result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-names-only failed: ${result}\n${errors}")
endif()
if(names STREQUAL "")
  message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test cases\n${errors}")
endif()
string(REPLACE ";" "<SEMICOLON>" names "${names}")
string(REPLACE "\n" ";" lines "${names}")
set(bad "")
foreach(line IN LISTS lines)
  if(line MATCHES "<SEMICOLON>")
    string(REPLACE "<SEMICOLON>" ";" line "${line}")
    string(APPEND bad "  ${line}\n")
  endif()
endforeach()
if(NOT bad STREQUAL "")
  message(FATAL_ERROR "Test case names with `;` never run under CTest (it splits them); rename:\n${bad}")
endif()
message(STATUS "no test case name of ${TEST_EXECUTABLE} contains `;`")
