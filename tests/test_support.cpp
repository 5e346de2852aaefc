#include "test_support.hpp"

#define POINTERHOLDER_TRANSITION 4  // we use no PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace docket::test {

std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(DOCKET_SOURCE_DIR) / relative;
}

ScratchDir::ScratchDir(const std::string& name) {
  path_ = std::filesystem::path(DOCKET_TEST_TMP) / (name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

RunResult run_shell(const std::string& command) {
  ScratchDir tmp("run");
  auto out = tmp / "stdout";
  auto err = tmp / "stderr";
  std::string full = command + " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string());
  int raw = std::system(full.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = read_text(out);
  r.err = read_text(err);
  return r;
}

RunResult run_docket(const std::string& args, const std::string& input_file) {
  std::string in = input_file.empty() ? "/dev/null" : input_file;
  return run_shell(shell_quote(DOCKET_BINARY) + " " + args + " <" + shell_quote(in));
}

std::filesystem::path ooxml_validator() {
  auto p = std::filesystem::path(DOCKET_SOURCE_DIR).parent_path() / "shared" / "tools" /
           "ooxml-validate";
  return std::filesystem::exists(p) ? p : std::filesystem::path();
}

std::string ooxml_problems(const std::filesystem::path& docx) {
  auto tool = ooxml_validator();
  if (tool.empty()) {
    WARN("../shared/tools/ooxml-validate is absent: skipping the ECMA-376 check of " +
         docx.string());
    return {};
  }
  auto r = run_shell(shell_quote(tool.string()) + " --quiet " + shell_quote(docx.string()));
  return r.status == 0 ? std::string() : r.out + r.err;
}

std::string qdf_text(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setQDFMode(true);
  w.setObjectStreamMode(qpdf_o_disable);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

bool pdf_holds(const std::string& qdf, const std::string& marker) {
  std::string utf16, hex, hex16;
  static constexpr char kDigits[] = "0123456789abcdef";
  for (unsigned char c : marker) {
    utf16 += '\0';
    utf16 += static_cast<char>(c);
    hex += {kDigits[c >> 4], kDigits[c & 15]};
  }
  for (unsigned char c : marker) hex16 += std::string("00") + kDigits[c >> 4] + kDigits[c & 15];
  auto upper = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  for (const auto& form : {std::string(marker), utf16, hex, hex16, upper(hex), upper(hex16)}) {
    if (qdf.find(form) != std::string::npos) return true;
  }
  return false;
}

}  // namespace docket::test
