#include "serve/http.hpp"

namespace docket::serve {

namespace {

std::string first(const std::multimap<std::string, std::string>& m, std::string_view name) {
  auto it = m.find(std::string(name));
  return it == m.end() ? std::string() : it->second;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string Request::field(std::string_view name) const { return first(form, name); }
std::string Request::param(std::string_view name) const { return first(query, name); }

std::string Request::header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::cookie(std::string_view name) const {
  const std::string all = header("cookie");
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find(';', pos);
    if (end == std::string::npos) end = all.size();
    std::string_view pair(all.data() + pos, end - pos);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    pos = end + 1;
  }
  return {};
}

const Upload* Request::upload(std::string_view name) const {
  for (const auto& f : files) {
    if (f.field == name) return &f;
  }
  return nullptr;
}

Response Response::html(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::text(std::string body, int status) {
  Response r = html(std::move(body), status);
  r.content_type = "text/plain; charset=utf-8";
  return r;
}

Response Response::json(std::string body, int status) {
  Response r = html(std::move(body), status);
  r.content_type = "application/json";
  return r;
}

Response Response::redirect(std::string location) {
  Response r;
  r.status = 303;
  r.set_header("Location", std::move(location));
  return r;
}

Response Response::file(std::string bytes, std::string content_type, std::string download_name) {
  Response r = html(std::move(bytes));
  r.content_type = std::move(content_type);
  if (!download_name.empty()) {
    r.set_header("Content-Disposition", "attachment; filename=\"" + download_name + "\"");
  }
  return r;
}

void Response::set_header(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (n == name) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

void Response::add_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }

std::string Response::header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (n == name) return v;
  }
  return {};
}

std::string url_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += (plus_is_space && s[i] == '+') ? ' ' : s[i];
  }
  return out;
}

std::multimap<std::string, std::string> parse_form_encoded(std::string_view q) {
  std::multimap<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos < q.size()) {
    std::size_t end = q.find('&', pos);
    if (end == std::string_view::npos) end = q.size();
    const std::string_view pair = q.substr(pos, end - pos);
    const auto eq = pair.find('=');
    if (!pair.empty()) {
      out.emplace(url_decode(pair.substr(0, eq)), eq == std::string_view::npos ? "" : url_decode(pair.substr(eq + 1)));
    }
    pos = end + 1;
  }
  return out;
}

std::string url_encode(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace docket::serve
