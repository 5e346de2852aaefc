#include "zip/zip_reader.hpp"

#include <algorithm>
#include <fstream>
#include <unordered_map>

#include "support/error.hpp"
#include "zip/detail/directory.hpp"
#include "zip/detail/handles.hpp"
#include "zip/entry_name.hpp"

namespace docket::zip {

struct ZipReader::Impl {
  std::string name;
  std::filesystem::path path;  // when opened from a file
  std::string bytes;           // backing store when opened from memory
  detail::ArchivePtr archive;
  Limits limits;
  std::vector<Entry> entries;
  std::unordered_map<std::string, std::size_t> by_folded_name;
  std::uint64_t total_inflated = 0;
};

namespace {

constexpr const char* kDocxHint = "check that the file is a .docx saved by Word or LibreOffice";

[[noreturn]] void throw_open_error(int code, const std::string& name) {
  switch (code) {
    case ZIP_ER_NOZIP:
      throw IoError(name + " is not a zip package (a .docx is a zip file)", kDocxHint, name);
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
      throw IoError(name + " is damaged or truncated: its zip directory is inconsistent",
                    "save the document again, or copy it again if it was downloaded", name);
    case ZIP_ER_MULTIDISK:
      throw IoError(name + " is a split (multi-disk) zip, which docket does not read", kDocxHint,
                    name);
    case ZIP_ER_NOENT:
      throw IoError("cannot open " + name + ": no such file", "check the file name", name);
    default: {
      zip_error_t err;
      zip_error_init_with_code(&err, code);
      std::string text = zip_error_strerror(&err);
      zip_error_fini(&err);
      throw IoError("cannot open " + name + ": " + text, kDocxHint, name);
    }
  }
}

std::string mib(std::uint64_t bytes) {
  if (bytes >= (1ull << 30) && bytes % (1ull << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// The directory docket read itself must be the one libzip read: same entries, same order.
void check_same_directory(const ZipReader::Impl& d, const std::vector<detail::DirectoryEntry>& mine) {
  const zip_int64_t count = zip_get_num_entries(d.archive.get(), 0);
  bool same = count >= 0 && static_cast<std::uint64_t>(count) == mine.size();
  for (std::size_t i = 0; same && i < mine.size(); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    same = zip_stat_index(d.archive.get(), i, ZIP_FL_ENC_RAW, &st) == 0 && (st.valid & ZIP_STAT_NAME) &&
           mine[i].name == st.name && st.comp_size == mine[i].compressed && st.size == mine[i].uncompressed &&
           st.crc == mine[i].crc && st.comp_method == mine[i].method;
  }
  if (!same) detail::throw_ambiguous(d.name, ": its zip directory can be read in more than one way");
}

}  // namespace

ZipReader::ZipReader(std::unique_ptr<Impl> impl, const detail::PackageBytes& bytes) : impl_(std::move(impl)) {
  Impl& d = *impl_;
  // docket reads and checks the directory first; libzip opens the package only when it is sound.
  const auto directory = detail::read_directory(bytes, d.limits, d.name);
  int code = 0;
  zip_error_t err;
  zip_error_init(&err);
  zip_t* z = nullptr;
  if (d.bytes.empty() && !d.path.empty()) {
    z = zip_open(d.path.c_str(), ZIP_RDONLY, &code);
  } else {
    detail::SourcePtr src(zip_source_buffer_create(d.bytes.data(), d.bytes.size(), 0, &err));
    if (src) z = zip_open_from_source(src.get(), ZIP_RDONLY, &err);
    if (z != nullptr) src.release();  // the archive owns the source now
    code = src || z ? zip_error_code_zip(&err) : ZIP_ER_MEMORY;
  }
  zip_error_fini(&err);
  if (z == nullptr) throw_open_error(code, d.name);
  d.archive.reset(z);
  check_same_directory(d, directory);
  d.entries.reserve(directory.size());
  for (std::size_t i = 0; i < directory.size(); ++i) {
    const auto& e = directory[i];
    d.by_folded_name.emplace(fold_case(e.name), d.entries.size());
    d.entries.push_back({.name = e.name,
                         .index = i,
                         .compressed_size = e.compressed,
                         .declared_size = e.uncompressed,
                         .is_directory = !e.name.empty() && e.name.back() == '/'});
  }
}

ZipReader ZipReader::open(const std::filesystem::path& path, Limits limits) {
  auto impl = std::make_unique<Impl>();
  impl->name = path.string();
  impl->path = path;
  impl->limits = limits;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError(impl->name + " is a folder, not a .docx file", "name a .docx file", impl->name);
  }
  const auto bytes = detail::PackageBytes::file(path, impl->name);
  return ZipReader(std::move(impl), bytes);
}

ZipReader ZipReader::from_bytes(std::string bytes, std::string display_name, Limits limits) {
  auto impl = std::make_unique<Impl>();
  impl->name = std::move(display_name);
  impl->limits = limits;
  impl->bytes = std::move(bytes);
  const auto view = detail::PackageBytes::memory(impl->bytes);
  return ZipReader(std::move(impl), view);
}

ZipReader::ZipReader(ZipReader&&) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&&) noexcept = default;
ZipReader::~ZipReader() = default;

const std::string& ZipReader::display_name() const noexcept { return impl_->name; }
const std::vector<Entry>& ZipReader::entries() const noexcept { return impl_->entries; }
::zip* ZipReader::native_handle() const noexcept { return impl_->archive.get(); }
const Limits& ZipReader::limits() const noexcept { return impl_->limits; }

const Entry* ZipReader::find(std::string_view name) const {
  auto it = impl_->by_folded_name.find(fold_case(name));
  return it == impl_->by_folded_name.end() ? nullptr : &impl_->entries[it->second];
}

std::string ZipReader::read(std::string_view name) {
  const Entry* e = find(name);
  if (e == nullptr) {
    throw IoError(impl_->name + " has no part " + std::string(name),
                  "check that the file is a Word document (.docx)", impl_->name);
  }
  return read(*e);
}

void ZipReader::check_claimed_size(const Entry& entry) const {
  const Limits& lim = impl_->limits;
  const std::string& name = impl_->name;
  if (entry.declared_size > lim.max_entry_bytes) {
    throw UnsafeInput(name + ": part " + entry.name + " inflates past the limit of " + mib(lim.max_entry_bytes),
                      "this looks like a zip bomb, not a document; do not use this file", name);
  }
  if (entry.declared_size > lim.ratio_grace_bytes &&
      entry.declared_size > lim.max_ratio * std::max<std::uint64_t>(entry.compressed_size, 1)) {
    throw UnsafeInput(name + ": part " + entry.name + " expands more than " + std::to_string(lim.max_ratio) +
                          " times its compressed size",
                      "this looks like a zip bomb, not a document; do not use this file", name);
  }
}

std::string ZipReader::read(const Entry& entry) {
  Impl& d = *impl_;
  const Limits& lim = d.limits;
  detail::FilePtr file(zip_fopen_index(d.archive.get(), entry.index, 0));
  if (!file) {
    throw IoError(d.name + ": cannot read part " + entry.name + ": " +
                      zip_strerror(d.archive.get()),
                  kDocxHint, d.name);
  }
  std::string out;
  // Reserve from the header's claim only up to a modest bound: it is not trusted.
  out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(entry.declared_size, 16u << 20)));
  char buf[1 << 16];
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
    if (n < 0) {
      throw IoError(d.name + ": part " + entry.name + " is damaged: " +
                        zip_file_strerror(file.get()),
                    "save the document again, or copy it again if it was downloaded", d.name);
    }
    if (n == 0) break;
    const auto produced = out.size() + static_cast<std::uint64_t>(n);
    if (produced > lim.max_entry_bytes) {
      throw UnsafeInput(d.name + ": part " + entry.name + " inflates past the limit of " +
                            mib(lim.max_entry_bytes),
                        "this looks like a zip bomb, not a document; do not use this file",
                        d.name);
    }
    if (d.total_inflated + static_cast<std::uint64_t>(n) > lim.max_total_bytes) {
      throw UnsafeInput(d.name + " inflates past the limit of " + mib(lim.max_total_bytes) +
                            " for a whole package",
                        "this looks like a zip bomb, not a document; do not use this file",
                        d.name);
    }
    if (produced > lim.ratio_grace_bytes &&
        produced > lim.max_ratio * std::max<std::uint64_t>(entry.compressed_size, 1)) {
      throw UnsafeInput(d.name + ": part " + entry.name + " expands more than " +
                            std::to_string(lim.max_ratio) + " times its compressed size",
                        "this looks like a zip bomb, not a document; do not use this file",
                        d.name);
    }
    d.total_inflated += static_cast<std::uint64_t>(n);
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace docket::zip
