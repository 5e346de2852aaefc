#include "template/runtime.hpp"

#include <algorithm>

#include "format/status_colour.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "template/rich_text.hpp"
#include "template/functions.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

xmlXPathObject* lookup_variable(void* data, const xmlChar* name, const xmlChar* ns_uri) {
  if (ns_uri != nullptr) return nullptr;
  return static_cast<Runtime*>(data)->variable(reinterpret_cast<const char*>(name));
}

bool trim_empty(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

long IdCounters::next(IdKind kind) {
  switch (kind) {
    case IdKind::bookmark: return next_bookmark++;
    case IdKind::drawing: return next_drawing++;
    case IdKind::content_control: return next_content_control++;
  }
  return 0;
}

Runtime::Runtime(RenderEnv& env, const PartSites& sites)
    : env_(env), sites_(sites), current_(env.data_root) {
  env_.xpath.set_variable_lookup(lookup_variable, this);
}

Runtime::~Runtime() { env_.xpath.set_variable_lookup(nullptr, nullptr); }

void Runtime::run(const Program& program, ByteSink& out) {
  current_ = env_.data_root;
  execute(program, out);
}

void Runtime::execute(const Program& program, ByteSink& out) {
  for (const Instruction& instruction : program.code) {
    std::visit(Overloaded{
        [&](const StaticBytes& s) { out.write(s.bytes); },
        [&](const BlockWritten& b) { last_block_paragraph_ = b.paragraph; },
        [&](const WriteValue& v) { write_value(v, out); },
        [&](const WriteRich& r) { write_rich(r, *this, out); },
        [&](const Block& b) { write_block(b, out); },
        [&](const WriteId& w) {
          long id = w.original;
          if (!loops_.empty()) {
            auto key = std::make_pair(static_cast<int>(w.kind), w.original);
            auto [it, fresh] = loops_.back().ids.emplace(key, 0);
            if (fresh) it->second = env_.ids.next(w.kind);
            id = it->second;
          }
          out.write(std::to_string(id));
        },
        [&](const WriteBookmarkName& w) {
          std::string name = w.original;
          for (const Frame& f : loops_) name += "_" + std::to_string(f.index + 1);
          out.write(xml::escape_attribute(name));
        },
        [&](const WriteNumId& w) {
          long id = w.original;
          if (w.scope_depth < loops_.size()) {
            auto key = std::make_pair(loops_[w.scope_depth].serial, w.original);
            auto it = restarted_.find(key);
            if (it == restarted_.end()) {
              auto abstract = env_.numbering.abstract_of(w.original);
              long fresh = abstract ? env_.numbering.add_restarted_num(*abstract) : w.original;
              it = restarted_.emplace(key, fresh).first;
            }
            id = it->second;
          }
          out.write(std::to_string(id));
        },
        [&](const StatusCell& c) { write_status_cell(c, out); },
        [&](const WriteTemplateError& e) {
          if (env_.draft) write_error_in_place(e.message, e.paragraph ? Level::paragraph : Level::run, out);
        },
        [&](const EnsureParagraph& e) {
          const bool saved = last_block_paragraph_;
          last_block_paragraph_ = false;
          execute(*e.body, out);
          if (!last_block_paragraph_) out.write(e.empty_paragraph);
          out.write(e.close);
          last_block_paragraph_ = saved;
        },
    }, instruction);
  }
}

std::string Runtime::where_in_data() const {
  if (loops_.empty() || current_ == nullptr) return {};
  return " (for <" + std::string(xml::local_name(current_)) + "> at line " +
         std::to_string(xml::line_of(current_)) + " of " + env_.data_file + ")";
}

// On a problem, `gap` is what a draft shows in the value's place: [MISSING: path] when nothing
// is selected, [ERROR: …] when a value is there but cannot be printed.
std::optional<std::string> Runtime::evaluate(std::size_t site, const Expression& e, const CompiledFilters& f,
                                             bool optional, std::string& gap) {
  gap.clear();
  auto fail = [&](std::string message, std::string hint, const char* code) -> std::optional<std::string> {
    gap = "[ERROR: " + message + "]";
    problem(site, Severity::error, message + where_in_data(), std::move(hint), code);
    return std::nullopt;
  };
  std::string error;
  Selected s = e.value(env_.xpath, current_, error);
  if (s.not_finite) {
    return fail("cannot print " + e.text() + ": " + error,
                "check that each value in the calculation is a number in the data, such as 1250000 or -12.5",
                "template.not-a-number");
  }
  if (!error.empty()) {
    return fail("cannot evaluate " + e.text() + ": " + error,
                error == "the expression does too much work"
                    ? "make the expression select the elements it means (kpis/kpi rather than //*), with fewer "
                      "conditions inside each other"
                : is_function_error(error)
                    ? "correct the value or the arguments, as docs/template-language.md describes for the function"
                    : "check the function names and $variables ($number, $outer and the others exist only inside "
                      "{{#each}})",
                "template.xpath-error");
  }
  std::size_t first_filter = 0;
  if (!s.found || (f.default_at && trim_empty(s.text))) {
    if (f.default_at) {
      s.text = f.calls[*f.default_at].args.at(0);
      first_filter = *f.default_at + 1;
    } else if (optional) {
      return std::nullopt;
    } else {
      problem(site, Severity::error, e.text() + " selects nothing" + where_in_data(),
              "add ? to make it optional ({{ " + e.text() + " ? }}), give a default "
              "({{ " + e.text() + " | default \"…\" }}), or check the path against the data",
              "template.selects-nothing");
      gap = "[MISSING: " + e.text() + "]";
      return std::nullopt;
    }
  }
  const bool blank = trim_empty(s.text);
  try {
    for (std::size_t i = first_filter; i < f.filters.size(); ++i) s.text = f.filters[i]->apply(s.text);
  } catch (const format::FilterError& err) {
    fail(err.what(), err.hint(), "template.filter-value");
    if (blank) gap = "[MISSING: " + e.text() + "]";  // an empty value is a gap to fill
    return std::nullopt;
  }
  return s.text;
}

void Runtime::write_value(const WriteValue& v, ByteSink& out) {
  if (v.document_assembler) return write_da_value(v, out);
  std::string gap;
  auto text = evaluate(v.site, v.expression, v.filters, v.optional, gap);
  if (!text) {
    if (!gap.empty() && env_.draft) {
      if (v.plain_text) xml::write_escaped_text(out, gap);
      else write_text_runs(gap, v.style.missing, out);
    }
    return;
  }
  if (v.plain_text) {
    xml::write_escaped_text(out, *text);
    return;
  }
  if (v.field_code) {
    out.write("<w:r>");
    out.write(v.style.plain);
    out.write("<w:instrText xml:space=\"preserve\">");
    xml::write_escaped_text(out, *text);
    out.write("</w:instrText></w:r>");
    return;
  }
  if (v.format) return write_formatted(v, *text, out);
  const std::string* rpr = &v.style.plain;
  if (v.status_cell && env_.status_fill) {
    if (auto colours = env_.status_fill(*text)) {
      // Black and white are prepared; another text colour falls back to whichever of the
      // two reads better on the fill.
      std::string text_colour = colours->text;
      if (text_colour != "FFFFFF" && text_colour != "000000") {
        if (auto rgb = format::Rgb::parse_hex(colours->fill)) text_colour = format::readable_text_colour(*rgb).to_hex();
      }
      rpr = text_colour == "FFFFFF" ? &v.style.white : &v.style.black;
    }
  }
  write_text_runs(*text, *rpr, out);
}

void Runtime::write_text_runs(std::string_view text, const std::string& rpr, ByteSink& out) {
  if (text.empty()) return;
  out.write("<w:r>");
  out.write(rpr);
  std::size_t start = 0;
  bool open = false;
  auto flush = [&](std::size_t end) {
    if (end > start) {
      if (!open) out.write("<w:t xml:space=\"preserve\">");
      open = true;
      xml::write_escaped_text(out, text.substr(start, end - start));
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\t' || c == '\r') {
      flush(i);
      if (open) out.write("</w:t>");
      open = false;
      if (c == '\n') out.write("<w:br/>");
      if (c == '\t') out.write("<w:tab/>");
      start = i + 1;
    }
  }
  flush(text.size());
  if (open) out.write("</w:t>");
  out.write("</w:r>");
}

void Runtime::check_bounds(const Block& b, const ByteSink& out) {
  const bool too_many = ++repetitions_ > kMaxRepetitions;
  if (!too_many && out.size() <= kMaxPartBytes) return;
  const TagSite& s = sites_.sites[b.site];
  const std::string loop = b.document_assembler ? "<Repeat Select=\"" + b.expression.text() + "\">"
                                                 : "{{#each " + b.expression.text() + "}}";
  throw UnsafeInput(
      sites_.file + ": " + sites_.part + ": paragraph " + std::to_string(s.paragraph) + " “" + s.excerpt + "”: " + loop +
          (too_many ? " repeats more than " + std::to_string(kMaxRepetitions) + " times in all"
                    : " makes " + sites_.part + " larger than " + std::to_string(kMaxPartBytes >> 20) + " MiB") +
          ", far beyond any real report (loops inside loops multiply)",
      "make the loop select the elements it means (kpis/kpi rather than //*), or nest fewer loops", sites_.file);
}

void Runtime::note_selection(std::size_t site, bool selected) {
  if (env_.report_empty) ever_selected_[site] |= selected;
}

void Runtime::problem(std::size_t site, Severity severity, std::string message, std::string hint, std::string code) {
  auto [it, fresh] = problems_.emplace(site, Problem{});
  if (fresh) {
    it->second.diagnostic = sites_.at(sites_.sites[site], severity, std::move(message), std::move(hint), std::move(code));
  }
  ++it->second.count;
}

void Runtime::data_problem(const xmlNode* node, std::string message, std::string hint, std::string code,
                           Severity severity) {
  const long line = xml::line_of(node);
  for (auto& p : data_problems_) {
    if (p.diagnostic.line == line && p.diagnostic.message == message) {
      ++p.count;
      return;
    }
  }
  data_problems_.push_back({Diagnostic{.severity = severity, .file = env_.data_file, .line = line, .message = std::move(message),
                                       .hint = std::move(hint), .code = std::move(code)}, 1});
}

void Runtime::report(Diagnostics& diags) {
  for (const auto& [site, selected] : ever_selected_) {
    if (selected) continue;
    const TagSite& s = sites_.sites[site];
    std::string so = "{{#" + std::string(block_name(s.tag.block)) + "}} never holds";
    std::string hint = "check the path if the block should appear";
    if (s.tag.kind == TagKind::else_) {
      so = "{{else if}} never holds";
    } else if (s.tag.block == BlockKind::each) {
      so = "the block never appears";
    } else if (s.tag.block == BlockKind::unless) {
      so = "{{#unless}} always holds";
      hint = "check the path if what {{#unless}} holds should sometimes be left out";
    }
    diags.add(sites_.at(s, Severity::warning, s.tag.expression + " selects nothing in this data, so " + so, hint,
                        "template.selects-nothing"));
  }
  ever_selected_.clear();
  auto add = [&](Problem& p) {
    if (p.count > 1) p.diagnostic.message += " (and " + std::to_string(p.count - 1) + " more times)";
    diags.add(std::move(p.diagnostic));
  };
  for (auto& [site, p] : problems_) add(p);
  for (auto& p : data_problems_) add(p);
  problems_.clear();
  data_problems_.clear();
}

long Runtime::rich_list_number(bool ordered, std::optional<long> style_num_id) {
  auto& numbering = env_.numbering;
  if (ordered) {
    std::optional<long> abstract = style_num_id ? numbering.abstract_of(*style_num_id) : std::nullopt;
    if (!abstract) {
      if (!fallback_numbers_) {
        fallback_numbers_ = numbering.add_abstract({"decimal", "lowerLetter", "lowerRoman"});
      }
      abstract = fallback_numbers_;
    }
    return numbering.add_restarted_num(*abstract);
  }
  if (!fallback_bullets_) fallback_bullets_ = numbering.add_num(numbering.add_abstract({"bullet", "bullet", "bullet"}));
  return *fallback_bullets_;
}

}  // namespace docket::tmpl
