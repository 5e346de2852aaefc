#pragma once
// Reading input files whole, with a size limit, and locating docket's shipped data.
#include <cstdint>
#include <filesystem>
#include <string>

namespace docket {

/// Reads a whole file ("-" reads standard input). Throws IoError when it cannot be read and
/// UnsafeInput when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes);

/// Whether two paths name the same file: the same path once made absolute and normal, or, when
/// both exist, one file by two names (a symbolic or hard link). "-" (standard input or output)
/// is never the same as anything.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Refuses (UsageError) writing `output` when it is the input `input`, which `what` names
/// ("the template", "the agenda"): the write would replace the file being read.
void refuse_output_onto_input(const std::filesystem::path& output, const std::filesystem::path& input,
                              const std::string& what);

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
