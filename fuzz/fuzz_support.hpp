#pragma once
// Shared by the libFuzzer harnesses: a scratch folder for the files the library functions
// read and write (they take paths, as the command line and the server give them), the
// fixtures, and running one input so that docket's own refusals count as answers.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace docket::fuzz {

/// The source tree's fixtures/ folder (the harnesses read fixed inputs from it).
std::filesystem::path fixtures();

/// This process's scratch folder, removed when the fuzzer exits normally.
const std::filesystem::path& scratch();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, std::string_view bytes);

/// Writes `target`: the package `base` with `part` replaced by `bytes`.
void docx_with_part(const std::filesystem::path& base, const std::string& part, std::string_view bytes,
                    const std::filesystem::path& target);

/// Splits an input at its first "\n=====\n" (the second half is empty without one).
std::pair<std::string_view, std::string_view> split_input(std::string_view input);

/// Runs `body`; docket's Error (a refusal with a message, as the user would see it) is an
/// expected answer to a hostile input. Anything else escapes and libFuzzer reports it.
template <class Body>
void answer(Body&& body);

}  // namespace docket::fuzz

#include "support/error.hpp"

template <class Body>
void docket::fuzz::answer(Body&& body) {
  try {
    body();
  } catch (const docket::Error&) {
  }
}
