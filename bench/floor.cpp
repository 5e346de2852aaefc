// docket-bench-floor: the least any DOCX generator built on docket's layers must do, with
// no templating: open a package, inflate each XML part, parse it (xml::parse), serialise it
// again (xml::write_node) into a streamed ZipWriter entry, deflate, write the package.
//
//   docket-bench-floor PACKAGE.docx OUT.docx [--data DATA.xml] [--repeat R]
//   docket-bench-floor --batch OUTDIR SOURCE.docx… [--drop PART]… [--repeat R]
//   … [--sax]
//
// --sax is a stricter floor for a generator that streams its output: each XML part is
// inflated and checked by libxml2's SAX parser with no handlers (every byte tokenised, no
// tree built), and its bytes are deflated into the output as they are. The DOM floor holds
// the tree of the whole document.xml, which docket's streaming render never builds.
//
// --batch is the floor of `docket pack`: each source in turn is read and written again to
// OUTDIR/<its file name>, in one process, without merging (run.sh's pack benchmark).
// --drop PART leaves that part out of every package (run.sh drops the parts docket pack does
// not carry into a pack, such as word/stylesWithEffects.xml, for a second, leaner floor).
//
// run.sh gives it the document docket rendered for N KPIs, so the floor moves the same
// bytes docket writes; with --data it also reads and parses the data file (xml::parse, no
// validation), which any generator must do. Parts that are not XML are copied as they
// are stored, as docket does with untouched parts. Prints the medians:
//
//   floor repeats=R data_parse_ms=… package_ms=… total_ms=… (and _cpu_ms, _rss_mib) peak_rss_mib=…
//
// Each XML part is inflated and parsed inside its producer, when libzip pulls it, and its
// tree is freed when it has been written: at most one part's text and tree are alive.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <libxml/parser.h>

#include "support/diagnostic.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "timing.hpp"
#include "xml/document.hpp"
#include "xml/serialize.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

namespace docket::bench {
namespace {

struct Args {
  std::string package, output, data;
  std::string batch_dir;                 // --batch: output folder
  std::vector<std::string> batch;        // --batch: the sources
  std::vector<std::string> drop;         // --drop: parts left out
  int repeat = 5;
  bool sax = false;
};

bool is_xml_part(const std::string& name) {
  auto ends_with = [&](std::string_view s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  return ends_with(".xml") || ends_with(".rels");
}

// Inflate, parse and write one part again, streamed into the entry.
void round_trip_part(zip::ZipReader& reader, const zip::Entry& entry, ByteSink& out) {
  Diagnostics diags;
  std::string text = reader.read(entry);
  auto doc = xml::parse(text, entry.name, diags);
  if (!doc) throw Error(ErrorKind::invalid_input, "not well-formed: " + entry.name);
  std::string().swap(text);  // the tree is all that is needed now
  out.write(xml::kXmlDeclaration);
  for (const xmlNode* n = doc->get()->children; n != nullptr; n = n->next) xml::write_node(out, n);
}

// Inflate one part, check it with a SAX parser that builds nothing, write its bytes.
void sax_part(zip::ZipReader& reader, const zip::Entry& entry, ByteSink& out) {
  const std::string text = reader.read(entry);
  xmlSAXHandler handler{};  // no callbacks: libxml2 only tokenises and checks
  if (xmlSAXUserParseMemory(&handler, nullptr, text.data(), static_cast<int>(text.size())) != 0)
    throw Error(ErrorKind::invalid_input, "not well-formed: " + entry.name);
  out.write(text);
}

void round_trip_package(const std::string& package, const std::string& output,
                        const std::vector<std::string>& drop, bool sax) {
  // The output of a 100,000-row render is larger than the reader's default part limit is
  // meant for (untrusted templates); the floor reads docket's own output.
  zip::Limits limits{.max_entry_bytes = 4ull << 30, .max_total_bytes = 8ull << 30, .max_ratio = 1000};
  auto reader = zip::ZipReader::open(package, limits);
  zip::ZipWriter writer(output);
  for (const zip::Entry& entry : reader.entries()) {
    if (entry.is_directory || std::find(drop.begin(), drop.end(), entry.name) != drop.end()) continue;
    if (!is_xml_part(entry.name)) {
      writer.add_copy(reader, entry, entry.name);
      continue;
    }
    if (sax) writer.add_stream(entry.name, [&reader, &entry](ByteSink& out) { sax_part(reader, entry, out); });
    else writer.add_stream(entry.name, [&reader, &entry](ByteSink& out) { round_trip_part(reader, entry, out); });
  }
  writer.commit();
}

Args parse_args(int argc, char** argv) {
  Args args;
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) args.repeat = std::atoi(argv[++i]);
    else if (a == "--data" && i + 1 < argc) args.data = argv[++i];
    else if (a == "--batch" && i + 1 < argc) args.batch_dir = argv[++i];
    else if (a == "--sax") args.sax = true;
    else if (a == "--drop" && i + 1 < argc) args.drop.push_back(argv[++i]);
    else if (!args.batch_dir.empty()) args.batch.push_back(a);
    else if (positional == 0 && ++positional) args.package = a;
    else if (positional == 1 && ++positional) args.output = a;
  }
  const bool ok = args.batch_dir.empty() ? positional == 2 : !args.batch.empty() && args.data.empty();
  if (!ok || args.repeat < 1) {
    std::fprintf(stderr,
                 "usage: docket-bench-floor PACKAGE.docx OUT.docx [--data DATA.xml] [--repeat R]\n"
                 "       docket-bench-floor --batch OUTDIR SOURCE.docx... [--repeat R]\n");
    std::exit(2);
  }
  return args;
}

}  // namespace
}  // namespace docket::bench

int main(int argc, char** argv) {
  using namespace docket::bench;
  const Args args = parse_args(argc, argv);
  PhaseTimes times;
  try {
    for (int i = 0; i < args.repeat; ++i) {
      Stopwatch whole;
      Stopwatch t;
      if (!args.data.empty()) {
        docket::Diagnostics diags;
        const std::string text = docket::read_file(args.data, 1ull << 30);
        auto data = docket::xml::parse(text, args.data, diags);
        if (!data) throw docket::Error(docket::ErrorKind::invalid_input, "data not well-formed");
        times.lap("data_parse", t);
      }
      if (args.batch_dir.empty()) {
        round_trip_package(args.package, args.output, args.drop, args.sax);
      } else {
        for (const std::string& source : args.batch) {
          const auto slash = source.find_last_of('/');
          round_trip_package(source, args.batch_dir + "/" + source.substr(slash == std::string::npos ? 0 : slash + 1), args.drop, args.sax);
        }
      }
      times.lap("package", t);
      times.lap("total", whole);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "docket-bench-floor: %s\n", e.what());
    return 1;
  }
  times.print(args.sax ? "floorsax" : "floor");
  return 0;
}
