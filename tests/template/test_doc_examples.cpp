// The examples in docs/template-language.md are rendered here, so the guide officers read
// cannot drift from what docket does. Each example is a `<!-- example -->` marker followed by
// three fenced blocks: ```xml (the data, in no namespace), ```template (one paragraph per
// line) and ```text (the paragraphs expected, trailing spaces ignored).
#include <catch2/catch.hpp>

#include <sstream>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket;

namespace {

struct Example {
  int line = 0;  // of the marker, for messages
  std::string data;
  std::vector<std::string> paragraphs;
  std::vector<std::string> expected;
};

std::string trim_end(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

std::vector<Example> read_examples(const std::filesystem::path& markdown) {
  std::istringstream in(test::read_text(markdown));
  std::vector<Example> examples;
  std::string line;
  int number = 0;
  Example* current = nullptr;
  std::string fence;  // the kind of block being read, "" outside blocks
  while (std::getline(in, line)) {
    ++number;
    if (line == "<!-- example -->") {
      examples.push_back({number, {}, {}, {}});
      current = &examples.back();
    } else if (current != nullptr && fence.empty() && line.rfind("```", 0) == 0) {
      fence = line.substr(3);
    } else if (current != nullptr && line == "```") {
      if (fence == "text") current = nullptr;  // the last block of an example
      fence.clear();
    } else if (current != nullptr && fence == "xml") {
      current->data += line + "\n";
    } else if (current != nullptr && fence == "template") {
      current->paragraphs.push_back(line);
    } else if (current != nullptr && fence == "text") {
      current->expected.push_back(trim_end(line));
    }
  }
  return examples;
}

}  // namespace

TEST_CASE("Every example in docs/template-language.md renders as the guide says", "[template]") {
  const auto examples = read_examples(test::source_path("docs/template-language.md"));
  REQUIRE(examples.size() >= 9);
  test::ScratchDir dir("doc-examples");
  for (const auto& example : examples) {
    const std::string name = "example-" + std::to_string(example.line);
    INFO("the example at docs/template-language.md line " << example.line);
    REQUIRE_FALSE(example.data.empty());
    REQUIRE_FALSE(example.paragraphs.empty());
    test::write_text(dir / (name + ".xml"), example.data);
    test::word::write_lines(example.paragraphs, dir / (name + ".docx"));
    const auto rendered = test::render_template(dir / (name + ".docx"), dir / (name + ".xml"), dir / (name + "-out.docx"));
    INFO(rendered.messages);
    REQUIRE(rendered.written);
    std::vector<std::string> got;
    for (const auto& p : test::paragraph_texts(dir / (name + "-out.docx"))) got.push_back(trim_end(p));
    CHECK(got == example.expected);
  }
}
