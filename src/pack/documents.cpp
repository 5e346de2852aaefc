#include "pack/documents.hpp"

#include <algorithm>

#include "data/load_for_template.hpp"
#include "pack/convert_papers.hpp"
#include "pack/paper_pages.hpp"
#include "pack/pdf_papers.hpp"
#include "papers/pdf_clean.hpp"
#include "papers/publish.hpp"
#include "papers/schedule12a.hpp"
#include "support/atomic_file.hpp"
#include "support/files.hpp"
#include "template/numbering_outline.hpp"
#include "template/template.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack {

namespace {

Access read_report_access(const data::DataSource& report) {
  Access out;
  const xmlNode* a = xml::child(xml::child(report.root(), "meta"), "access");
  if (a == nullptr) return out;
  out.status = xml::attribute(a, "status").value_or("open");
  out.jurisdiction = xml::attribute(a, "jurisdiction").value_or("");
  for (xmlNode* p : xml::children(a, "paragraph")) out.paragraphs.push_back(std::atoi(xml::text(p).c_str()));
  out.public_interest = xml::child_text(a, "publicInterest").value_or("");
  out.confidential_basis = xml::child_text(a, "confidentialBasis").value_or("");
  return out;
}

class Preparer {
 public:
  Preparer(const Agenda& agenda, const std::filesystem::path& work, const PrepareOptions& options, Diagnostics& diags)
      : agenda_(agenda), work_(work), options_(options), diags_(diags) {}

  PackItem item(const AgendaItem& it) {
    PackItem out{&it, {}};
    if (it.to_follow) return out;
    for (const AgendaDocument& doc : it.documents) {
      PackDocument pd;
      pd.label = "item " + it.number + (doc.kind == DocumentKind::report ? " report" : " " + doc.name());
      pd.outline_title = doc.kind == DocumentKind::report ? it.number + ". " + it.title : doc.name();
      pd.name = doc.kind == DocumentKind::report ? "The report" : doc.name();
      const std::filesystem::path out_file = work_ / ("doc-" + std::to_string(counter_++) + ".docx");
      std::optional<data::DataSource> report;
      if (doc.rendered) report = load_report(doc);
      // A document's own status wins; an exempt item withholds everything in it; a rendered
      // report can declare itself exempt in its data.
      pd.access = doc.access ? *doc.access : it.access;
      if (!pd.access.withheld() && report && doc.kind == DocumentKind::report) pd.access = read_report_access(*report);
      if (!pd.access.withheld() && it.part_two) pd.access.status = "exempt";
      if (pd.access.withheld() && options_.audience == Audience::public_pack) {
        if (!agenda_.withheld_placeholder) continue;
        write_notice(it, doc, pd.access, out_file);
        pd.notice = true;
      } else if (doc.rendered) {
        if (!report || !render_report(doc, *report, it, out_file)) continue;
      } else {
        take_paper(doc, pd, out_file);
      }
      if (pd.docx.empty() && pd.pdf.empty()) pd.docx = out_file;
      if (options_.audience == Audience::public_pack && !pd.notice) clean(pd);
      if (!pd.pdf.empty()) {
        pd.pdf_pages = pdf_paper_pages(pd.pdf);
        pd.docx = work_ / ("pdf-notice-" + std::to_string(counter_++) + ".docx");
        write_pdf_notice_page(pd.docx, pd.outline_title, pd.pdf_pages, options_.locale.id());
      }
      out.documents.push_back(std::move(pd));
    }
    return out;
  }

 private:
  // A finished paper: a DOCX or PDF as it is, other formats converted to one of the two.
  void take_paper(const AgendaDocument& doc, PackDocument& pd, const std::filesystem::path& out_docx) {
    if (doc.format == data::PaperFormat::pdf) {
      pd.pdf = doc.file;
    } else if (converts_to_pdf(doc.format)) {
      pd.pdf = work_ / ("paper-" + std::to_string(counter_++) + ".pdf");
      convert_paper(doc.file, doc.format, pd.pdf, options_.soffice);
    } else if (converts_to_docx(doc.format)) {
      convert_paper(doc.file, doc.format, out_docx, options_.soffice);
    } else if (data::is_image(doc.format)) {
      write_image_paper(out_docx, doc.file, doc.format, doc.title.empty() ? doc.name() : doc.title,
                        options_.locale.id());
    } else {
      pd.docx = doc.file;
    }
  }

  // What a public pack publishes carries nothing a document can hide.
  void clean(PackDocument& pd) {
    const auto cleaned = work_ / ("clean-" + std::to_string(counter_++) + (pd.pdf.empty() ? ".docx" : ".pdf"));
    if (pd.pdf.empty()) {
      papers::clean_docx(pd.docx, cleaned, diags_);
      pd.docx = cleaned;
    } else {
      papers::clean_pdf(pd.pdf, cleaned, pd.label, diags_);
      pd.pdf = cleaned;
    }
  }

  std::optional<data::DataSource> load_report(const AgendaDocument& doc) {
    const auto outline = tmpl::numbering_outline(*doc.template_file, diags_);
    auto loaded = data::load_for_template(doc.file, {}, schemas_, diags_, options_.locale.id(), outline);
    colours_ = loaded.colours;
    return std::move(loaded.data);
  }

  bool render_report(const AgendaDocument& doc, data::DataSource& report, const AgendaItem& it,
                     const std::filesystem::path& out) {
    data::set_agenda_item(report, it.number);
    auto tpl = tmpl::Template::load(*doc.template_file, {options_.locale}, diags_);
    return tmpl::render(tpl, report, out, {.status_fill = tmpl::scheme_colours(colours_)}, diags_);
  }

  // The notice that stands for a withheld document in a public pack: the item, the paragraph
  // of Schedule 12A and its description, and the public-interest statement.
  void write_notice(const AgendaItem& it, const AgendaDocument& doc, const Access& access,
                    const std::filesystem::path& out) {
    const bool wales = (access.jurisdiction.empty() ? agenda_.jurisdiction : access.jurisdiction) == "wales";
    std::string xml = "<notice number=\"" + xml::escape_attribute(it.number) + "\" title=\"" +
                      xml::escape_attribute(it.title) + "\" kind=\"" +
                      (doc.kind == DocumentKind::appendix ? "appendix" : "item") + "\" status=\"" +
                      xml::escape_attribute(access.status) + "\" part=\"" + (wales ? "Part 4" : "Part 1") +
                      "\" body=\"" + xml::escape_attribute(agenda_.body) + "\" date=\"" +
                      xml::escape_attribute(agenda_.date) + "\" authority=\"" + xml::escape_attribute(agenda_.authority) +
                      "\"><document>" + xml::escape_text(doc.name()) + "</document>";
    for (int p : access.paragraphs) {
      xml += "<paragraph number=\"" + std::to_string(p) + "\">" +
             xml::escape_text(papers::schedule_12a_description(p).value_or("")) + "</paragraph>";
    }
    if (!access.public_interest.empty()) xml += "<publicInterest>" + xml::escape_text(access.public_interest) + "</publicInterest>";
    xml += "</notice>";
    const auto data_file = work_ / ("notice-" + std::to_string(counter_++) + ".xml");
    {
      AtomicFile f(data_file, Durability::scratch);
      f.write(xml);
      f.commit();
    }
    auto data = data::load_data(data_file, diags_);
    auto tpl = tmpl::Template::load(data_dir() / "templates" / "exempt-notice.docx", {options_.locale}, diags_);
    if (data) tmpl::render(tpl, *data, out, {}, diags_);
  }

  const Agenda& agenda_;
  std::filesystem::path work_;
  const PrepareOptions& options_;
  Diagnostics& diags_;
  xml::SchemaCache schemas_;
  data::StatusColours colours_;
  int counter_ = 0;
};

}  // namespace

std::vector<PackItem> prepare_documents(const Agenda& agenda, const std::filesystem::path& work,
                                        const PrepareOptions& options, Diagnostics& diags) {
  Preparer preparer(agenda, work, options, diags);
  std::vector<PackItem> out;
  for (const AgendaItem& it : agenda.items) {
    if (options.progress != nullptr) {
      const bool renders = std::any_of(it.documents.begin(), it.documents.end(),
                                       [](const AgendaDocument& d) { return d.rendered; });
      options.progress->begin(std::string(renders ? "rendering" : "preparing") + " item " +
                              std::to_string(out.size() + 1) + " of " + std::to_string(agenda.items.size()) + ": " +
                              it.title);
    }
    out.push_back(preparer.item(it));
  }
  return out;
}

}  // namespace docket::pack
