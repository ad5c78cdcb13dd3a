# Writes the Kungsör demo store with the built CLI when the file is missing (cmake -P script,
# called by data/CMakeLists.txt with LAGESBILD_CLI and LAGESBILD_DEMO_STORE).
if(EXISTS "${LAGESBILD_DEMO_STORE}")
  return()
endif()
execute_process(COMMAND "${LAGESBILD_CLI}" demo "${LAGESBILD_DEMO_STORE}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lagesbild-cli demo failed (${result}); ${LAGESBILD_DEMO_STORE} was not written")
endif()
