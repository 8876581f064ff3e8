# run_golden.cmake - one golden test: run TOOL on INPUT, compare its stdout
# with EXPECTED; on a mismatch write ACTUAL and fail. The tool exits 0 on
# syntax errors too, so any other status is a crash or a sanitizer report.
execute_process(COMMAND ${TOOL} ${INPUT}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TOOL} ${INPUT} exited with ${rc}\n${err}")
endif()
file(READ ${EXPECTED} want)
if(NOT out STREQUAL want)
  file(WRITE ${ACTUAL} "${out}")
  message(FATAL_ERROR "output differs from ${EXPECTED}; see ${ACTUAL}\n"
                      "(diff ${EXPECTED} ${ACTUAL})")
endif()
