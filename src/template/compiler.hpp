#pragma once
// The compiler's internals, shared by compile.cpp (markup, values, ids) and
// compile_blocks.cpp (blocks, their branches, status cells).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "support/byte_sink.hpp"
#include "template/compile.hpp"

namespace docket::tmpl::detail {

// Collects static markup, and hands it to the program as one byte string whenever an
// instruction must come next.
class Emitter {
 public:
  explicit Emitter(Program& program) : program_(program), sink_(pending_) {}
  ByteSink& sink() { return sink_; }
  void text(std::string_view s) { sink_.write(s); }
  void push(Instruction i) {
    flush();
    program_.code.push_back(std::move(i));
  }
  void flush() {
    sink_.flush();
    if (!pending_.empty()) {
      program_.code.push_back(StaticBytes{std::move(pending_)});
      pending_.clear();
    }
  }

 private:
  Program& program_;
  std::string pending_;
  StringSink sink_;
};

class Compiler {
 public:
  Compiler(xml::Document& doc, const PartSites& sites, CompileEnv& env, Diagnostics& diags)
      : doc_(doc), sites_(sites), env_(env), diags_(diags) {}
  ProgramPtr run();

 private:
  struct Branch {
    const xmlNode* else_marker = nullptr;  // null for a block's first branch
    std::vector<xmlNode*> nodes;
  };

  const TagSite& site_of(const xmlNode* marker) const;
  bool mark_dynamic(xmlNode* n, int loops);
  bool restart_numbering(xmlNode* p);
  static std::string w_attr(const xmlNode* n, const char* name);
  void compile_children(const xmlNode* n, Emitter& out, int loops, bool top_level);
  void compile_node(xmlNode* n, Emitter& out, int loops, bool top_level);
  bool has_block_children(const xmlNode* n) const;
  void write_start_tag(xmlNode* n, Emitter& out, int loops);
  std::optional<Expression> expression(const TagSite& site, const std::string& text, Emitter* out = nullptr, bool paragraph = false);
  CompiledFilters filters(const TagSite& site);
  void compile_value(xmlNode* marker, Emitter& out, bool status_cell = false);
  void compile_rich(xmlNode* marker, Emitter& out, bool top_level);
  void compile_block(xmlNode* marker, Emitter& out, int loops, bool top_level);
  ProgramPtr compile_nodes(const std::vector<xmlNode*>& nodes, int loops, bool top_level);
  ProgramPtr compile_branches(const std::vector<Branch>& branches, std::size_t i, int loops, bool top_level);
  bool compile_status_cell(xmlNode* tc, Emitter& out, int loops);
  bool compile_fill_cell(xmlNode* tc, const std::vector<xmlNode*>& fills, Emitter& out, int loops);
  bool finish_shaded_cell(xmlNode* tc, StatusCell& cell, xmlNode* status_value, Emitter& out, int loops);
  std::shared_ptr<const ValueFormat> value_format(xmlNode* marker, const TagSite& site, Emitter& out);
  void compile_status_paragraph(xmlNode* n, Emitter& out, xmlNode* value_marker, int loops);
  static bool contains(const xmlNode* n, const xmlNode* target);
  static void collect_markers(xmlNode* n, std::vector<xmlNode*>& out);

  xml::Document& doc_;
  const PartSites& sites_;
  CompileEnv& env_;
  Diagnostics& diags_;
  std::set<const xmlNode*> dynamic_;
  std::set<const xmlNode*> numid_holes_;
};

/// A container (cell, text box, header, note) that must end with a paragraph.
bool is_container(const xmlNode* n);

}  // namespace docket::tmpl::detail
