#pragma once
// Reading input files whole, with a size limit, and locating docket's shipped data.
#include <cstdint>
#include <filesystem>
#include <string>

namespace docket {

/// Reads a whole file ("-" reads standard input). Throws IoError when it cannot be read and
/// UnsafeInput when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes);

/// The folder holding docket's shipped `schemas/` and `templates/`: $DOCKET_DATA_DIR if set
/// (the command line's --data-dir sets it), else PREFIX/share/docket for a program installed
/// as PREFIX/bin/docket, else a share/docket folder beside the program (a build tree), else
/// /usr/local/share/docket or /usr/share/docket (for other programs using the library).
/// Throws IoError when DOCKET_DATA_DIR names a folder without them, or none is found.
std::filesystem::path data_dir();

/// The template reports are rendered with when none is named: $DOCKET_HOUSE_TEMPLATE (the
/// council's own) if set, else the shipped templates/committee-report.docx.
std::filesystem::path house_template();

/// docket's version, e.g. "0.1.0".
const char* version();

}  // namespace docket
