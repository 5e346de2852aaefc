#include "zip/zip_reader.hpp"

#include <algorithm>
#include <fstream>
#include <unordered_map>

#include "support/error.hpp"
#include "zip/detail/claimed_entries.hpp"
#include "zip/detail/handles.hpp"
#include "zip/entry_name.hpp"

namespace docket::zip {

struct ZipReader::Impl {
  std::string name;
  std::string bytes;  // backing store when opened from memory
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
    case ZIP_ER_EXISTS:  // libzip's consistency check found one name twice
      throw UnsafeInput(name + " contains two entries with the same name",
                        "duplicate names let two programs see different documents; save the "
                        "document again from Word or LibreOffice",
                        name);
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

// Refused before libzip reads the central directory: its parse costs time and memory per entry.
void refuse_claimed_entries(std::uint64_t size, const detail::ReadAt& read_at, const std::string& name,
                            const Limits& limits) {
  const auto claimed = detail::claimed_entries(size, read_at);
  if (claimed && *claimed > limits.max_entries) {
    throw UnsafeInput(name + " has " + std::to_string(*claimed) + " entries, more than the limit of " +
                          std::to_string(limits.max_entries),
                      "a Word document has a few dozen parts; this file is not a normal document", name);
  }
}

}  // namespace

ZipReader::ZipReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  Impl& d = *impl_;
  const zip_int64_t count = zip_get_num_entries(d.archive.get(), 0);
  if (count < 0) throw IoError("cannot read the entries of " + d.name, kDocxHint, d.name);
  if (static_cast<std::uint64_t>(count) > d.limits.max_entries) {
    throw UnsafeInput(d.name + " has " + std::to_string(count) + " entries, more than the limit of " +
                          std::to_string(d.limits.max_entries),
                      "a Word document has a few dozen parts; this file is not a normal document",
                      d.name);
  }
  d.entries.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(d.archive.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &st) != 0 ||
        (st.valid & ZIP_STAT_NAME) == 0) {
      throw IoError(d.name + " is damaged: entry " + std::to_string(i) + " cannot be read",
                    kDocxHint, d.name);
    }
    std::string entry_name = st.name;
    if (auto why = unsafe_entry_name_reason(entry_name)) {
      throw UnsafeInput(d.name + " contains an entry named \"" + entry_name +
                            "\", which is refused because " + *why,
                        "a genuine document never has such names; do not use this file", d.name);
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      throw UnsafeInput(d.name + " has an encrypted entry \"" + entry_name + "\"",
                        "remove the password protection in Word (File › Info › Protect Document) "
                        "and save again",
                        d.name);
    }
    auto [it, inserted] = d.by_folded_name.emplace(fold_case(entry_name), d.entries.size());
    if (!inserted) {
      throw UnsafeInput(d.name + " contains the entry \"" + entry_name + "\" twice" +
                            (d.entries[it->second].name != entry_name
                                 ? " (as \"" + d.entries[it->second].name + "\")"
                                 : std::string()),
                        "duplicate names let two programs see different documents; save the "
                        "document again from Word or LibreOffice",
                        d.name);
    }
    const bool is_directory = entry_name.back() == '/';
    d.entries.push_back({.name = std::move(entry_name),
                         .index = static_cast<std::uint64_t>(i),
                         .compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0,
                         .declared_size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0,
                         .is_directory = is_directory});
  }
}

ZipReader ZipReader::open(const std::filesystem::path& path, Limits limits) {
  auto impl = std::make_unique<Impl>();
  impl->name = path.string();
  impl->limits = limits;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError(impl->name + " is a folder, not a .docx file", "name a .docx file", impl->name);
  }
  if (std::ifstream in{path, std::ios::binary}) {
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) {
      refuse_claimed_entries(size, [&in](std::uint64_t offset, std::size_t length) {
        std::string bytes(length, '\0');
        in.clear();
        in.seekg(static_cast<std::streamoff>(offset));
        in.read(bytes.data(), static_cast<std::streamsize>(length));
        bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
        return bytes;
      }, impl->name, limits);
    }
  }
  int code = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (z == nullptr) throw_open_error(code, impl->name);
  impl->archive.reset(z);
  return ZipReader(std::move(impl));
}

ZipReader ZipReader::from_bytes(std::string bytes, std::string display_name, Limits limits) {
  auto impl = std::make_unique<Impl>();
  impl->name = std::move(display_name);
  impl->limits = limits;
  impl->bytes = std::move(bytes);
  refuse_claimed_entries(impl->bytes.size(), [&b = impl->bytes](std::uint64_t offset, std::size_t length) {
    return offset < b.size() ? b.substr(static_cast<std::size_t>(offset), length) : std::string();
  }, impl->name, limits);
  zip_error_t err;
  zip_error_init(&err);
  detail::SourcePtr src(zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &err));
  if (!src) {
    zip_error_fini(&err);
    throw IoError("out of memory reading " + impl->name);
  }
  zip_t* z = zip_open_from_source(src.get(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (z == nullptr) {
    int code = zip_error_code_zip(&err);
    zip_error_fini(&err);
    throw_open_error(code, impl->name);
  }
  src.release();  // the archive owns the source now
  zip_error_fini(&err);
  impl->archive.reset(z);
  return ZipReader(std::move(impl));
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
