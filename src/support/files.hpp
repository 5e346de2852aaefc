#pragma once
// Reading input files whole, with a size limit, and locating docket's shipped data.
#include <cstdint>
#include <filesystem>
#include <string>

namespace docket {

/// Reads a whole file ("-" reads standard input). Throws IoError when it cannot be read and
/// UnsafeInput when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes);

/// The folder holding docket's shipped `schemas/` and `templates/`: $DOCKET_DATA_DIR if set,
/// else the installed share/docket, else the source tree docket was built from.
std::filesystem::path data_dir();

/// docket's version, e.g. "0.1.0".
const char* version();

}  // namespace docket
