# What `cmake --install` (and the Debian package) puts where. Two components:
#   runtime  the program, its data (schemas, templates, status schemes, web assets), man pages,
#            bash completion, the service unit, and the documentation
#   dev      the library for other programs: headers under include/docket/, static libraries
#            and the CMake package (find_package(docket), targets docket::docket, docket::<layer>)
# The installed program finds its data as PREFIX/share/docket from its own place
# (support/files.hpp), so a tree installed under any prefix works where it is put.

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(DOCKET_DATADIR ${CMAKE_INSTALL_DATADIR}/docket)
set(DOCKET_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/docket)

install(TARGETS docket RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(DIRECTORY schemas DESTINATION ${DOCKET_DATADIR} COMPONENT runtime)
install(FILES templates/committee-report.docx templates/agenda-front-sheet.docx templates/exempt-notice.docx
        DESTINATION ${DOCKET_DATADIR}/templates COMPONENT runtime)

# Web assets for `docket serve`, served from DATADIR/web: the web/ folder of the sources when
# there is one, and whatever the build assembled into build/web-dist (e.g. govuk-frontend's
# compiled assets) on top of it.
if(IS_DIRECTORY ${PROJECT_SOURCE_DIR}/web)
  install(DIRECTORY web/ DESTINATION ${DOCKET_DATADIR}/web COMPONENT runtime
          PATTERN "node_modules" EXCLUDE PATTERN "package*.json" EXCLUDE)
endif()
install(DIRECTORY ${PROJECT_BINARY_DIR}/web-dist/ DESTINATION ${DOCKET_DATADIR}/web OPTIONAL COMPONENT runtime)

install(DIRECTORY ${DOCKET_DOCS_DIR}/man1/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime
        FILES_MATCHING PATTERN "*.1.gz")
install(FILES ${DOCKET_DOCS_DIR}/completion/docket DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        COMPONENT runtime)

# The service: `docket serve` as the docket user, its workspace under /var/lib/docket
# (docs/install.md). Its ExecStart names the installed program, so the unit is written when
# installing, for the prefix installed to (the Debian package's /usr).
install(CODE "
  set(unit_bindir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(unit_docdir \"\${CMAKE_INSTALL_PREFIX}/${DOCKET_DOCDIR}\")
  set(unit \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/docket.service\")
  message(STATUS \"Installing: \${unit}\")
  configure_file(\"${PROJECT_SOURCE_DIR}/packaging/docket.service.in\" \"\${unit}\" @ONLY)
" COMPONENT runtime)

# The guides for officers, clerks and IT, and the sample report data (fixtures/SOURCES.md says
# where the reports come from, under the Open Government Licence).
install(FILES README.md CHANGELOG.md SECURITY.md DESTINATION ${DOCKET_DOCDIR} COMPONENT runtime)
install(DIRECTORY docs/ DESTINATION ${DOCKET_DOCDIR}/guides COMPONENT runtime FILES_MATCHING PATTERN "*.md")
install(FILES fixtures/reports/s0-peterborough-q2-2023-24.xml fixtures/reports/s2-cambridgeshire-q4-2022-23.xml
        DESTINATION ${DOCKET_DOCDIR}/examples COMPONENT runtime)
install(FILES fixtures/SOURCES.md DESTINATION ${DOCKET_DOCDIR}/examples COMPONENT runtime OPTIONAL)

# The library. Headers keep their layer folders (include/docket/pack/pack.hpp) and include
# each other as "pack/pack.hpp", so include/docket is on the include path of docket's
# targets; <docket/docket.hpp> includes the main entry points.
set(layers support zip xml ooxml format data template papers pack serve cli)
foreach(layer IN LISTS layers)
  install(DIRECTORY src/${layer}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/docket/${layer} COMPONENT dev
          FILES_MATCHING PATTERN "*.hpp")
  list(APPEND layer_targets docket_${layer})
endforeach()
install(FILES include/docket/docket.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/docket COMPONENT dev)
add_library(docket_library INTERFACE)
target_link_libraries(docket_library INTERFACE ${layer_targets})
set_target_properties(docket_library PROPERTIES EXPORT_NAME docket)
install(TARGETS ${layer_targets} docket_library EXPORT docketTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} ${CMAKE_INSTALL_INCLUDEDIR}/docket)
# Static libraries keep no debug information in a stripped install (the Debian package):
# CMake strips only programs and shared libraries itself.
if(CMAKE_STRIP)
  string(CONFIGURE [[
    if(CMAKE_INSTALL_DO_STRIP)
      file(GLOB archives "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_LIBDIR@/libdocket_*.a")
      foreach(archive IN LISTS archives)
        execute_process(COMMAND "@CMAKE_STRIP@" --strip-debug "${archive}" COMMAND_ERROR_IS_FATAL ANY)
      endforeach()
    endif()
  ]] strip_archives @ONLY)
  install(CODE "${strip_archives}" COMPONENT dev)
endif()
install(EXPORT docketTargets NAMESPACE docket:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/docket COMPONENT dev)
configure_package_config_file(cmake/docketConfig.cmake.in ${PROJECT_BINARY_DIR}/docketConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/docket PATH_VARS DOCKET_DATADIR)
# Before 1.0.0 a minor version may change the API: only the same minor version will do.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/docketConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/docketConfig.cmake ${PROJECT_BINARY_DIR}/docketConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/docket COMPONENT dev)
