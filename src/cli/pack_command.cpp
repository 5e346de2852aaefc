#include "cli/command.hpp"
#include "cli/paths.hpp"
#include "pack/pack.hpp"
#include "support/error.hpp"

namespace docket::cli {

namespace {

int pack(Invocation& inv) {
  const std::string agenda = required_path(inv, "agenda", "AGENDA.xml");
  const std::string output = required_path(inv, "output", "-o PACK.docx");
  if (inv.args.count("public") && inv.args.count("confidential")) {
    throw UsageError("choose --public or --confidential, not both", "run docket pack --help");
  }
  pack::PackOptions options{.locale = format::Locale(inv.args["locale"].as<std::string>())};
  options.audience = inv.args.count("confidential") ? pack::Audience::confidential_pack : pack::Audience::public_pack;
  if (inv.args.count("pdf")) options.pdf = inv.args["pdf"].as<std::string>();
  if (inv.args.count("soffice")) options.soffice = inv.args["soffice"].as<std::string>();
  options.allow_outside = inv.args.count("allow-outside") > 0;
  options.progress = inv.progress.callback();
  Diagnostics diags;
  const bool written = pack::build_pack(agenda, output, options, diags);
  diags.sort_by_position();
  print_diagnostics(diags, inv);
  if (written) {
    report_done("wrote " + output + (options.pdf ? " and " + options.pdf->string() : std::string()) + " (" +
                    (options.audience == pack::Audience::public_pack ? "public pack: exempt papers withheld"
                                                                     : "members' pack: exempt papers marked") +
                    ")",
                inv);
  } else if (diags.has_errors() && !inv.json) {
    inv.err << "nothing written: fix the errors above\n";
  }
  return status_for(diags);
}

}  // namespace

Command pack_command() {
  return {
      .name = "pack",
      .summary = "assemble an agenda pack: front sheet, then every item's papers, each on an odd page",
      .synopsis = "docket pack AGENDA.xml -o PACK.docx [--public | --confidential] [--pdf PACK.pdf] [--allow-outside]",
      .details =
          "--public (the default) withholds exempt papers: a notice with the Schedule 12A paragraph and the\n"
          "public-interest statement stands in their place, and every paper is cleaned for publication\n"
          "(tracked changes accepted; comments, hidden text and personal details removed).\n"
          "--confidential includes everything and marks exempt papers NOT FOR PUBLICATION on every page.\n"
          "--pdf also writes a tagged PDF through LibreOffice, with filler pages so each item starts on an\n"
          "odd page and one bookmark per item.\n\n"
          "Reports given as data are rendered with the template the agenda names, else the house template\n"
          "(DOCKET_HOUSE_TEMPLATE, or the shipped one). On a terminal the step in progress is shown on\n"
          "standard error; --verbose lists each step with its time.",
      .examples = {{"docket pack fixtures/agenda-pcc-cabinet-2023-12-18.xml -o out/pack.docx --pdf out/pack.pdf",
                    "the public pack as DOCX and tagged PDF"},
                   {"docket pack fixtures/agenda-pcc-cabinet-2023-12-18.xml --confidential -o out/members.docx",
                    "the members' pack, exempt papers marked"}},
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("agenda", po::value<std::string>()->value_name("AGENDA.xml"), "the agenda (.xml)")
                ("output,o", po::value<std::string>()->value_name("PACK.docx"), "the pack to write (.docx)")
                ("public", "a public pack: exempt papers withheld (the default)")
                ("confidential", "a members' pack: exempt papers included and marked")
                ("pdf", po::value<std::string>()->value_name("PACK.pdf"), "also write the pack as a tagged PDF")
                ("soffice", po::value<std::string>()->value_name("PROGRAM"), "LibreOffice's soffice program for --pdf (as DOCKET_SOFFICE)")
                ("allow-outside", "let the agenda name papers outside its own folder")
                ("locale", po::value<std::string>()->value_name("LOCALE")->default_value("en-GB"), "locale for dates and numbers");
            pos.add("agenda", 1);
          },
      .handler = pack,
  };
}

}  // namespace docket::cli
