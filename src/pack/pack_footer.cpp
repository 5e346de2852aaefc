#include "pack/pack_footer.hpp"

namespace docket::pack {

std::string PackFooter::before_number() const { return lead + " \u00b7 " + page + " "; }

std::string PackFooter::line(int number, int pages) const {
  return before_number() + std::to_string(number) + " " + of + " " + std::to_string(pages);
}

}  // namespace docket::pack
