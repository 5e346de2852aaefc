#pragma once
// Where rendered bytes go. Writers call write() many times with small pieces; the sink
// buffers them and hands larger blocks to consume(), so the per-call cost is a memcpy.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace docket {

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  ByteSink(const ByteSink&) = delete;
  ByteSink& operator=(const ByteSink&) = delete;

  void write(std::string_view bytes) {
    if (bytes.size() <= capacity_ - used_) {
      std::memcpy(buffer_.get() + used_, bytes.data(), bytes.size());
      used_ += bytes.size();
    } else {
      write_slow(bytes);
    }
  }
  void put(char c) {
    if (used_ == capacity_) flush();
    buffer_[used_++] = c;
  }
  /// How many bytes have been written so far.
  std::uint64_t size() const noexcept { return consumed_ + used_; }
  /// Hands any buffered bytes to consume(). Call before reading what a sink collected.
  void flush() {
    if (used_ > 0) {
      std::size_t n = used_;
      used_ = 0;
      consumed_ += n;
      consume({buffer_.get(), n});
    }
  }

 protected:
  explicit ByteSink(std::size_t capacity = 64 << 10)
      : buffer_(new char[capacity]), capacity_(capacity) {}
  /// Receives buffered bytes in order.
  virtual void consume(std::string_view bytes) = 0;

 private:
  void write_slow(std::string_view bytes) {
    flush();
    if (bytes.size() >= capacity_) {
      consumed_ += bytes.size();
      consume(bytes);
    } else {
      std::memcpy(buffer_.get(), bytes.data(), bytes.size());
      used_ = bytes.size();
    }
  }

  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_;
  std::size_t used_ = 0;
  std::uint64_t consumed_ = 0;
};

/// A sink that appends to a string; flush() before reading the string.
class StringSink final : public ByteSink {
 public:
  explicit StringSink(std::string& out) : ByteSink(16 << 10), out_(out) {}
  ~StringSink() override { flush(); }

 private:
  void consume(std::string_view bytes) override { out_.append(bytes); }
  std::string& out_;
};

}  // namespace docket
