#include "zip/zip_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <exception>

#include "support/error.hpp"
#include "zip/detail/handles.hpp"
#include "zip/detail/stream_source.hpp"
#include "zip/entry_name.hpp"
#include "zip/zip_reader.hpp"

namespace docket::zip {

namespace {
// 1980-01-01 00:00:00, the earliest DOS date: a fixed timestamp for every entry, set as DOS
// date and time directly so that the time zone cannot change the bytes.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr std::string_view kContentTypes = "[Content_Types].xml";
}  // namespace

struct ZipWriter::Pending {
  std::string name;
  Compression compression;
  std::string bytes;
  Producer producer;
  const ZipReader* copy_from = nullptr;
  std::uint64_t copy_index = 0;
};

ZipWriter::ZipWriter(std::filesystem::path target) : file_(std::move(target)) {}
ZipWriter::~ZipWriter() = default;

bool ZipWriter::contains(std::string_view name) const {
  const std::string folded = fold_case(name);
  return std::any_of(pending_.begin(), pending_.end(),
                     [&](const auto& p) { return fold_case(p->name) == folded; });
}

void ZipWriter::add(std::string name, std::string bytes, Compression compression) {
  auto p = std::make_unique<Pending>();
  p->name = std::move(name);
  p->bytes = std::move(bytes);
  p->compression = compression;
  pending_.push_back(std::move(p));
}

void ZipWriter::add_stream(std::string name, Producer producer, Compression compression) {
  auto p = std::make_unique<Pending>();
  p->name = std::move(name);
  p->producer = std::move(producer);
  p->compression = compression;
  pending_.push_back(std::move(p));
}

void ZipWriter::add_copy(const ZipReader& from, const Entry& entry, std::string name) {
  auto p = std::make_unique<Pending>();
  p->name = std::move(name);
  p->copy_from = &from;
  p->copy_index = entry.index;
  pending_.push_back(std::move(p));
}

bool ZipWriter::commit(const std::function<bool()>& keep) {
  const std::string target = file_.target().string();
  auto fail = [&](const std::string& what, zip_t* z) -> IoError {
    return IoError("cannot write " + target + ": " + what + (z ? std::string(": ") + zip_strerror(z) : ""),
                   "check that the disk is not full and the folder is writable", target);
  };
  int code = 0;
  detail::ArchivePtr archive(zip_open(file_.temp_path().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
  if (!archive) throw fail("cannot create the package", nullptr);
  zip_t* z = archive.get();

  std::stable_partition(pending_.begin(), pending_.end(),
                        [](const auto& p) { return p->name == kContentTypes; });

  std::exception_ptr producer_error;
  for (const auto& p : pending_) {
    zip_source_t* src = nullptr;
    if (p->copy_from != nullptr) {
      src = zip_source_zip(z, p->copy_from->native_handle(), p->copy_index, 0, 0, -1);
    } else if (p->producer) {
      src = detail::make_stream_source(z, std::move(p->producer), &producer_error);
    } else {
      src = zip_source_buffer(z, p->bytes.data(), p->bytes.size(), 0);
    }
    if (src == nullptr) throw fail("cannot add " + p->name, z);
    zip_int64_t index = zip_file_add(z, p->name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(src);
      throw fail("cannot add " + p->name, z);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_file_set_dostime(z, i, kDosTime, kDosDate, 0) != 0) throw fail("timestamp", z);
    if (p->copy_from == nullptr) {
      const zip_int32_t method = p->compression.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE;
      if (zip_set_file_compression(z, i, method, static_cast<zip_uint32_t>(p->compression.level)) != 0) {
        throw fail("compression", z);
      }
    }
  }
  if (zip_close(z) != 0) {
    if (producer_error) std::rethrow_exception(producer_error);
    throw fail("writing the package failed", z);
  }
  archive.release();  // zip_close freed it
  if (keep && !keep()) return false;  // the temporary file goes with file_
  file_.commit();
  return true;
}

}  // namespace docket::zip
