#pragma once
// The sample meeting as a clerk keeps it in a workspace (agendas/NAME with its papers below
// it), pack builds waited for, and what a DOCX holds.
#include <thread>

#include "serve/pack_builds.hpp"
#include "serve_test_support.hpp"
#include "zip/zip_reader.hpp"

namespace docket::serve::test {

/// A word planted in the exempt Part II report: no public output may hold it.
inline constexpr const char* kExemptMarker = "EXEMPTMARKER7731";

inline std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

/// Puts the sample agenda (fixtures/agenda-pcc-cabinet-2023-12-18.xml) in agendas/`name`, its
/// reports in agendas/reports/ and its papers in agendas/papers/, as it names them. `spreadsheet`: keep Appendix 2 (an .xlsx
/// LibreOffice converts, slow); the handler tests leave it out.
inline void add_meeting(Served& s, const std::string& name = "cabinet.xml", bool spreadsheet = false) {
  namespace fs = std::filesystem;
  std::string agenda = docket::test::read_text(docket::test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"));
  if (!spreadsheet) {
    const auto from = agenda.find("<appendix label=\"2\"");
    agenda.erase(from, agenda.find("/>", from) + 2 - from);
  }
  docket::test::write_text(s.workspace() / "agendas" / name, agenda);
  const auto papers = s.workspace() / "agendas" / "papers", reports = s.workspace() / "agendas" / "reports";
  fs::create_directories(papers);
  fs::create_directories(reports);
  for (const auto& e : fs::directory_iterator(docket::test::source_path("fixtures/papers"))) {
    if (e.is_regular_file()) fs::copy_file(e.path(), papers / e.path().filename(), fs::copy_options::overwrite_existing);
  }
  for (const char* r : {"pcc-city-market-regeneration.xml", "s0-peterborough-q2-2023-24.xml", "pcc-bridge-street-acquisition.xml"}) {
    fs::copy_file(docket::test::source_path(std::string("fixtures/reports/") + r), reports / r, fs::copy_options::overwrite_existing);
  }
  const std::string exempt = docket::test::read_text(reports / "pcc-bridge-street-acquisition.xml");
  docket::test::write_text(reports / "pcc-bridge-street-acquisition.xml",
                           replace_all(exempt, "To seek approval", std::string(kExemptMarker) + " To seek approval"));
}

/// Waits until the job has finished; its state then.
inline JobState finished(App& app, const std::string& id) {
  for (;;) {
    const auto s = app.jobs().wait(id, -1, std::chrono::seconds(1));
    REQUIRE(s);
    if (s->status == JobState::Status::done || s->status == JobState::Status::failed) return *s;
    app.jobs().wait(id, s->version, std::chrono::seconds(5));
  }
}

/// The job id in a redirect to the packs page ("…/packs?job=job-3").
inline std::string job_of(const Response& r) {
  const std::string at = r.header("Location");
  const auto q = at.find("job=");
  if (q == std::string::npos) return {};
  return at.substr(q + 4, at.find('&', q) == std::string::npos ? std::string::npos : at.find('&', q) - q - 4);
}

/// Every part of a DOCX inflated and joined, or a file's bytes when it is not a zip.
inline std::string all_text(const std::filesystem::path& file) {
  const std::string bytes = docket::test::read_text(file);
  if (bytes.rfind("PK", 0) != 0) return bytes;
  auto zip = zip::ZipReader::open(file);
  std::string out;
  for (const auto& e : zip.entries()) {
    if (!e.is_directory) out += zip.read(e);
  }
  return out;
}

}  // namespace docket::serve::test
