// The rich-text control holds only docket's subset, whatever is pasted into it.
#include <catch2/catch.hpp>

#include "serve/rich_text.hpp"

using namespace docket::serve;

TEST_CASE("HTML pasted from Word keeps paragraphs, bold, italic, lists, links and tables and drops the rest", "[serve]") {
  const std::string word =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0}</style></head><body>"
      "<!--StartFragment--><p class=MsoNormal style='margin:0;font-family:Calibri'><b><span style='font-size:12pt'>Key "
      "points</span></b><o:p></o:p></p>"
      "<p class=MsoNormal><span style='color:red'>Costs <i>rose</i> by&nbsp;5%.</span> See <a href=\"https://example.org/x\" "
      "target=_blank>the budget</a> and <a href=\"javascript:alert(1)\">this</a>.</p>"
      "<ul><li><p>One</p></li><li>Two<ul><li>Two a</li></ul></li></ul>"
      "<table class=MsoTable><thead><tr><th>Year</th><th>Cost</th></tr></thead><tbody><tr><td><p>2023</p></td><td>£5m</td></tr></tbody></table>"
      "<h2>Heading</h2><div><script>alert(1)</script><img src=x>Last</div><!--EndFragment--></body></html>";
  const auto nodes = rich::from_html(word, true);
  CHECK(rich::to_html(nodes) ==
        "<p><b>Key points</b></p>"
        "<p>Costs <i>rose</i> by 5%. See <a href=\"https://example.org/x\">the budget</a> and this.</p>"
        "<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>"
        "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>£5m</td></tr></table>"
        "<p>Heading</p><p>Last</p>");
}

TEST_CASE("Inline fields keep inline markup only", "[serve]") {
  CHECK(rich::to_html(rich::from_html("<p>That the <b>Cabinet</b></p><p>notes it.</p>", false)) ==
        "That the <b>Cabinet</b> notes it.");
}

TEST_CASE("Lists nest at most three deep", "[serve]") {
  const auto nodes = rich::from_html("<ul><li>1<ul><li>2<ul><li>3<ul><li>4</li></ul></li></ul></li></ul></li></ul>", true);
  CHECK(rich::to_html(nodes) == "<ul><li>1<ul><li>2<ul><li>3 4</li></ul></li></ul></li></ul>");
}

TEST_CASE("The plain-text form writes and reads paragraphs, lists, tables, bold, italic and links", "[serve]") {
  const std::string text = "First **bold** and *italic* with [a link](https://example.org).\n\n- one\n  - one a\n- two\n\n1. first\n2. second\n\n| Year | Cost |\n| 2023 | 5 |";
  const auto nodes = rich::from_text(text, true);
  CHECK(rich::to_html(nodes) ==
        "<p>First <b>bold</b> and <i>italic</i> with <a href=\"https://example.org\">a link</a>.</p>"
        "<ul><li>one<ul><li>one a</li></ul></li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
        "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>5</td></tr></table>");
  CHECK(rich::to_text(nodes) == text);
  CHECK(rich::to_html(rich::from_text("[x](javascript:void)", true)) == "<p>x</p>");
}
