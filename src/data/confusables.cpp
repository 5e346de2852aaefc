#include "data/confusables.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>

#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

struct SpoofClose {
  void operator()(USpoofChecker* c) const noexcept { uspoof_close(c); }
};
using SpoofPtr = std::unique_ptr<USpoofChecker, SpoofClose>;

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string describe(UChar32 c) {
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return utf8(icu::UnicodeString(c)) + " (" + code + " " + (U_SUCCESS(status) ? name : "") + ")";
}

class Checker {
 public:
  Checker(const DataSource& data, Diagnostics& diags) : data_(data), diags_(diags) {
    UErrorCode status = U_ZERO_ERROR;
    spoof_.reset(uspoof_open(&status));
    if (U_FAILURE(status)) spoof_.reset();
  }

  void check_text(const xmlNode* owner, std::string_view text) {
    if (!spoof_) return;
    // Plain ASCII is Latin throughout, and most data is: skip the conversion to UTF-16.
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    int32_t i = 0;
    while (i < u.length()) {
      while (i < u.length() && !u_isalpha(u.char32At(i))) i = u.moveIndex32(i, 1);
      int32_t start = i;
      while (i < u.length() && u_isalpha(u.char32At(i))) i = u.moveIndex32(i, 1);
      if (i > start) check_word(owner, u.tempSubStringBetween(start, i));
    }
  }

 private:
  void check_word(const xmlNode* owner, const icu::UnicodeString& word) {
    UScriptCode script = USCRIPT_INVALID_CODE;
    bool mixed = false;
    UChar32 foreign = 0;
    for (int32_t k = 0; k < word.length(); k = word.moveIndex32(k, 1)) {
      UChar32 c = word.char32At(k);
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode s = uscript_getScript(c, &status);
      if (s == USCRIPT_COMMON || s == USCRIPT_INHERITED) continue;
      if (s != USCRIPT_LATIN && foreign == 0) foreign = c;
      if (script == USCRIPT_INVALID_CODE) script = s;
      else if (s != script) mixed = true;
    }
    if (foreign == 0) return;  // all Latin
    const std::string shown = utf8(word);
    if (mixed) {
      report(owner, shown, "\u201C" + shown + "\u201D mixes scripts: " + describe(foreign) +
                               " is not a Latin letter");
      return;
    }
    // A whole word in another script is fine (a Welsh or Ukrainian name) unless it reads as
    // a Latin word: its confusable skeleton is plain ASCII letters.
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(spoof_.get(), 0, word, skeleton, &status);
    if (U_FAILURE(status)) return;
    for (int32_t k = 0; k < skeleton.length(); ++k) {
      UChar c = skeleton.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return;
    }
    report(owner, shown, "\u201C" + shown + "\u201D looks like the English \u201C" + utf8(skeleton) +
                             "\u201D but is written with " + describe(foreign) + " and similar look-alike letters");
  }

  void report(const xmlNode* owner, const std::string& word, std::string message) {
    const xmlNode* element = owner->type == XML_ATTRIBUTE_NODE ? owner->parent : owner;
    Position p = data_.position_in(element, word);
    diags_.add({.severity = Severity::warning,
                .file = data_.file(),
                .line = p.line,
                .column = p.column,
                .message = std::move(message),
                .hint = "retype the word with a UK keyboard; text pasted from PDFs or other "
                        "documents can carry look-alike letters that break search and screen readers",
                .code = "text.confusable",
                .node = xml::node_path(owner)});
  }

  const DataSource& data_;
  Diagnostics& diags_;
  SpoofPtr spoof_;
};

void walk(Checker& checker, const xmlNode* node) {
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_TEXT_NODE && node->content != nullptr) {
      checker.check_text(node->parent, reinterpret_cast<const char*>(node->content));
    } else if (node->type == XML_ELEMENT_NODE) {
      for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
        if (a->children && a->children->content) {
          checker.check_text(reinterpret_cast<const xmlNode*>(a), reinterpret_cast<const char*>(a->children->content));
        }
      }
      walk(checker, node->children);
    }
  }
}

}  // namespace

void check_confusables(const DataSource& data, Diagnostics& diags) {
  Checker checker(data, diags);
  walk(checker, data.root());
}

}  // namespace docket::data
