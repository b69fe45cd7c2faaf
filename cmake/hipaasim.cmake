# Shared helpers for hipaasim's targets.

# Warnings every target gets; HIPAASIM_WERROR turns them into errors (CI does).
function(hipaasim_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                           -Wno-missing-field-initializers)
  if(HIPAASIM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()

# hipaasim_library(NAME SOURCES... [DEPS targets...])
function(hipaasim_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  hipaasim_target_defaults(${name})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# hipaasim_test(NAME LABEL label SOURCES... [DEPS targets...] [ENVIRONMENT VAR=value...])
# One GoogleTest binary; each TEST becomes its own ctest entry carrying the label (and run with
# the environment given).
function(hipaasim_test name)
  cmake_parse_arguments(ARG "" "LABEL" "SOURCES;DEPS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  hipaasim_target_defaults(${name})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    HIPAASIM_SOURCE_DIR="${PROJECT_SOURCE_DIR}" HIPAASIM_BINARY_DIR="${PROJECT_BINARY_DIR}")
  set(properties LABELS ${ARG_LABEL})
  if(ARG_ENVIRONMENT)
    list(APPEND properties ENVIRONMENT "${ARG_ENVIRONMENT}")
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ${properties})
endfunction()
