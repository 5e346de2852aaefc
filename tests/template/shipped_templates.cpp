#include "shipped_templates.hpp"

#include "data/load_for_template.hpp"
#include "template/numbering_outline.hpp"
#include "template/template.hpp"
#include "template/unprinted_data.hpp"
#include "test_support.hpp"

namespace docket::test {

std::string ShippedRender::unprinted_list() const {
  std::string out;
  for (const auto& v : unprinted) out += v.path + " \u201C" + v.text + "\u201D\n";
  return out;
}

ShippedRender render_shipped(const std::string& template_name, const std::string& data,
                             const std::filesystem::path& out) {
  ShippedRender r;
  const auto tpl_path = source_path("templates/" + template_name);
  const auto outline = tmpl::numbering_outline(tpl_path, r.diags);
  xml::SchemaCache schemas;
  auto loaded = data::load_for_template(source_path(data), {}, schemas, r.diags, "en-GB", outline);
  auto tpl = tmpl::Template::load(tpl_path, {}, r.diags);
  if (loaded.data) {
    r.written = tmpl::render(tpl, *loaded.data, out, {.status_fill = tmpl::scheme_colours(loaded.colours)}, r.diags);
    if (r.written) r.unprinted = tmpl::unprinted_values(out, *loaded.data, format::Locale("en-GB"));
  }
  for (const auto& d : r.diags) r.messages += to_text(d) + "\n";
  return r;
}

}  // namespace docket::test
