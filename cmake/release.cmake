# The release date of this version, from CHANGELOG.md ("## [0.1.0] - 2026-11-23"): the man
# pages carry it, and the Debian changelog carries it as an RFC 2822 date. The version itself
# comes only from project(VERSION); a test checks that CHANGELOG.md's latest entry matches it.

file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md release_lines REGEX "^## \\[[0-9.]+\\] - [0-9]+-[0-9]+-[0-9]+")
set(DOCKET_RELEASE_DATE "")
foreach(line IN LISTS release_lines)
  if(line MATCHES "^## \\[${PROJECT_VERSION}\\] - ([0-9]+)-([0-9]+)-([0-9]+)")
    set(DOCKET_RELEASE_DATE "${CMAKE_MATCH_1}-${CMAKE_MATCH_2}-${CMAKE_MATCH_3}")
    set(year ${CMAKE_MATCH_1})
    math(EXPR month "${CMAKE_MATCH_2}")  # drops a leading zero
    math(EXPR day "${CMAKE_MATCH_3}")
    break()
  endif()
endforeach()
if(NOT DOCKET_RELEASE_DATE)
  message(WARNING "CHANGELOG.md has no entry for ${PROJECT_VERSION}; the man pages carry no date")
  return()
endif()

# Zeller's congruence for the day of the week (0 = Saturday).
set(y ${year})
set(m ${month})
if(m LESS 3)
  math(EXPR m "${m} + 12")
  math(EXPR y "${y} - 1")
endif()
math(EXPR weekday "(${day} + (13 * (${m} + 1)) / 5 + ${y} % 100 + (${y} % 100) / 4 + (${y} / 100) / 4 + 5 * (${y} / 100)) % 7")
set(weekdays Sat Sun Mon Tue Wed Thu Fri)
list(GET weekdays ${weekday} weekday_name)
math(EXPR month_index "${month} - 1")
set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET months ${month_index} month_name)
if(day LESS 10)
  set(day "0${day}")
endif()
set(DOCKET_RELEASE_DATE_RFC2822 "${weekday_name}, ${day} ${month_name} ${year} 12:00:00 +0000")
