#include "test_da_support.hpp"

#include <catch2/catch.hpp>

#include "rendered_text.hpp"

namespace docket::test {

std::filesystem::path assembler_fixture(const std::string& name) {
  return source_path("fixtures/assembler/" + name);
}

RunResult run_docket_bounded(const std::string& args) {
  // A render takes well under a second; one that runs for a minute is stuck (status 124).
  return run_shell("timeout 60 " + shell_quote(DOCKET_BINARY) + " " + args + " </dev/null");
}

RunResult render_assembler(const std::string& tmpl, const std::filesystem::path& out, const std::string& extra) {
  return run_docket_bounded("render " + shell_quote(assembler_fixture(tmpl).string()) + " " +
                            shell_quote(assembler_fixture("data/customer.xml").string()) + " -o " +
                            shell_quote(out.string()) + extra);
}

std::vector<std::string> error_runs(const std::filesystem::path& docx, const std::string& part) {
  return xpath_strings(part_xml(docx, part),
                       "//w:r[w:rPr/w:color/@w:val='FF0000' and w:rPr/w:highlight/@w:val='yellow']/w:t");
}

std::string line_with(const std::string& output, const std::string& needle) {
  const auto at = output.find(needle);
  if (at == std::string::npos) return {};
  const auto begin = output.rfind('\n', at);
  const auto end = output.find('\n', at);
  return output.substr(begin == std::string::npos ? 0 : begin + 1,
                       end == std::string::npos ? std::string::npos : end - (begin == std::string::npos ? 0 : begin + 1));
}

std::string ooxml_problems_of(const std::vector<std::filesystem::path>& docs) {
  auto tool = ooxml_validator();
  if (tool.empty()) {
    WARN("../shared/tools/ooxml-validate is absent: skipping the ECMA-376 check");
    return {};
  }
  std::string command = shell_quote(tool.string()) + " --quiet";
  for (const auto& d : docs) command += " " + shell_quote(d.string());
  auto r = run_shell(command);
  return r.status == 0 ? std::string() : r.out + r.err;
}

}  // namespace docket::test
