#pragma once
// Requests and responses as plain values, so that the application is a function from one to
// the other: handlers are tested in-process, and the HTTP library (server.cpp) only moves
// bytes. Header names are lower case.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve {

struct Upload {
  std::string field;         // the form field's name
  std::string filename;      // as the browser sent it (never used as a path)
  std::string content_type;
  std::string content;
};

struct Request {
  std::string method = "GET";
  std::string path = "/";                          // decoded, without the query
  std::multimap<std::string, std::string> query;
  std::multimap<std::string, std::string> form;    // url-encoded or multipart text fields
  std::vector<Upload> files;
  std::map<std::string, std::string> headers;
  std::string remote_address = "127.0.0.1";
  bool body_too_large = false;                     // the server stopped reading at the size limit

  /// The first value of a form field (or query parameter), "" when absent.
  std::string field(std::string_view name) const;
  std::string param(std::string_view name) const;
  std::string header(std::string_view name) const;
  std::string cookie(std::string_view name) const;
  const Upload* upload(std::string_view field) const;
};

/// Writes one chunk of a streamed body; false when the client has gone.
using ChunkWriter = std::function<bool(std::string_view)>;

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  /// When set, the body is streamed (server-sent events): called once with a writer, it
  /// returns when the stream ends.
  std::function<void(const ChunkWriter&)> stream;

  static Response html(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  /// 303 See Other: the browser fetches `location` with GET (post/redirect/get).
  static Response redirect(std::string location);
  static Response file(std::string bytes, std::string content_type, std::string download_name = {});
  void set_header(std::string name, std::string value);
  /// Adds a header even when one of that name is there (Set-Cookie).
  void add_header(std::string name, std::string value);
  std::string header(std::string_view name) const;
};

/// Decodes %XX and '+' (form encoding).
std::string url_decode(std::string_view s, bool plus_is_space = true);
/// Reads "a=1&b=x+y" (a query string or a url-encoded form body).
std::multimap<std::string, std::string> parse_form_encoded(std::string_view text);
/// Encodes for a path segment or query value.
std::string url_encode(std::string_view s);

}  // namespace docket::serve
