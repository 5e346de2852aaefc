#pragma once
// The committee-paper rules that XSD 1.0 cannot express (domain notes §6.6), checked on data
// that is already schema-valid. Each rule is an error or a warning with its own code
// ("rule.…"), pointing at the element it is about.
//
// The catalogue (E error, W warning; "both" = reports and agendas):
//   E rule.exempt-paragraph-missing        exempt access with no Schedule 12A paragraph (both)
//   E rule.exempt-paragraph-jurisdiction   a paragraph outside England 1–7 / Wales 12–18 (both)
//   E rule.public-interest-missing         exempt access with no publicInterest (both)
//   E rule.confidential-basis-missing      confidential access with no confidentialBasis (both)
//   W rule.key-decision-forward-plan       key decision without a forward plan reference
//   E rule.period-quarter-mismatch         quarter / financialYear disagree with the dates
//   E rule.period-end-before-start         the period ends before it starts
//   W rule.meeting-before-period-end       the meeting is not after the period reported on
//   E rule.tolerance-zero-target           percent-of-target tolerance or blue margin, target 0
//   E rule.kpi-actual                      an actual without a value or a complete fraction
//   E rule.risk-score-out-of-scale         likelihood or impact off the matrix's scale
//   E rule.appendix-label-duplicate        two appendices with one label (both)
//   E rule.appendix-label-sequence         labels out of sequence for the scheme (both)
//   W rule.appendix-not-referenced         the report's text never mentions an appendix
//   E rule.appendix-media-type             mediaType disagrees with the file's extension (both)
//   E rule.appendix-file-missing           an appendix file that does not exist (both)
//   E rule.document-file-missing           an item's report, template or document is missing
//   E rule.document-media-type             a document's mediaType disagrees with its file
//   E rule.file-outside-folder             a file named by URL, absolute path or ".." (both)
//   E rule.report-source                   an item's report gives both or neither data / href
//   E rule.background-papers-none-with-papers
//   E rule.link-target                     a link to "#" or nowhere (both)
//   E rule.link-text                       link text such as "click here", or none (both)
//   E rule.table-header                    a table whose first row has no th (both)
//   E rule.agenda-item-duplicate           two items with one number
//   E rule.to-follow-with-document         an item "to follow" that already has papers
//   W rule.part-ii-without-exclusion       a private item no earlier exclusion item lists
//   E rule.applies-to-not-item             an exclusion's appliesTo names a non-item id
//   E rule.supplement-without-original     supplementNumber without supplementOf
//   W rule.summons-notice                  summons under 5 (England) / 3 (Wales) clear days
//   W rule.publication-notice              publicationDate under 5 / 3 clear days
//   W rule.private-notice-28-day           an English executive meeting in private without a
//                                          28-day notice 28 clear days ahead
#include "data/data_source.hpp"
#include "support/diagnostic.hpp"

namespace docket::data {

/// Checks every rule that applies to the data's kind (report or agenda), adding one
/// diagnostic per problem to `diags`. Data of another kind (no namespace) has no rules.
/// Files the data names are looked up relative to `data.folder()`.
void check_rules(const DataSource& data, Diagnostics& diags);

}  // namespace docket::data
