#include "serve/form_view.hpp"

#include <algorithm>
#include <cctype>

#include "serve/form_fields.hpp"
#include "serve/html.hpp"
#include "serve/rich_text.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve::form {

namespace {

constexpr const char* kOverviewAnchor = "task-list";

std::string plural(const std::string& label) {
  if (label.empty() || label.back() == 's') return label;
  return label + "s";
}

std::string lower_first(std::string s) {
  if (s.size() > 1 && std::islower(static_cast<unsigned char>(s[1]))) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

bool technical(const Attribute& a) {
  return a.type.kind == ValueKind::id || a.xml_namespace || !a.fixed.empty();
}

bool leaf_like(const ElementDecl& d) {
  if (d.complex == nullptr) return true;
  const ComplexType& t = *d.complex;
  if (!t.slots.empty()) return t.is_blocks() && t.attributes.empty();
  return true;  // simple content, attributes only, or inline text
}

// A few words saying which item this is: its heading, title or name.
std::string summary_of(const xmlNode* e) {
  for (const char* name : {"heading", "title", "name", "description", "post"}) {
    if (auto text = xml::child_text(e, name)) {
      std::string t;
      for (char c : *text) {
        const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (ws && (t.empty() || t.back() == ' ')) continue;
        t += ws ? ' ' : c;
      }
      t = abbreviate(trim(t), 60);
      if (!t.empty()) return t;
    }
  }
  return {};
}

}  // namespace

FormView::FormView(const FormSchema& schema, xmlNode* root)
    : root_(root), root_decl_(schema.root(xml::local_name(root))) {
  if (root_decl_ == nullptr || root_decl_->complex == nullptr) {
    throw InvalidInput("the schema has no element <" + std::string(xml::local_name(root)) + "> to edit");
  }
  index_.anchor_of_path[key_of(root)] = kOverviewAnchor;
  index_.part_of_anchor[kOverviewAnchor] = "";
}

std::vector<Part> FormView::parts() const {
  std::vector<Part> out;
  const ComplexType& t = *root_decl_->complex;
  const Layout layout = layout_of(t, root_);
  for (const auto& si : layout.slots) {
    const Slot& s = *si.slot;
    Part p{.name = s.name(), .label = label_for(s.kind == Slot::Kind::text ? "text" : s.name()), .slot = si.index,
           .count = si.items.size(), .required = s.min > 0};
    if (s.max != 1) p.label = plural(p.label);
    out.push_back(std::move(p));
  }
  out.push_back({.name = "settings", .label = "Document settings", .slot = -1, .count = 1, .required = true});
  return out;
}

void FormView::index_all(bool values) {
  values_.clear();
  quiet_ = true;
  record_ = values;
  for (const auto& p : parts()) {
    trail_ = {p.label};
    render(p.name, nullptr);
  }
  trail_.clear();
  quiet_ = record_ = false;
}

std::string FormView::render(std::string_view part, const MappedProblems* problems) {
  part_ = std::string(part);
  problems_ = problems;
  std::string out;
  const ComplexType& t = *root_decl_->complex;
  if (part == "settings") {
    attributes(out, root_, key_of(root_), t, false);
    attributes(out, root_, key_of(root_), t, true);
    return out;
  }
  const Layout layout = layout_of(t, root_);
  for (const auto& si : layout.slots) {
    if (si.slot->name() == part) {
      slot(out, root_, t, si, 0);
      return out;
    }
  }
  throw InvalidInput("this report has no part called “" + std::string(part) + "”");
}

FieldInfo FormView::info(const std::string& key, std::string label, std::string hint, bool required) {
  FieldInfo f{.id = id_for(key), .key = key, .label = std::move(label), .hint = hints_ ? std::move(hint) : std::string(),
              .required = required, .quiet = quiet_};
  if (problems_ != nullptr) {
    if (auto it = problems_->by_anchor.find(f.id); it != problems_->by_anchor.end()) f.problems = it->second;
  }
  return f;
}

void FormView::record(const FieldInfo& f, const std::string& value) {
  if (!record_) return;
  std::string label;
  for (const auto& t : trail_) label += t + " \u203A ";
  values_.push_back({f.key, part_, label + f.label, value});
}

void FormView::place(const std::string& path, const std::string& anchor) {
  index_.anchor_of_path[path] = anchor;
  index_.part_of_anchor[anchor] = part_;
}

std::string FormView::add_button(const std::string& parent_key, const std::string& what, const std::string& label) {
  return "<button type=\"submit\" class=\"govuk-button govuk-button--secondary dk-add\" data-module=\"govuk-button\" name=\"action\" value=\"" +
         esc("add|" + parent_key + "|" + what) + "\">" + esc(label) + "</button>\n";
}

std::string FormView::item_actions(const std::string& key, const std::string& noun, bool first, bool last, bool removable) {
  std::string out = "<div class=\"govuk-button-group dk-item-actions\">";
  auto b = [&](const char* verb, const char* words, const char* style) {
    out += "<button type=\"submit\" class=\"govuk-button govuk-button--" + std::string(style) +
           " dk-small\" data-module=\"govuk-button\" name=\"action\" value=\"" + esc(std::string(verb) + "|" + key) +
           "\" data-action=\"" + verb + "\">" + words + "<span class=\"govuk-visually-hidden\"> " + esc(noun) +
           "</span></button>";
  };
  if (!first) b("up", "Move up", "secondary");
  if (!last) b("down", "Move down", "secondary");
  if (removable) b("remove", "Remove", "warning");
  out += "</div>\n";
  return out;
}

void FormView::text_run(std::string& out, const std::string& key, const std::vector<xmlNode*>& nodes, bool blocks,
                        const std::string& label, const std::string& hint, bool required, const std::string& actions) {
  FieldInfo f = info(key, label, hint, required);
  if (!quiet_ || record_) {
    const rich::Nodes content = rich::normalise(rich::from_data(nodes), blocks);
    const std::string text = rich::to_text(content);
    out += rich_field(f, blocks, text, quiet_ ? std::string() : rich::to_html(content));
    out += actions;
    record(f, text);
  }
  place(key, f.id);
  for (xmlNode* n : nodes) {
    if (n->type == XML_ELEMENT_NODE) place(key_of(n), f.id);
  }
}

void FormView::attributes(std::string& out, xmlNode* e, const std::string& key, const ComplexType& t, bool tech) {
  std::string fields;
  bool open = false;
  for (const auto& a : t.attributes) {
    if (technical(a) != tech) continue;
    const std::string akey = attribute_key(key, a.name);
    FieldInfo f = info(akey, label_for(a.name), a.doc.empty() ? a.type.doc : a.doc, a.required);
    open |= !f.problems.empty();
    fields += value_field(f, a.type, e ? attribute_value(e, a) : std::string());
    place(akey, f.id);
    record(f, e ? attribute_value(e, a) : std::string());
  }
  if (!tech || fields.empty()) {
    out += fields;
    return;
  }
  out += "<details class=\"govuk-details\"" + std::string(open ? " open" : "") +
         "><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">Identifiers and language</span></summary>"
         "<div class=\"govuk-details__text\">\n" + fields + "</div></details>\n";
}

void FormView::element(std::string& out, xmlNode* e, const ElementDecl& d, int depth, const std::string& title,
                       const std::string& actions) {
  const std::string key = key_of(e);
  if (d.complex == nullptr) {
    FieldInfo f = info(key, title, d.doc.empty() ? d.simple.doc : d.doc, true);
    out += value_field(f, d.simple, simple_value(e)) + actions;
    place(key, f.id);
    record(f, simple_value(e));
    return;
  }
  const ComplexType& t = *d.complex;
  const std::string hint = d.doc.empty() ? t.doc : d.doc;
  if (t.slots.empty() && !t.mixed && t.simple_content) {
    FieldInfo f = info(key, title, hint, true);
    out += "<div class=\"dk-element\">" + value_field(f, *t.simple_content, simple_value(e));
    place(key, f.id);
    record(f, simple_value(e));
    attributes(out, e, key, t, false);
    attributes(out, e, key, t, true);
    out += actions + "</div>\n";
    return;
  }
  if (t.slots.empty() && !t.mixed && t.attributes.size() == 1) {
    const Attribute& a = t.attributes.front();
    const std::string akey = attribute_key(key, a.name);
    FieldInfo f = info(akey, title, hint + (a.doc.empty() || hint.empty() ? a.doc : " " + a.doc), a.required);
    out += value_field(f, a.type, attribute_value(e, a)) + actions;
    place(key, f.id);
    place(akey, f.id);
    record(f, attribute_value(e, a));
    return;
  }
  if (t.is_blocks() && t.attributes.empty()) {
    const Layout layout = layout_of(t, e);
    const auto& runs = layout.slots.front().items;
    text_run(out, runs.empty() ? text_key(key, 1) : text_key(key, runs.front().text_index),
             runs.empty() ? std::vector<xmlNode*>{} : runs.front().nodes, true, title, hint, t.slots[0].min > 0, actions);
    place(key, id_for(runs.empty() ? text_key(key, 1) : text_key(key, runs.front().text_index)));
    for (std::size_t i = 1; i < runs.size(); ++i) {
      text_run(out, text_key(key, runs[i].text_index), runs[i].nodes, true, title + " (continued)", "", false, "");
    }
    return;
  }
  FieldInfo own = info(key, title, hint, false);
  place(key, own.id);
  trail_.push_back(title);
  const bool error = std::any_of(own.problems.begin(), own.problems.end(),
                                 [](const Diagnostic* p) { return p->severity == Severity::error; });
  const char* size = depth <= 1 ? "m" : "s";
  out += "<div class=\"govuk-form-group dk-element" + std::string(error ? " govuk-form-group--error" : "") +
         "\">\n<fieldset class=\"govuk-fieldset\" id=\"" + esc(own.id) + "\"" +
         (own.hint.empty() ? std::string() : " aria-describedby=\"" + esc(own.id) + "-hint\"") +
         ">\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--" + size + "\"><h" +
         std::to_string(std::min(depth + 2, 6)) + " class=\"govuk-fieldset__heading\">" + esc(title) + "</h" +
         std::to_string(std::min(depth + 2, 6)) + "></legend>\n";
  if (!own.hint.empty()) out += "<div id=\"" + esc(own.id) + "-hint\" class=\"govuk-hint\">" + esc(own.hint) + "</div>\n";
  out += problem_messages(own);
  if (t.mixed) text_run(out, inline_key(key), inline_nodes(e), false, "Text", "", false, "");
  attributes(out, e, key, t, false);
  slots(out, e, t, depth + 1);
  const Layout layout = layout_of(t, e);
  for (const xmlNode* u : layout.unknown) {
    out += "<div class=\"govuk-inset-text\">This " + esc(title) + " also holds “" + esc(label_for(xml::local_name(u))) +
           "”, which this form does not edit. It is kept as it is in the file.</div>\n";
    place(key_of(u), own.id);
  }
  attributes(out, e, key, t, true);
  out += actions + "</fieldset>\n</div>\n";
  trail_.pop_back();
}

void FormView::absent(std::string& out, xmlNode* parent, const ComplexType& pt, int slot_index, const ElementDecl& d,
                      int depth) {
  (void)pt;
  (void)slot_index;
  (void)depth;
  const std::string key = key_of(parent) + "/" + d.name + "[1]";
  const std::string title = label_for(d.name);
  if (!leaf_like(d)) {
    out += add_button(key_of(parent), d.name, "Add " + lower_first(title));
    return;
  }
  if (d.complex == nullptr) {
    FieldInfo f = info(key, title, d.doc.empty() ? d.simple.doc : d.doc, false);
    out += value_field(f, d.simple, "");
    place(key, f.id);
    return;
  }
  const ComplexType& t = *d.complex;
  const std::string hint = d.doc.empty() ? t.doc : d.doc;
  if (t.is_blocks()) {
    text_run(out, text_key(key, 1), {}, true, title, hint, false, "");
    return;
  }
  if (t.mixed) {
    FieldInfo f = info(inline_key(key), title, hint, false);
    out += rich_field(f, false, "", "");
    place(inline_key(key), f.id);
    return;
  }
  if (t.simple_content) {
    FieldInfo f = info(key, title, hint, false);
    out += value_field(f, *t.simple_content, "");
    place(key, f.id);
    return;
  }
  if (t.attributes.size() == 1) {
    const Attribute& a = t.attributes.front();
    FieldInfo f = info(attribute_key(key, a.name), title, hint, false);
    out += value_field(f, a.type, "");
    place(attribute_key(key, a.name), f.id);
    return;
  }
  // Attributes only (a period, a target): its fields are shown empty, and the element is
  // made when one of them is filled in.
  FieldInfo own = info(key, title + " (optional)", hint, false);
  place(key, own.id);
  trail_.push_back(title);
  std::string fields;
  attributes(fields, nullptr, key, t, false);
  trail_.pop_back();
  out += "<div class=\"govuk-form-group dk-element\"><fieldset class=\"govuk-fieldset\" id=\"" + esc(own.id) +
         "\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">" + esc(own.label) + "</legend>\n" +
         (hint.empty() ? "" : "<div class=\"govuk-hint\">" + esc(hint) + "</div>\n") + problem_messages(own) + fields +
         "</fieldset></div>\n";
}

void FormView::slots(std::string& out, xmlNode* e, const ComplexType& t, int depth) {
  const Layout layout = layout_of(t, e);
  for (const auto& si : layout.slots) slot(out, e, t, si, depth);
}

void FormView::slot(std::string& out, xmlNode* e, const ComplexType& t, const SlotItems& si, int depth) {
  const Slot& s = *si.slot;
  const std::string key = key_of(e);
  const std::size_t n = si.items.size();
  if (s.kind == Slot::Kind::text) {
    if (n == 0) text_run(out, text_key(key, 1), {}, true, "Text", "", s.min > 0, "");
    for (const auto& run : si.items) {
      text_run(out, text_key(key, run.text_index), run.nodes, true, "Text", "", s.min > 0, "");
    }
    return;
  }
  if (s.kind == Slot::Kind::element && s.max == 1) {
    const ElementDecl& d = *s.elements.front();
    if (n == 0) {
      absent(out, e, t, si.index, d, depth);
    } else {
      const bool removable = s.min == 0 && !leaf_like(d);
      element(out, si.items.front().nodes.front(), d, depth, label_for(d.name),
              removable ? item_actions(key_of(si.items.front().nodes.front()), label_for(d.name), true, true, true) : "");
    }
    return;
  }
  // Repeatable: every item with move and remove, then add-another.
  const bool removable = static_cast<int>(n) > s.min;
  for (std::size_t i = 0; i < n; ++i) {
    const Item& item = si.items[i];
    if (item.text) {
      const std::string tkey = text_key(key, item.text_index);
      text_run(out, tkey, item.nodes, true, "Text", "", false,
               item_actions(tkey, "text " + std::to_string(i + 1), i == 0, i + 1 == n, removable));
      continue;
    }
    xmlNode* node = item.nodes.front();
    const ElementDecl* d = child_decl(t, xml::local_name(node));
    std::string title = label_for(d->name) + " " + std::to_string(i + 1);
    const std::string about = summary_of(node);
    const std::string noun = title;
    if (!about.empty()) title += ": " + about;
    const bool hints = hints_;
    hints_ = hints && i == 0;
    element(out, node, *d, depth, title, item_actions(key_of(node), noun, i == 0, i + 1 == n, removable));
    hints_ = hints;
  }
  out += "<div class=\"govuk-button-group\">";
  if (s.text) out += add_button(key, "#text", "Add text");
  for (const auto* d : s.elements) {
    out += add_button(key, d->name, std::string(n == 0 ? "Add " : "Add another ") + lower_first(label_for(d->name)));
  }
  out += "</div>\n";
}

}  // namespace docket::serve::form
