#include "pack/pack.hpp"

#include <map>
#include <optional>

#include "data/load_for_template.hpp"
#include "format/filter.hpp"
#include "pack/agenda.hpp"
#include "pack/filler.hpp"
#include "pack/font_check.hpp"
#include "pack/front_sheet.hpp"
#include "pack/merge.hpp"
#include "pack/paper_pages.hpp"
#include "pack/pdf_finish.hpp"
#include "pack/pdf_papers.hpp"
#include "pack/report_pdf.hpp"
#include "pack/soffice.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

// The members' banner: the statutory wording in full (it must fit one line: see
// HeaderFooterParts::banner_header).
std::string banner(const Access& access) {
  if (access.status == "confidential") {
    return "NOT FOR PUBLICATION \u2014 confidential information as defined in section 100A(3) of the Local "
           "Government Act 1972";
  }
  std::string paragraphs;
  for (std::size_t i = 0; i < access.paragraphs.size(); ++i) {
    if (i > 0) paragraphs += i + 1 == access.paragraphs.size() ? " and " : ", ";
    paragraphs += std::to_string(access.paragraphs[i]);
  }
  const bool wales = !access.paragraphs.empty() && access.paragraphs.front() >= 12;
  return "NOT FOR PUBLICATION \u2014 exempt information under paragraph" +
         std::string(access.paragraphs.size() > 1 ? "s " : " ") + paragraphs + " of " + (wales ? "Part 4" : "Part 1") +
         " of Schedule 12A to the Local Government Act 1972";
}

// The pack's page line: the meeting and the page, in the pack's language.
PackFooter pack_footer(const Agenda& agenda, const format::Locale& locale) {
  const bool welsh = locale.language() == "cy";
  const auto date = format::compile_filter({"date", {"d MMMM y"}}, locale)->apply(agenda.date);
  return {agenda.body + ", " + date, welsh ? "Tudalen" : "Page", welsh ? "o" : "of"};
}

struct Plan {
  std::vector<MergeSource> sources;  // after the front sheet
  struct Ref {
    const PackItem* item;
    std::size_t document;
  };
  std::vector<Ref> refs;  // the item and document each source is
  std::map<std::size_t, std::string> bookmarks;  // item's position in the agenda → bookmark
};

Plan plan_sources(const Agenda& agenda, const std::vector<PackItem>& items, Audience audience) {
  Plan plan;
  for (const PackItem& item : items) {
    const auto position = static_cast<std::size_t>(item.item - agenda.items.data());
    for (std::size_t i = 0; i < item.documents.size(); ++i) {
      const PackDocument& doc = item.documents[i];
      // Every document gets a bookmark: the PDF route finds where each one lands by it.
      const bool odd = agenda.duplex && (i == 0 ? agenda.items_start_on_odd_page : agenda.documents_start_on_odd_page);
      MergeSource s{doc.docx, doc.label, item_bookmark(item.item->number), odd, ""};
      if (i == 0) plan.bookmarks[position] = s.bookmark;
      else s.bookmark += "_" + std::to_string(i);
      if (audience == Audience::confidential_pack && doc.access.withheld()) s.page_banner = banner(doc.access);
      plan.sources.push_back(std::move(s));
      plan.refs.push_back({&item, i});
    }
  }
  return plan;
}

// The PDF route: LibreOffice lays the pack out once without filler pages (each document on a
// new page) and says, through the bookmarks, where each document starts; filler pages go
// where an item would start on an even page; the pack is converted once more and checked.
struct PdfLayout {
  std::vector<int> starts;           // start page of each planned source
  std::vector<bool> filler_before;   // a filler page goes before the source
  int total = 0;
};

// `counts`: the front sheet's pages, then each source's. A source that starts on an odd page
// gets a filler page before it where it would start on an even one.
PdfLayout lay_out(const std::vector<int>& counts, const std::vector<MergeSource>& sources) {
  PdfLayout layout;
  int next = counts.at(0) + 1;  // after the front sheet
  for (std::size_t k = 1; k < counts.size(); ++k) {
    const bool filler = sources[k - 1].start_on_odd_page && next % 2 == 0;
    if (filler) ++next;
    layout.filler_before.push_back(filler);
    layout.starts.push_back(next);
    next += counts[k];
  }
  layout.total = next - 1;
  return layout;
}

std::vector<std::string> bookmark_names(const std::vector<MergeSource>& sources) {
  std::vector<std::string> names;
  for (const auto& s : sources) names.push_back(s.bookmark);
  return names;
}

// Page counts of the front sheet and each source as LibreOffice lays them out in `pdf`.
std::optional<std::vector<int>> measured_counts(const std::filesystem::path& pdf, const std::vector<MergeSource>& sources,
                                                Diagnostics& diags) {
  const auto starts = pdf_bookmark_pages(pdf, bookmark_names(sources));
  const int total = pdf_page_count(pdf);
  std::vector<int> begin;
  for (const auto& s : sources) {
    auto it = starts.find(s.bookmark);
    if (it == starts.end()) {
      diags.add({.message = "LibreOffice did not say where " + s.label + " starts, so the PDF cannot be paginated",
                 .hint = "check that LibreOffice opens the document alone", .code = "pack.pdf-layout"});
      return std::nullopt;
    }
    begin.push_back(it->second);
  }
  begin.push_back(total + 1);
  std::vector<int> counts{begin.front() - 1};
  for (std::size_t k = 0; k + 1 < begin.size(); ++k) counts.push_back(begin[k + 1] - begin[k]);
  return counts;
}

// Warns for each document that did not land where the layout put it.
void check_starts(const std::filesystem::path& pdf, const std::vector<MergeSource>& sources, const PdfLayout& layout,
                  Diagnostics& diags) {
  const auto starts = pdf_bookmark_pages(pdf, bookmark_names(sources));
  for (std::size_t k = 0; k < sources.size(); ++k) {
    auto it = starts.find(sources[k].bookmark);
    if (it == starts.end() || it->second != layout.starts[k]) {
      diags.warning("in the PDF, " + sources[k].label + " starts on page " +
                        (it == starts.end() ? std::string("?") : std::to_string(it->second)) + " where page " +
                        std::to_string(layout.starts[k]) + " was planned",
                    "the front sheet's page numbers may be wrong there; check the PDF", "pack.page-count");
    }
  }
}

// One entry per item at its first page; the item's later documents (appendices) beneath it.
std::vector<OutlineEntry> outline(const Plan& plan, const PdfLayout& layout) {
  std::vector<OutlineEntry> entries;
  for (std::size_t k = 0; k < plan.sources.size(); ++k) {
    const auto& ref = plan.refs[k];
    if (ref.document == 0) {
      entries.push_back({ref.item->item->number + ". " + ref.item->item->title, layout.starts[k], {}});
    } else {
      entries.back().children.push_back({ref.item->documents[ref.document].outline_title, layout.starts[k], {}});
    }
  }
  return entries;
}

// Writing the pack over the agenda or one of its papers would destroy a clerk's input.
void refuse_outputs_onto_inputs(const std::filesystem::path& agenda_file, const Agenda& agenda,
                                const std::filesystem::path& target, const std::optional<std::filesystem::path>& pdf) {
  for (const auto& output : {std::optional<std::filesystem::path>(target), pdf}) {
    if (!output) continue;
    refuse_output_onto_input(*output, agenda_file, "the agenda");
    for (const auto& item : agenda.items) {
      for (const auto& document : item.documents) {
        refuse_output_onto_input(*output, document.file, "a paper of item " + item.number + ":");
        if (document.template_file) {
          refuse_output_onto_input(*output, *document.template_file, "the template of item " + item.number + ":");
        }
      }
    }
  }
}

std::string page_count(int pages) { return pages == 1 ? "1 page" : std::to_string(pages) + " pages"; }

// A PDF cannot live inside a DOCX: one line says which papers have a page in their place.
void warn_pdf_papers(const Plan& plan, bool pdf_too, Diagnostics& diags) {
  std::vector<std::string> labels;
  for (const auto& ref : plan.refs) {
    const PackDocument& doc = ref.item->documents[ref.document];
    if (!doc.pdf.empty()) labels.push_back(doc.label + " (" + page_count(doc.pdf_pages) + ")");
  }
  if (labels.empty()) return;
  std::string list;
  for (std::size_t i = 0; i < labels.size(); ++i) list += (i > 0 ? ", " : "") + labels[i];
  diags.warning("the DOCX pack has a page in place of each PDF paper, whose pages are only in the PDF pack: " + list,
                pdf_too ? "publish the PDF pack, which holds every paper's pages"
                        : "give --pdf PACK.pdf to make the PDF pack, which holds every paper's pages",
                "pack.pdf-papers");
}

// In the DOCX LibreOffice lays out, each PDF paper is stand-in pages, as many as it has.
std::vector<MergeSource> with_stand_ins(const Plan& plan, const std::filesystem::path& work, const std::string& language) {
  std::vector<MergeSource> sources = plan.sources;
  for (std::size_t k = 0; k < sources.size(); ++k) {
    sources[k].start_on_odd_page = false;  // filler pages do that
    const PackDocument& doc = plan.refs[k].item->documents[plan.refs[k].document];
    if (doc.pdf.empty()) continue;
    sources[k].path = work / ("stand-in-" + std::to_string(k) + ".docx");
    write_pdf_stand_in(sources[k].path, doc.pdf_pages, language);
  }
  return sources;
}

// Where each PDF paper's pages go, once the layout is known; an error when LibreOffice did
// not give a paper's stand-ins exactly its page count.
std::vector<PdfPaperPlace> pdf_places(const Plan& plan, const std::vector<int>& counts, const PdfLayout& layout,
                                      Audience audience, Diagnostics& diags) {
  std::vector<PdfPaperPlace> places;
  for (std::size_t k = 0; k < plan.sources.size(); ++k) {
    const PackDocument& doc = plan.refs[k].item->documents[plan.refs[k].document];
    if (doc.pdf.empty()) continue;
    if (counts[k + 1] != doc.pdf_pages) {
      diags.add({.message = "LibreOffice laid out " + std::to_string(counts[k + 1]) + " pages in place of " + doc.label +
                            ", which has " + std::to_string(doc.pdf_pages),
                 .hint = "check that the PDF opens in a PDF reader", .code = "pack.pdf-layout"});
      continue;
    }
    places.push_back({doc.pdf, layout.starts[k], doc.pdf_pages, doc.outline_title, doc.label,
                      audience == Audience::confidential_pack ? plan.sources[k].page_banner : ""});
  }
  return places;
}

}  // namespace

bool build_pack(const std::filesystem::path& agenda_file, const std::filesystem::path& target,
                const PackOptions& options, Diagnostics& diags) {
  ProgressCounter progress(options.progress);
  progress.begin("reading the agenda");
  xml::SchemaCache schemas;
  auto loaded = data::load_for_template(agenda_file, {}, schemas, diags);
  if (!loaded.data || diags.has_errors()) return false;
  if (xml::local_name(loaded.data->root()) != "agenda") {
    diags.add({.file = loaded.data->file(), .message = "this is not an agenda file",
               .hint = "docket pack takes an agenda (see docs/data/agenda.md)", .code = "pack.not-agenda"});
    return false;
  }
  const Agenda agenda = read_agenda(*loaded.data, options.allow_outside);
  refuse_outputs_onto_inputs(agenda_file, agenda, target, options.pdf);
  // The agenda, each item, the front sheet, six steps for the PDF, the pack.
  progress.expect(1 + agenda.items.size() + 1 + (options.pdf ? 6 : 0) + 1);
  TempFolder work("docket-pack");
  auto items = prepare_documents(agenda, work.path(), {options.audience, options.locale, &progress, options.soffice}, diags);
  Plan plan = plan_sources(agenda, items, options.audience);
  FrontSheetInput front{options.audience == Audience::public_pack ? "public" : "confidential", plan.bookmarks, {}, {}};
  for (std::size_t position = 0; position < items.size(); ++position) {
    for (const PackDocument& doc : items[position].documents) {
      if (doc.access.withheld()) front.withheld[position].push_back({doc.name, doc.access});
    }
  }
  const auto front_docx = work / "front.docx";
  progress.begin("making the front sheet");
  if (!render_front_sheet(*loaded.data, front, options.locale, front_docx, diags) || diags.has_errors()) return false;

  // Word refreshes the front sheet's page numbers on opening; LibreOffice keeps them live anyway.
  const MergeOptions merge_options{.title = agenda.body + ", " + agenda.date + ": agenda pack",
                                   .update_fields = true,
                                   .fit_to_a4 = agenda.fit_to_a4,
                                   .pack_footer = pack_footer(agenda, options.locale)};
  auto with_front = [&](const std::filesystem::path& front_file, const std::vector<MergeSource>& rest) {
    std::vector<MergeSource> all{{front_file, "front sheet", "", false, ""}};
    all.insert(all.end(), rest.begin(), rest.end());
    return all;
  };

  warn_pdf_papers(plan, options.pdf.has_value(), diags);
  if (options.pdf) {
    MergeOptions for_pdf = merge_options;
    for_pdf.endnotes_as_text = true;  // LibreOffice would print them all at the end of the pack
    const std::vector<MergeSource> plain = with_stand_ins(plan, work.path(), options.locale.document_language());
    const PdfOptions pdf_options{.soffice = options.soffice};
    progress.begin("merging the papers to measure their pages");
    merge_documents(with_front(front_docx, plain), work / "measure.docx", for_pdf, diags);
    if (diags.has_errors()) return false;
    progress.begin("laying out the pack with LibreOffice to count its pages");
    convert_to_pdf(work / "measure.docx", work / "measure.pdf", pdf_options);
    const auto counts = measured_counts(work / "measure.pdf", plain, diags);
    if (!counts) return false;
    const PdfLayout layout = lay_out(*counts, plan.sources);
    const auto places = pdf_places(plan, *counts, layout, options.audience, diags);
    if (diags.has_errors()) return false;
    for (std::size_t k = 0; k < plan.sources.size(); ++k) {
      const auto position = static_cast<std::size_t>(plan.refs[k].item->item - agenda.items.data());
      if (plan.refs[k].document == 0) front.pages[position] = layout.starts[k];
    }
    progress.begin("putting page numbers on the front sheet");
    if (!render_front_sheet(*loaded.data, front, options.locale, work / "front-paged.docx", diags)) return false;
    std::filesystem::rename(work / "front-paged.docx", front_docx);

    write_filler_page(work / "filler.docx", agenda.blank_page_text, options.locale.document_language());
    std::vector<MergeSource> with_fillers;
    for (std::size_t k = 0; k < plain.size(); ++k) {
      if (layout.filler_before[k]) with_fillers.push_back({work / "filler.docx", "filler page", "", false, ""});
      with_fillers.push_back(plain[k]);
    }
    progress.begin("merging the papers with filler pages");
    merge_documents(with_front(front_docx, with_fillers), work / "pack-for-pdf.docx", for_pdf, diags);
    if (diags.has_errors()) return false;
    warn_of_substituted_fonts(work / "pack-for-pdf.docx", diags);
    progress.begin("making the PDF with LibreOffice");
    // As for a report: a paper's contents and page references get the pack's page numbers.
    convert_report_to_pdf(work / "pack-for-pdf.docx", work / "pack-for-pdf.pdf", pdf_options);
    progress.begin("finishing the PDF");
    check_starts(work / "pack-for-pdf.pdf", plain, layout, diags);
    insert_pdf_papers(work / "pack-for-pdf.pdf", places, *merge_options.pack_footer, work / "pack-with-papers.pdf", diags);
    finish_pdf(work / "pack-with-papers.pdf", *options.pdf, outline(plan, layout));
    // The DOCX last: when LibreOffice fails, neither output is written.
  }
  progress.begin("writing the pack");
  merge_documents(with_front(front_docx, plan.sources), target, merge_options, diags);
  diags.drop_repeats();  // each merge (PDF measure, PDF, DOCX) says the same of a paper
  return !diags.has_errors();
}

}  // namespace docket::pack
