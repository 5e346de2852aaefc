#pragma once
// Wrapping one paired block into a dk:block element at the level where its tags sit: inside
// one paragraph (run), alone in paragraphs with the same parent (paragraph), or from the
// start of a row's first cell to the end of a row's last cell (row). Each {{else}} becomes a
// dk:else marker inside the block, where its branch begins.
#include <libxml/tree.h>

#include <cstddef>
#include <set>
#include <vector>

#include "support/diagnostic.hpp"
#include "template/site.hpp"

namespace docket::tmpl::detail {

/// A block's tags: the opening one, each {{else}} / {{else if}} in order, and the closing one.
struct Pair {
  std::size_t open = 0;
  std::size_t close = 0;
  std::vector<std::size_t> elses;
};

class BlockWrapper {
 public:
  BlockWrapper(PartSites& sites, Diagnostics& diags, NodeBin& bin) : s_(sites), diags_(diags), bin_(bin) {}

  /// Wraps the block (inner blocks must be wrapped first), or reports why it cannot be.
  void wrap(const Pair& p);
  /// Paragraphs left holding only the tags of paragraph-level blocks.
  const std::set<xmlNode*>& doomed() const noexcept { return doomed_; }

 private:
  TagSite& site(std::size_t i) { return s_.sites[i]; }
  void error(const TagSite& at, std::string message, std::string hint, const char* code);
  xmlNode* new_block(std::size_t open_site, Level level);
  void wrap_run(const Pair& p, TagSite& o, TagSite& c);
  void wrap_paragraphs(const Pair& p, TagSite& o, xmlNode* po, xmlNode* pc);
  bool elses_at_paragraph_level(const Pair& p, const xmlNode* po) const;
  void wrap_rows(const Pair& p, TagSite& o, TagSite& c, xmlNode* r1, xmlNode* r2);
  void take_out_row_tag(xmlNode* marker);

  PartSites& s_;
  Diagnostics& diags_;
  NodeBin& bin_;
  std::set<xmlNode*> doomed_;
};

/// The w:p a marker is in (null when none).
xmlNode* paragraph_of(const xmlNode* n);
/// “{{#each x}}” (paragraph 3), for messages naming a tag.
std::string where(const TagSite& s);

}  // namespace docket::tmpl::detail
