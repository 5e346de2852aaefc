#include "serve/form_schema.hpp"

// How a complex type's content model becomes the form's slots: one field or list per element
// the officer fills in, one rich-text slot for blocks, inline markup left to the text control.

namespace docket::serve::form {

namespace {

bool all_inline(const Particle& p) {
  if (p.kind == Particle::Kind::element) return is_inline_name(p.element->name);
  for (const auto& i : p.items) {
    if (!all_inline(i)) return false;
  }
  return true;
}

bool all_blocks(const Particle& p) {
  if (p.kind == Particle::Kind::element) return is_block_name(p.element->name);
  for (const auto& i : p.items) {
    if (!all_blocks(i)) return false;
  }
  return !p.items.empty();
}

// The element declarations a particle offers (not blocks or inline markup).
void alternatives(const Particle& p, std::vector<const ElementDecl*>& out, bool& text) {
  if (p.kind == Particle::Kind::element) {
    if (is_block_name(p.element->name)) text = true;
    else if (!is_inline_name(p.element->name)) out.push_back(p.element);
    return;
  }
  for (const auto& i : p.items) alternatives(i, out, text);
}

void flatten(const Particle& p, int min, bool many, int& next_choice, std::vector<Slot>& out) {
  const int pmin = p.min * min;
  const bool pmany = many || p.max != 1;
  if (all_inline(p)) return;  // the text of a mixed element
  if (all_blocks(p)) {
    if (!out.empty() && out.back().kind == Slot::Kind::text) return;
    out.push_back({.kind = Slot::Kind::text, .min = pmin > 0 ? 1 : 0, .max = -1});
    return;
  }
  switch (p.kind) {
    case Particle::Kind::element:
      out.push_back({.kind = Slot::Kind::element, .elements = {p.element}, .min = pmin, .max = pmany ? -1 : p.max});
      return;
    case Particle::Kind::sequence:
    case Particle::Kind::all:
      for (const auto& i : p.items) flatten(i, pmin, pmany, next_choice, out);
      return;
    case Particle::Kind::choice: {
      if (!pmany) {
        // One of several: each alternative is an optional field of its own.
        const int group = next_choice++;
        for (const auto& i : p.items) {
          const std::size_t first = out.size();
          flatten(i, 0, false, next_choice, out);
          for (std::size_t k = first; k < out.size(); ++k) out[k].choice = group;
        }
        return;
      }
      Slot s{.kind = Slot::Kind::list, .min = pmin, .max = -1};
      alternatives(p, s.elements, s.text);
      if (s.elements.size() == 1 && !s.text) s.kind = Slot::Kind::element;
      if (!s.elements.empty() || s.text) out.push_back(std::move(s));
      return;
    }
  }
}

}  // namespace

bool is_block_name(std::string_view n) { return n == "p" || n == "ul" || n == "ol" || n == "table"; }

bool is_inline_name(std::string_view n) {
  return n == "b" || n == "strong" || n == "i" || n == "em" || n == "u" || n == "br" || n == "a";
}

std::vector<Slot> slots_of(const Particle& content, int& next_choice) {
  std::vector<Slot> out;
  flatten(content, 1, false, next_choice, out);
  return out;
}

}  // namespace docket::serve::form
