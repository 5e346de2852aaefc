#include "format/collation.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "support/error.hpp"

namespace docket::format {

struct Collator::Impl {
  std::unique_ptr<icu::Collator> collator;
};

Collator::Collator(const Locale& locale) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator.reset(icu::Collator::createInstance(icu::Locale::forLanguageTag(locale.id(), status), status));
  if (U_FAILURE(status) || !impl_->collator) {
    throw UsageError("cannot sort text for the locale " + locale.id());
  }
  impl_->collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
}

Collator::~Collator() = default;

std::string Collator::sort_key(std::string_view text) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  int32_t size = impl_->collator->getSortKey(u, nullptr, 0);
  std::string key(static_cast<std::size_t>(size), '\0');
  impl_->collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), size);
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

}  // namespace docket::format
