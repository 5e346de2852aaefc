#pragma once
// Helpers for the DocumentAssembler tests (test_da_*.cpp): the templates under
// fixtures/assembler/ (made by scripts/make-assembler-fixtures.py) rendered by `docket render`
// against fixtures/assembler/data/customer.xml. The renders run in a child process with a time
// limit, so a crash or a hang in the engine fails one test instead of ending the whole run.
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace docket::test {

/// A file under fixtures/assembler/.
std::filesystem::path assembler_fixture(const std::string& name);

/// `docket ARGS` with standard input from /dev/null, ended after a minute (status 124).
RunResult run_docket_bounded(const std::string& args);

/// `docket render fixtures/assembler/TMPL fixtures/assembler/data/customer.xml -o OUT EXTRA`.
RunResult render_assembler(const std::string& tmpl, const std::filesystem::path& out, const std::string& extra = "");

/// The texts of the runs marked as DocumentAssembler marks errors: w:color FF0000 and
/// w:highlight yellow, in document order.
std::vector<std::string> error_runs(const std::filesystem::path& docx, const std::string& part = "word/document.xml");

/// The line of `output` that contains `needle` (without its newline), or "" if none does.
std::string line_with(const std::string& output, const std::string& needle);

/// ooxml-validate on several documents in one call (it is slow to start); "" when all are
/// valid or when the validator is absent (then with a WARN).
std::string ooxml_problems_of(const std::vector<std::filesystem::path>& docs);

}  // namespace docket::test
