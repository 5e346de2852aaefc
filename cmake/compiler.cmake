# Warning flags per compiler, and builds that carry no path of the machine they were made on.

add_library(docket_warnings INTERFACE)
# -Wno-missing-field-initializers: GCC 12 warns when a designated initializer leaves out
# members that have default member initializers, which is the point of using them.
# -Wno-restrict (GCC only; clang has no such warning): at -O3 GCC 12 reports overlapping
# copies inside std::string's own inlined code (GCC bug 105329), which made Release builds
# fail under -Werror.
target_compile_options(docket_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<BOOL:${DOCKET_WERROR}>:-Werror>)
# Undefined behaviour stops the program (a test or fuzzer fails) instead of printing and going on.
if(DOCKET_SANITIZE)
  target_compile_options(docket_warnings INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                                   -fno-omit-frame-pointer)
  target_link_options(docket_warnings INTERFACE -fsanitize=address,undefined)
  # GCC's manual: the sanitizers "tend to increase the rate of false positive warnings, most
  # notably those around -Wmaybe-uninitialized"; GCC 12 at -O1 reports one inside libstdc++'s
  # <regex>. The normal build keeps the warning.
  target_compile_options(docket_warnings INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
endif()
# The fuzz build: every object (the libraries too) carries libFuzzer's coverage and the
# sanitizers; the harnesses add libFuzzer's main (fuzz/CMakeLists.txt).
if(DOCKET_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# The hardening Debian's own packages get from dpkg-buildflags: stack protector, checked
# buffer functions (they need optimisation, so not in Debug builds, nor under the sanitisers)
# and a read-only relocation table bound at start-up.
if(DOCKET_HARDEN)
  add_compile_options(-fstack-protector-strong)
  if(NOT DOCKET_SANITIZE AND NOT DOCKET_FUZZ)
    add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_link_options(-Wl,-z,relro,-z,now)
  endif()
endif()

# Source and build folders are written into the objects as "." and "build" (in __FILE__ and
# debug information), so the program and its debug symbols are the same wherever they were
# built and never show the build machine's paths. A test checks the program for them.
add_compile_options(-ffile-prefix-map=${PROJECT_SOURCE_DIR}=.)
if(NOT PROJECT_BINARY_DIR MATCHES "^${PROJECT_SOURCE_DIR}/")
  add_compile_options(-ffile-prefix-map=${PROJECT_BINARY_DIR}=build)
endif()

# qpdf's JSON.hh (included by every qpdf header) does not compile with clang before 16 and
# libstdc++ in C++20: a virtual defaulted destructor of a nested struct holding
# std::vector<JSON> is instantiated while JSON is still incomplete. The files that include
# qpdf are compiled as C++17 there; they need nothing newer but designated initializers, which
# clang accepts in C++17 as an extension. Call it in the folder whose
# CMakeLists.txt makes the target (source properties belong to a folder).
function(docket_qpdf_sources)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
    set_source_files_properties(${ARGN} PROPERTIES COMPILE_OPTIONS "-std=c++17;-Wno-c++20-designator")
  endif()
endfunction()
