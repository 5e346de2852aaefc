# Man pages and bash completion, written at build time from the command table by make_docs
# (src/make_docs.cpp), so they say what --help says. Man pages are compressed as Debian wants
# them (gzip -9n: no name or time stamp, so the same sources give the same files).

add_executable(docket-make-docs src/make_docs.cpp)
target_link_libraries(docket-make-docs PRIVATE docket_cli $<BUILD_INTERFACE:docket_warnings>)

set(DOCKET_DOCS_DIR ${PROJECT_BINARY_DIR}/docs)
add_custom_command(OUTPUT ${DOCKET_DOCS_DIR}/stamp
  COMMAND docket-make-docs ${DOCKET_DOCS_DIR} "${DOCKET_RELEASE_DATE}"
  COMMAND ${CMAKE_COMMAND} -DDIR=${DOCKET_DOCS_DIR}/man1 -P ${PROJECT_SOURCE_DIR}/cmake/gzip_man_pages.cmake
  COMMAND ${CMAKE_COMMAND} -E touch ${DOCKET_DOCS_DIR}/stamp
  DEPENDS docket-make-docs ${PROJECT_SOURCE_DIR}/cmake/gzip_man_pages.cmake
  COMMENT "Writing the man pages and bash completion from the command table")
add_custom_target(docket-docs ALL DEPENDS ${DOCKET_DOCS_DIR}/stamp)
