#pragma once
// RAII owners for libzip handles.
#include <zip.h>

#include <memory>

namespace docket::zip::detail {

struct ArchiveDiscard {
  void operator()(zip_t* z) const noexcept { zip_discard(z); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

struct FileClose {
  void operator()(zip_file_t* f) const noexcept { zip_fclose(f); }
};
using FilePtr = std::unique_ptr<zip_file_t, FileClose>;

struct SourceFree {
  void operator()(zip_source_t* s) const noexcept { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

}  // namespace docket::zip::detail
