# Script mode (cmake -P): run lupdate over the translation sources into temporary copies of
# the .ts files and fail on any warning. Used by the lint_translations target.
#   LUPDATE   path of Qt's lupdate
#   LST_FILE  lupdate @list file: one source per line, include paths as -I<dir>
#   TS_FILES  the tracked .ts files, separated by '|'
#   WORK_DIR  scratch directory for the copies
foreach(var LUPDATE LST_FILE WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "LintTranslations.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

string(REPLACE "|" ";" ts_files "${TS_FILES}")
set(copies "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
  list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
if(NOT copies)
  # No language yet: still scan the sources so tr() misuse is caught.
  list(APPEND copies "${WORK_DIR}/lint_xx.ts")
endif()

execute_process(
  COMMAND "${LUPDATE}" "@${LST_FILE}" -ts ${copies}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)

message("${out}")
string(STRIP "${err}" err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "lupdate reported problems (exit code ${rc}):\n${err}\n"
    "Fix the tr() use above: a QObject subclass needs Q_OBJECT, other classes "
    "Q_DECLARE_TR_FUNCTIONS(Class), and tr() takes a string literal.")
endif()

# Tell, but do not fail, when the tracked files are behind the sources.
string(REGEX MATCHALL "\\(([0-9]+) new" new_counts "${out}")
foreach(m IN LISTS new_counts)
  string(REGEX REPLACE "[^0-9]" "" n "${m}")
  if(n GREATER 0)
    message(STATUS "Note: ${n} new source text(s) not yet in the .ts files; "
      "run the update_translations target and translate them.")
    break()
  endif()
endforeach()
message(STATUS "lupdate: no warnings")
