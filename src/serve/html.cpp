#include "serve/html.hpp"

#include <cstring>
#include <regex>

namespace docket::serve {

std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string render_page(const Page& page) {
  std::string out;
  out.reserve(page.body.size() + 3000);
  const std::string council = page.council.empty() ? "docket" : page.council;
  out += "<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\">\n<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n"
         "<title>";
  if (page.has_errors) out += "Error: ";
  out += esc(page.title) + " – " + esc(council) + "</title>\n"
         "<link rel=\"icon\" href=\"data:,\">\n"
         "<link rel=\"stylesheet\" href=\"/assets/govuk/govuk-frontend.min.css\">\n"
         "<link rel=\"stylesheet\" href=\"/assets/app/docket.css\">\n";
  if (page.refresh > 0) out += "<noscript><meta http-equiv=\"refresh\" content=\"" + std::to_string(page.refresh) + "\"></noscript>\n";
  out += "</head>\n<body class=\"govuk-template__body\">\n"
         "<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>\n"
         "<header class=\"govuk-header dk-header\" data-module=\"govuk-header\">\n"
         "<div class=\"govuk-header__container govuk-width-container\">\n"
         "<div class=\"govuk-header__logo\"><a href=\"/\" class=\"govuk-header__link govuk-header__link--homepage dk-council\">" +
         esc(council) + "</a></div>\n"
         "<div class=\"govuk-header__content\"><span class=\"govuk-header__service-name dk-service\">Committee reports</span>" +
         (page.sign_out ? std::string("<a class=\"govuk-header__link dk-sign-out\" href=\"/sign-out\">Sign out</a>") : std::string()) +
         "</div>\n"
         "</div>\n</header>\n"
         "<div class=\"govuk-width-container" + std::string(page.wide ? " dk-wide" : "") + "\">\n";
  if (!page.crumbs.empty()) {
    out += "<nav class=\"govuk-breadcrumbs\" aria-label=\"Breadcrumb\"><ol class=\"govuk-breadcrumbs__list\">";
    for (const auto& c : page.crumbs) {
      out += "<li class=\"govuk-breadcrumbs__list-item\">";
      if (c.href.empty()) {
        out += "<span aria-current=\"page\">" + esc(c.label) + "</span>";
      } else {
        out += "<a class=\"govuk-breadcrumbs__link\" href=\"" + esc(c.href) + "\">" + esc(c.label) + "</a>";
      }
      out += "</li>";
    }
    out += "</ol></nav>\n";
  }
  out += "<main class=\"govuk-main-wrapper\" id=\"main-content\">\n";
  out += page.body;
  out += "\n</main>\n</div>\n"
         "<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">"
         "<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><p class=\"govuk-footer__meta-custom\">"
         "Made with docket. The data files in this workspace are the record: the command line reads what this editor saves."
         "</p></div></div></div></footer>\n"
         "<script type=\"module\" src=\"/assets/app/docket.js\"></script>\n"
         "</body>\n</html>\n";
  return out;
}

std::string error_summary(const std::vector<SummaryEntry>& entries, std::string_view title) {
  if (entries.empty()) return {};
  std::string out =
      "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\" id=\"error-summary\">\n"
      "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">" + esc(title) +
      "</h2>\n<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">\n";
  for (const auto& e : entries) {
    out += "<li>";
    if (e.href.empty()) {
      out += esc(e.text);
    } else {
      out += "<a href=\"" + esc(e.href) + "\">" + esc(e.text) + "</a>";
    }
    out += "</li>\n";
  }
  out += "</ul></div></div></div>\n";
  return out;
}

std::string notification(std::string_view heading, std::string_view body_html, bool success) {
  std::string out = "<div class=\"govuk-notification-banner";
  if (success) out += " govuk-notification-banner--success";
  out += "\" role=\"" + std::string(success ? "alert" : "region") +
         "\" aria-labelledby=\"banner-title\" data-module=\"govuk-notification-banner\">\n"
         "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"banner-title\">" +
         std::string(success ? "Success" : "Important") +
         "</h2></div>\n<div class=\"govuk-notification-banner__content\">\n"
         "<p class=\"govuk-notification-banner__heading\">" + esc(heading) + "</p>\n" + std::string(body_html) +
         "</div></div>\n";
  return out;
}

std::string hidden(std::string_view name, std::string_view value) {
  return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
}

std::string button(std::string_view label, std::string_view name, std::string_view value, std::string_view style) {
  std::string out = "<button type=\"submit\" class=\"govuk-button";
  if (!style.empty()) out += " govuk-button--" + std::string(style);
  out += "\" data-module=\"govuk-button\"";
  if (!name.empty()) out += " name=\"" + esc(name) + "\" value=\"" + esc(value) + "\"";
  out += ">" + esc(label) + "</button>";
  return out;
}

std::string unescape(std::string s) {
  static const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::strlen(from), to);
  }
  return s;
}

std::vector<std::pair<std::string, std::string>> form_values(const std::string& html) {
  std::vector<std::pair<std::string, std::string>> out;
  static const std::regex control(R"(<(input|textarea|select)\b([^>]*)>)");
  static const std::regex name(R"re(\bname="([^"]*)")re"), value(R"re(\bvalue="([^"]*)")re"), type(R"re(\btype="([^"]*)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), control), end; it != end; ++it) {
    const std::string tag = (*it)[1], attrs = (*it)[2];
    std::smatch m;
    if (!std::regex_search(attrs, m, name)) continue;
    const std::string key = unescape(m[1]);
    if (tag == "input") {
      std::smatch t, v;
      const std::string kind = std::regex_search(attrs, t, type) ? t[1].str() : "text";
      if (kind == "submit" || kind == "file") continue;
      if ((kind == "radio" || kind == "checkbox") && attrs.find(" checked") == std::string::npos) continue;
      out.emplace_back(key, std::regex_search(attrs, v, value) ? unescape(v[1]) : "");
    } else if (tag == "textarea") {
      const auto start = static_cast<std::size_t>(it->position() + it->length());
      const auto stop = html.find("</textarea>", start);
      out.emplace_back(key, unescape(html.substr(start, stop - start)));
    } else {
      const auto start = static_cast<std::size_t>(it->position() + it->length());
      const std::string options = html.substr(start, html.find("</select>", start) - start);
      static const std::regex selected(R"re(<option value="([^"]*)" selected>)re");
      std::smatch s;
      out.emplace_back(key, std::regex_search(options, s, selected) ? unescape(s[1]) : "");
    }
  }
  return out;
}

}  // namespace docket::serve
