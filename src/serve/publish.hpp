#pragma once
// Publishing a meeting's papers: the files a council puts on its website copied into the
// workspace's published/MEETING/ folder — the agenda front sheet, the public pack (DOCX, and
// PDF when built) and each public paper, made by pack::write_public_papers; never anything
// exempt. Files published before that are no longer public are removed. Every publication is
// appended to published/MEETING/published.txt (when, by whom, each file and its hash) and to
// the audit log. Runs as a job under the meeting's pack key, so never beside a build.
#include <string>

#include "pack/progress.hpp"
#include "serve/app.hpp"

namespace docket::serve {

/// The record file's name in published/MEETING/.
inline constexpr const char* kPublishedRecord = "published.txt";

/// Publishes as the job does (tests call it directly). Throws docket::Error when there is no
/// public pack of the agenda as it is now, or when a paper cannot be made.
void publish_meeting(App& app, const std::string& agenda, const std::string& who, const pack::PackProgress& progress);

/// The "Publish" part of a meeting's packs page: what was published, and for clerks the button.
std::string publish_section(App& app, const Context& ctx, const std::string& agenda, bool clerk);

void add_publish_routes(std::vector<App::Route>& routes);

}  // namespace docket::serve
