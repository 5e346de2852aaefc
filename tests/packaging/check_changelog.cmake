# cmake -DCHANGELOG=CHANGELOG.md -DVERSION=x.y.z -P check_changelog.cmake
# The newest release in CHANGELOG.md (its first "## [x.y.z] - date") is project(VERSION).
file(STRINGS ${CHANGELOG} releases REGEX "^## \\[")
list(GET releases 0 newest)
if(NOT newest MATCHES "^## \\[${VERSION}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
  message(FATAL_ERROR "CHANGELOG.md's newest entry is \"${newest}\"; the project's version is ${VERSION}")
endif()
