#include "serve/html.hpp"

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
         "<link rel=\"stylesheet\" href=\"/assets/app/docket.css\">\n"
         "</head>\n<body class=\"govuk-template__body\">\n"
         "<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>\n"
         "<header class=\"govuk-header dk-header\" data-module=\"govuk-header\">\n"
         "<div class=\"govuk-header__container govuk-width-container\">\n"
         "<div class=\"govuk-header__logo\"><a href=\"/\" class=\"govuk-header__link govuk-header__link--homepage dk-council\">" +
         esc(council) + "</a></div>\n"
         "<div class=\"govuk-header__content\"><span class=\"govuk-header__service-name dk-service\">Committee reports</span></div>\n"
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

}  // namespace docket::serve
