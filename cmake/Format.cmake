# `format` target: clang-format -i over the C++ sources, using the checked-in .clang-format.
# CI checks the same files with `clang-format --dry-run --Werror` (scripts/test.sh).
find_program(HUB_CLANG_FORMAT NAMES clang-format clang-format-14)
file(GLOB_RECURSE HUB_FORMAT_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
list(SORT HUB_FORMAT_SOURCES)
if(HUB_CLANG_FORMAT)
  add_custom_target(format
    COMMAND ${HUB_CLANG_FORMAT} -i --style=file ${HUB_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format -i on core/ ui/ app/ tests/"
    VERBATIM)
else()
  add_custom_target(format
    COMMAND ${CMAKE_COMMAND} -E echo "clang-format not found: run scripts/install-deps.sh"
    COMMAND ${CMAKE_COMMAND} -E false
    VERBATIM)
endif()
