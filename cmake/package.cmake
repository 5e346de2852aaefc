# The Debian packages, made by `cpack -G DEB` (or `cmake --build build --target package`) from
# the build tree: docket (the program, its data, man pages, completion, service) and docket-dev
# (headers, static libraries, the CMake package). Run-time libraries are found by
# dpkg-shlibdeps; LibreOffice is recommended, as only PDF output needs it.

set(DOCKET_MAINTAINER "docket maintainers <maintainers@docket.invalid>" CACHE STRING
    "The Maintainer of the Debian packages: \"Name <address>\"")

# Debian's own files for the runtime package: copyright, its changelog, maintainer scripts,
# /etc/default/docket.
set(deb_dir ${PROJECT_BINARY_DIR}/packaging/debian)
configure_file(packaging/debian/copyright ${deb_dir}/copyright @ONLY)
configure_file(packaging/debian/changelog.in ${deb_dir}/changelog @ONLY)
file(WRITE ${deb_dir}/conffiles "/etc/default/docket\n")
foreach(script postinst prerm postrm)
  file(COPY packaging/debian/${script} DESTINATION ${deb_dir}
       FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
# The changelog compressed as Debian wants it (gzip -9n), at build time.
find_program(GZIP_PROGRAM gzip)
if(GZIP_PROGRAM)
  add_custom_command(OUTPUT ${deb_dir}/changelog.gz
    COMMAND ${GZIP_PROGRAM} -9nc ${deb_dir}/changelog > ${deb_dir}/changelog.gz
    DEPENDS ${deb_dir}/changelog)
  add_custom_target(docket-debian-changelog ALL DEPENDS ${deb_dir}/changelog.gz)
  install(FILES ${deb_dir}/changelog.gz DESTINATION ${DOCKET_DOCDIR} COMPONENT runtime)
  install(FILES ${deb_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/docket-dev COMPONENT dev)
endif()
install(FILES ${deb_dir}/copyright DESTINATION ${DOCKET_DOCDIR} COMPONENT runtime)
install(FILES ${deb_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/docket-dev COMPONENT dev)
# The service's settings: /etc/default/docket for the /usr prefix (the package), else
# PREFIX/etc/default/docket, so that an install to a scratch prefix leaves /etc alone.
install(CODE "
  if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
    set(sysconf /etc)
  else()
    set(sysconf \"\${CMAKE_INSTALL_PREFIX}/etc\")
  endif()
  file(INSTALL \"${PROJECT_SOURCE_DIR}/packaging/docket.default\" DESTINATION \"\${sysconf}/default\" RENAME docket)
" COMPONENT runtime)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME docket)
set(CPACK_PACKAGE_VENDOR "The docket contributors")
set(CPACK_PACKAGE_CONTACT "${DOCKET_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Installed with DESTDIR into the staging folder and the prefix /usr, so that install code
# (the unit's ExecStart, /etc/default/docket) sees the prefix the package installs to.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE docket)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME docket)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "libreoffice-writer-nogui | libreoffice-writer, fonts-liberation2, fonts-liberation, fonts-crosextra-carlito, fonts-crosextra-caladea, poppler-utils")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA "${deb_dir}/conffiles;${deb_dir}/postinst;${deb_dir}/prerm;${deb_dir}/postrm")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "committee reports and agenda packs from Word templates
docket fills council committee-report templates (Word .docx) from XML data
checked against an XML Schema and the committee-paper rules (exempt
paragraphs, key decisions, periods, KPIs, risks), and assembles agenda packs:
a front sheet, every item's papers in order, each starting on an odd page,
exempt papers withheld from the public pack. With LibreOffice it also writes
tagged PDF.
.
This package holds the docket program with its templates, schemas and
status schemes, man pages, bash completion and a hardened systemd service
running `docket serve`.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME docket-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "docket (= ${PROJECT_VERSION}), libxml2-dev, libzip-dev, libicu-dev, libqpdf-dev, libfontconfig-dev, libcpp-httplib-dev, libsodium-dev, libboost-program-options-dev, libboost-dev, nlohmann-json3-dev, pkg-config")
# The first line of each description is the package's synopsis.
set(CPACK_COMPONENT_DEV_DESCRIPTION "library for committee reports and agenda packs (development files)
docket fills council committee-report templates (Word .docx) from XML data
and assembles agenda packs.
.
This package holds docket's library for other programs: the headers under
/usr/include/docket, static libraries and a CMake package
(find_package(docket), target docket::docket).")

include(CPack)
