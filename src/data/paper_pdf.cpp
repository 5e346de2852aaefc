// Opening PDF papers with qpdf, and the check `validate` makes of each: readable without a
// password, not encrypted, with pages, every stream decoding within the limits.
#include "data/pdf_file.hpp"  // first: it sets qpdf's PointerHolder mode

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "data/detail/paper_checks.hpp"
#include "support/error.hpp"

namespace docket::data {

namespace {

std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Counts decoded bytes and discards them, stopping at the limits. qpdf catches what a pipeline
// throws (and calls the stream damaged), so the refusal is kept for the caller to throw.
class CountingPipeline : public Pipeline {
 public:
  CountingPipeline(std::uint64_t& total, const std::string& name, const PdfLimits& limits)
      : Pipeline("docket-count", nullptr), total_(total), name_(name), limits_(limits) {}
  void write(unsigned char const*, size_t len) override {
    stream_ += len;
    total_ += len;
    if (stream_ > limits_.max_stream_bytes) {
      refusal_ = name_ + ": a stream of this PDF decodes past the limit of " + mib(limits_.max_stream_bytes);
    } else if (total_ > limits_.max_total_bytes) {
      refusal_ = name_ + " decodes past the limit of " + mib(limits_.max_total_bytes) + " for a whole PDF";
    }
    if (!refusal_.empty()) throw std::runtime_error(refusal_);  // stops qpdf decoding
  }
  void finish() override {}
  void throw_if_refused() const {
    if (refusal_.empty()) return;
    throw UnsafeInput(refusal_, "this looks like a compressed bomb, not a paper; do not use this file", name_);
  }

 private:
  std::uint64_t stream_ = 0;
  std::uint64_t& total_;
  const std::string& name_;
  const PdfLimits& limits_;
  std::string refusal_;
};

}  // namespace

void open_pdf(QPDF& pdf, const std::filesystem::path& file, const PdfLimits& limits) {
  const std::string name = file.string();
  pdf.setSuppressWarnings(true);
  try {
    pdf.processFile(file.c_str());
  } catch (const QPDFExc& e) {
    if (e.getErrorCode() == qpdf_e_password) {
      throw IoError(name + " is a password-protected PDF", "ask the sender for a copy without a password", name);
    }
    throw IoError(name + " is a damaged PDF: " + e.getMessageDetail(),
                  "open it and save or print it to a new PDF, or ask the sender for a new copy", name);
  } catch (const std::exception& e) {
    throw IoError(name + " cannot be read as a PDF: " + e.what(), "ask the sender for a new copy", name);
  }
  if (pdf.getObjectCount() > limits.max_objects) {
    throw UnsafeInput(name + " has more than " + std::to_string(limits.max_objects) + " objects",
                      "a paper has far fewer; this file is not a normal PDF", name);
  }
  try {
    if (QPDFPageDocumentHelper(pdf).getAllPages().size() > limits.max_pages) {
      throw UnsafeInput(name + " has more than " + std::to_string(limits.max_pages) + " pages",
                        "split it into smaller papers", name);
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw IoError(name + " is a damaged PDF: " + e.what(),
                  "open it and save or print it to a new PDF, or ask the sender for a new copy", name);
  }
}

bool decode_all_streams(QPDF& pdf, const std::string& name, const PdfLimits& limits) {
  std::uint64_t total = 0;
  bool clean = true;
  for (auto& object : pdf.getAllObjects()) {
    if (!object.isStream()) continue;
    CountingPipeline counter(total, name, limits);
    try {
      clean = object.pipeStreamData(&counter, 0, qpdf_dl_generalized, true) && clean;
    } catch (const std::exception&) {
      clean = false;
    }
    counter.throw_if_refused();
  }
  return clean;
}

namespace detail {

std::optional<PaperProblem> check_pdf_paper(const std::filesystem::path& file) {
  const std::string name = file.string();
  QPDF pdf;
  try {
    open_pdf(pdf, file);
  } catch (const IoError& e) {
    const std::string message = e.what();
    const bool password = message.find("password-protected") != std::string::npos;
    return PaperProblem{message.substr(name.size() + 1), e.hint(), password ? "paper-encrypted" : "paper-damaged"};
  }
  if (pdf.isEncrypted()) {
    return PaperProblem{"is an encrypted PDF (it restricts copying or changing it)",
                        "ask the sender for a copy without restrictions, or print it to a new PDF",
                        "paper-encrypted"};
  }
  if (QPDFPageDocumentHelper(pdf).getAllPages().empty()) {
    return PaperProblem{"is a PDF with no pages", "name the right file", "paper-damaged"};
  }
  const bool clean = decode_all_streams(pdf, name);
  if (!clean || pdf.anyWarnings()) {
    const auto warnings = pdf.getWarnings();
    return PaperProblem{"is a damaged PDF, which docket has repaired" +
                            (warnings.empty() ? std::string() : " (" + warnings.front().getMessageDetail() + ")"),
                        "check its pages in the PDF pack, or save or print it to a new PDF", "paper-repaired", true};
  }
  return std::nullopt;
}

}  // namespace detail

}  // namespace docket::data
