#include "serve/form_fields.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

#include "serve/html.hpp"
#include "support/text.hpp"

namespace docket::serve::form {

namespace {

bool has_errors(const FieldInfo& f) {
  for (const auto* d : f.problems) {
    if (d->severity == Severity::error) return true;
  }
  return false;
}

std::string described_by(const FieldInfo& f, bool hint) {
  std::string ids;
  auto add = [&](const std::string& id) { ids += (ids.empty() ? "" : " ") + id; };
  if (hint && !f.hint.empty()) add(f.id + "-hint");
  for (std::size_t i = 0; i < f.problems.size(); ++i) add(f.id + "-problem-" + std::to_string(i));
  return ids.empty() ? std::string() : " aria-describedby=\"" + esc(ids) + "\"";
}

std::string group_open(const FieldInfo& f, std::string_view extra = {}) {
  return "<div class=\"govuk-form-group" + std::string(has_errors(f) ? " govuk-form-group--error" : "") +
         std::string(extra) + "\" id=\"" + esc(f.id) + "-group\">\n";
}

std::string label_text(const FieldInfo& f) {
  return esc(f.label) + (f.required ? " <span class=\"dk-required\">(required)</span>" : "");
}

std::string hint_html(const FieldInfo& f) {
  return f.hint.empty() ? std::string() : "<div id=\"" + esc(f.id) + "-hint\" class=\"govuk-hint\">" + esc(f.hint) + "</div>\n";
}

std::string input(const std::string& id, const std::string& name, const std::string& value, std::string_view classes,
                  std::string_view extra) {
  return "<input class=\"govuk-input" + std::string(classes) + "\" id=\"" + esc(id) + "\" name=\"" + esc(name) +
         "\" type=\"text\" value=\"" + esc(value) + "\"" + std::string(extra) + ">";
}

std::string date_field(const FieldInfo& f, const std::string& value, bool day_optional) {
  static const std::regex full(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"), month(R"(^(\d{4})-(\d{1,2})$)");
  std::smatch m;
  std::string d, mo, y;
  if (std::regex_match(value, m, full)) {
    y = m[1], mo = m[2], d = m[3];
  } else if (std::regex_match(value, m, month)) {
    y = m[1], mo = m[2];
  } else if (!value.empty()) {
    // Not a date this control can show: keep it editable as it is.
    return value_field(f, ValueType{}, value);
  }
  auto strip = [](std::string s) {
    while (s.size() > 1 && s.front() == '0') s.erase(0, 1);
    return s;
  };
  const bool error = has_errors(f);
  const std::string err = error ? " govuk-input--error" : "";
  std::string out = group_open(f);
  out += "<fieldset class=\"govuk-fieldset\" role=\"group\"" + described_by(f, true) + ">\n"
         "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">" + label_text(f) + "</legend>\n";
  FieldInfo shown = f;
  if (shown.hint.empty()) shown.hint = day_optional ? "For example, 31 3 2024, or 3 2024 for a month" : "For example, 31 3 2024";
  out += hint_html(shown) + problem_messages(f);
  out += "<div class=\"govuk-date-input\" id=\"" + esc(f.id) + "\">\n";
  auto item = [&](const char* part, const char* label, const std::string& v, const char* width) {
    return "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"" +
           esc(f.id) + "-" + part + "\">" + label + "</label>" +
           input(f.id + "-" + part, f.key + ":" + part, strip(v),
                 std::string(" govuk-date-input__input govuk-input--width-") + width + err, " inputmode=\"numeric\"") +
           "</div></div>\n";
  };
  out += item("day", "Day", d, "2") + item("month", "Month", mo, "2") + item("year", "Year", y, "4");
  out += "</div>\n</fieldset>\n</div>\n";
  return out;
}

std::string choice_field(const FieldInfo& f, const ValueType& type, const std::string& value) {
  const bool known = value.empty() || std::any_of(type.choices.begin(), type.choices.end(),
                                                  [&](const Choice& c) { return c.value == value; });
  if (type.choices.size() <= 4 && !type.open && known) {
    std::string out = group_open(f);
    out += "<fieldset class=\"govuk-fieldset\"" + described_by(f, true) + ">\n"
           "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">" + label_text(f) + "</legend>\n" +
           hint_html(f) + problem_messages(f) +
           "<div class=\"govuk-radios govuk-radios--small govuk-radios--inline\" data-module=\"govuk-radios\">\n";
    std::vector<Choice> options = type.choices;
    if (!f.required) options.push_back({"", "Not given"});
    for (std::size_t i = 0; i < options.size(); ++i) {
      const auto& c = options[i];
      const std::string id = i == 0 ? f.id : f.id + "-" + std::to_string(i + 1);
      const std::string words = c.value.empty() ? "Not given" : choice_label(c.value);
      out += "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"" + esc(id) + "\" name=\"" +
             esc(f.key) + "\" type=\"radio\" value=\"" + esc(c.value) + "\"" + (c.value == value ? " checked" : "") +
             "><label class=\"govuk-label govuk-radios__label\" for=\"" + esc(id) + "\">" + esc(words) + "</label></div>\n";
    }
    out += "</div>\n</fieldset>\n</div>\n";
    return out;
  }
  std::string out = group_open(f);
  out += "<label class=\"govuk-label govuk-label--s\" for=\"" + esc(f.id) + "\">" + label_text(f) + "</label>\n" +
         hint_html(f) + problem_messages(f) + "<select class=\"govuk-select" +
         std::string(has_errors(f) ? " govuk-select--error" : "") + "\" id=\"" + esc(f.id) + "\" name=\"" + esc(f.key) +
         "\"" + described_by(f, true) + ">\n<option value=\"\"" + (value.empty() ? " selected" : "") + ">" +
         (f.required ? "Choose" : "Not given") + "</option>\n";
  for (const auto& c : type.choices) {
    out += "<option value=\"" + esc(c.value) + "\"" + (c.value == value ? " selected" : "") + ">" +
           esc(choice_label(c.value)) + "</option>\n";
  }
  if (!known && !type.open) {
    out += "<option value=\"" + esc(value) + "\" selected>" + esc(value) + " (not a listed value)</option>\n";
  }
  out += "</select>\n";
  if (type.open) {
    out += "<div class=\"govuk-form-group dk-other\"><label class=\"govuk-label\" for=\"" + esc(f.id) + "-other\">Or the council's own value (starting x-)</label>" +
           input(f.id + "-other", f.key + ":other", known ? "" : value, " govuk-input--width-20", " spellcheck=\"false\"") +
           "</div>\n";
  }
  out += "</div>\n";
  return out;
}

}  // namespace

std::string id_for(std::string_view key) {
  std::string out = "f";
  for (char c : key) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    else if (c == '@') out += "-at-";
    else if (c == '#') out += "-x-";
    else if (c == ']') continue;
    else out += '-';
  }
  return out;
}

std::string label_for(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> words = {
      {"id", "Identifier"}, {"href", "Web address or file"}, {"ref", "Reference"}, {"kpi", "KPI"},
      {"kpis", "KPIs"}, {"hr", "HR"}, {"lang", "Language"}, {"as", "as"}, {"at", "at"},
      {"of", "of"}, {"and", "and"}, {"url", "web address"}, {"meta", "Report details"}};
  std::vector<std::string> parts;
  std::string cur;
  for (char c : name) {
    if (std::isupper(static_cast<unsigned char>(c)) && !cur.empty()) {
      parts.push_back(cur);
      cur.clear();
    }
    if (c == '-' || c == '_') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
      continue;
    }
    cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (!cur.empty()) parts.push_back(cur);
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string w = parts[i];
    if (auto it = words.find(w); it != words.end()) w = it->second;
    if (w == "ref" && i > 0) w = "reference";
    if (i == 0 && !w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    else if (w == "Identifier" || w == "Reference") w[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
    out += (i ? " " : "") + w;
  }
  return out;
}

std::string choice_label(std::string_view value) {
  if (value == "true") return "Yes";
  if (value == "false") return "No";
  return label_for(value);
}

std::string message_for(const Diagnostic& d) {
  static const std::regex tag(R"(</?([A-Za-z][A-Za-z0-9]*)>)");
  std::string out;
  std::string msg = d.message;
  std::sregex_iterator it(msg.begin(), msg.end(), tag), end;
  std::size_t last = 0;
  for (; it != end; ++it) {
    out += msg.substr(last, static_cast<std::size_t>(it->position()) - last);
    out += "\u201C" + label_for((*it)[1].str()) + "\u201D";
    last = static_cast<std::size_t>(it->position() + it->length());
  }
  out += msg.substr(last);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  if (!d.hint.empty() && d.hint.find('<') == std::string::npos && d.hint.find("=\"") == std::string::npos &&
      d.hint.find("docs/") == std::string::npos && d.hint.find("--") == std::string::npos) {
    std::string hint = d.hint;
    hint[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0])));
    out += ". " + hint;
  }
  if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != ')') out += ".";
  return out;
}

std::string problem_messages(const FieldInfo& f) {
  std::string out;
  if (f.quiet) return out;
  for (std::size_t i = 0; i < f.problems.size(); ++i) {
    const Diagnostic& d = *f.problems[i];
    const std::string id = f.id + "-problem-" + std::to_string(i);
    if (d.severity == Severity::error) {
      out += "<p id=\"" + esc(id) + "\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " +
             esc(message_for(d)) + "</p>\n";
    } else {
      out += "<p id=\"" + esc(id) + "\" class=\"dk-warning-message\"><strong class=\"govuk-tag govuk-tag--yellow\">Warning</strong> " +
             esc(message_for(d)) + "</p>\n";
    }
  }
  return out;
}

std::string value_field(const FieldInfo& f, const ValueType& type, const std::string& value) {
  if (f.quiet) return {};
  switch (type.kind) {
    case ValueKind::date: return date_field(f, value, false);
    case ValueKind::date_or_month: return date_field(f, value, true);
    case ValueKind::choice: return choice_field(f, type, value);
    case ValueKind::boolean: {
      ValueType yes_no;
      yes_no.choices = {{"true", ""}, {"false", ""}};
      return choice_field(f, yes_no, value);
    }
    default: break;
  }
  std::string classes, extra = " spellcheck=\"" + std::string(type.kind == ValueKind::text ? "true" : "false") + "\"";
  if (has_errors(f)) classes += " govuk-input--error";
  if (type.kind == ValueKind::decimal) classes += " govuk-input--width-10", extra += " inputmode=\"decimal\"";
  if (type.kind == ValueKind::integer) classes += " govuk-input--width-5", extra += " inputmode=\"numeric\"";
  if (type.kind == ValueKind::year) classes += " govuk-input--width-4", extra += " inputmode=\"numeric\"";
  if (type.kind == ValueKind::id) classes += " govuk-input--width-20";
  if (f.required) extra += " aria-required=\"true\"";
  extra += described_by(f, true);
  return group_open(f) + "<label class=\"govuk-label govuk-label--s\" for=\"" + esc(f.id) + "\">" + label_text(f) +
         "</label>\n" + hint_html(f) + problem_messages(f) + input(f.id, f.key, value, classes, extra) + "\n</div>\n";
}

std::string rich_field(const FieldInfo& f, bool blocks, const std::string& text_form, const std::string& html_form) {
  if (f.quiet) return {};
  const std::string how = blocks ? "Each line is a paragraph. Start a line with - for a bullet or 1. for a numbered list; **bold**, *italic*, [link text](https://…)."
                                 : "**bold**, *italic*, [link text](https://…).";
  std::string out = group_open(f, " dk-rich");
  out += "<label class=\"govuk-label govuk-label--s\" for=\"" + esc(f.id) + "\">" + label_text(f) + "</label>\n" +
         hint_html(f) + "<p class=\"govuk-hint dk-format-hint\">" + esc(how) + "</p>\n" + problem_messages(f) +
         "<textarea class=\"govuk-textarea" + std::string(has_errors(f) ? " govuk-textarea--error" : "") + "\" id=\"" +
         esc(f.id) + "\" name=\"" + esc(f.key) + "\" rows=\"" + (blocks ? "6" : "2") + "\" data-rich=\"" +
         (blocks ? "blocks" : "inline") + "\"" + described_by(f, true) + ">" + esc(text_form) + "</textarea>\n" +
         hidden(f.key + ":format", "text") + "\n<template class=\"dk-rich-start\">" + html_form + "</template>\n</div>\n";
  return out;
}

std::string date_value(const std::string& day, const std::string& month, const std::string& year, bool month_allowed) {
  auto t = [](const std::string& s) { return std::string(trim(s)); };
  const std::string d = t(day), m = t(month), y = t(year);
  if (d.empty() && m.empty() && y.empty()) return {};
  auto pad = [](const std::string& s) {
    const bool digits = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits && s.size() == 1 ? "0" + s : s;
  };
  if (d.empty() && month_allowed) return y + "-" + pad(m);
  return y + "-" + pad(m) + "-" + pad(d);
}

}  // namespace docket::serve::form
