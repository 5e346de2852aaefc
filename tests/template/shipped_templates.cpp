#include "shipped_templates.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "rendered_text.hpp"

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

namespace {

// Words split on spaces and after a slash or a dash, where a line may break between words.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    std::size_t letters = 0;
    for (char c : word) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letters >= 2) out.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      flush();
      continue;
    }
    if (text.compare(i, 2, "\u00A0") == 0) {  // a no-break space joins, but the words are still words
      flush();
      ++i;
      continue;
    }
    word += c;
    const bool dash = text.compare(i, 3, "\u2013") == 0 || text.compare(i, 3, "\u2014") == 0;
    if (c == '/' || c == '-' || dash) {
      if (dash) {
        word += text.substr(i + 1, 2);
        i += 2;
      }
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> laid_out_texts(const std::vector<std::filesystem::path>& docx, const std::filesystem::path& dir) {
  if (run_shell("command -v soffice").status != 0 || run_shell("command -v pdftotext").status != 0) {
    WARN("soffice or pdftotext is absent: the page layout checks are skipped");
    return {};
  }
  std::string files;
  for (const auto& d : docx) files += " " + shell_quote(d.string());
  const auto profile = "file://" + (dir / "profile").string();
  auto conv = run_shell("soffice -env:UserInstallation=" + shell_quote(profile) + " --headless --convert-to pdf --outdir " +
                        shell_quote(dir.string()) + files);
  REQUIRE(conv.status == 0);
  std::vector<std::string> out;
  for (const auto& d : docx) {
    const auto pdf = dir / (d.stem().string() + ".pdf");
    auto text = run_shell("pdftotext " + shell_quote(pdf.string()) + " -");
    REQUIRE(text.status == 0);
    out.push_back(text.out);
  }
  return out;
}

std::vector<std::string> words_broken_on_the_page(const std::filesystem::path& docx, const std::string& laid_out) {
  // Capitals may come from the style (caps), so case does not count.
  auto lower = [](std::string w) {
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return w;
  };
  std::set<std::string> whole;
  for (const auto& w : words(laid_out)) whole.insert(lower(w));
  std::vector<std::string> broken;
  for (const auto& paragraph : paragraph_texts(docx)) {
    const auto list = words(paragraph);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string w = lower(list[i]);
      if (whole.count(w)) continue;
      // A line that broke after a hyphen ("anti-" | "social") comes back from pdftotext
      // as one word without it.
      if (w.ends_with('-') && i + 1 < list.size() && whole.count(w.substr(0, w.size() - 1) + lower(list[i + 1]))) {
        ++i;
        continue;
      }
      broken.push_back(list[i]);
    }
  }
  return broken;
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
