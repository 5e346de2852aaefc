#pragma once
// Sorting text the way people expect in a locale (ICU collation, numbers compared as
// numbers, so "Indicator 9" comes before "Indicator 10").
#include <memory>
#include <string>
#include <string_view>

#include "format/filter.hpp"

namespace docket::format {

class Collator {
 public:
  explicit Collator(const Locale& locale);
  ~Collator();
  Collator(const Collator&) = delete;
  Collator& operator=(const Collator&) = delete;

  /// A key whose byte order is the collation order of `text`.
  std::string sort_key(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace docket::format
