// Packs built in the background from a meeting's page: the job's life, its progress in words
// and as server-sent events, one build per meeting, two meetings side by side, a failure that
// keeps the previous pack, and the pack equal to the library's (so to `docket pack`'s).
#include <future>

#include "pack/pack.hpp"
#include "pack/soffice.hpp"
#include "packs_test_support.hpp"
#include "support/files.hpp"

using namespace docket;
using namespace docket::serve;
using namespace docket::serve::test;

namespace {

Response build(Served& s, const std::string& agenda, const std::string& audience = "public") {
  return s.post("/agendas/" + agenda + "/packs", {{"audience", audience}});
}

// Holds the one job worker until released, so what is queued behind it stays queued.
struct HeldWorker {
  std::promise<void> release;
  explicit HeldWorker(App& app) {
    auto until = release.get_future().share();
    app.jobs().start("hold", [until](const Progress&) {
      until.wait();
      return std::string();
    });
  }
  ~HeldWorker() { release.set_value(); }
};

}  // namespace

TEST_CASE("A clerk's public pack is built in the background and equals the library's pack of the same agenda", "[serve][packs]") {
  Served s("serve-packs-build");
  add_meeting(s);
  CHECK(s.get("/agendas/cabinet.xml").body.find("href=\"/agendas/cabinet.xml/packs\">Packs: build, download and publish them</a>") !=
        std::string::npos);
  const Response started = build(s, "cabinet.xml");
  REQUIRE(started.status == 303);
  const std::string id = job_of(started);
  REQUIRE(!id.empty());
  const JobState done = finished(*s.app, id);
  REQUIRE(done.error == "");
  CHECK(done.status == JobState::Status::done);
  CHECK(done.step == "Done");

  const Response page = s.get("/agendas/cabinet.xml/packs?job=" + id);
  CHECK(page.status == 200);
  CHECK(page.body.find("The pack has been built") != std::string::npos);
  CHECK(page.body.find("href=\"/agendas/cabinet.xml/packs/cabinet-public-pack.docx\"") != std::string::npos);
  CHECK(page.body.find("Built on ") != std::string::npos);
  CHECK(page.body.find("by you.") != std::string::npos);

  const Response download = s.get("/agendas/cabinet.xml/packs/cabinet-public-pack.docx");
  REQUIRE(download.status == 200);
  Diagnostics diags;
  const auto mine = s.dir.path() / "library.docx";
  REQUIRE(pack::build_pack(s.workspace() / "agendas" / "cabinet.xml", mine, {}, diags));
  CHECK(download.body == docket::test::read_text(mine));
  CHECK(docket::test::ooxml_problems(s.workspace() / "packs" / "cabinet" / "cabinet-public-pack.docx") == "");
  CHECK(all_text(mine).find(kExemptMarker) == std::string::npos);

  const std::string log = docket::test::read_text(s.app->audit().file());
  CHECK(log.find("\"what\":\"built pack\"") != std::string::npos);
  CHECK(log.find("\"detail\":\"public pack: cabinet-public-pack.docx\"") != std::string::npos);
}

TEST_CASE("A pack build reports each stage in words, and its events end with the finished state", "[serve][packs]") {
  Served s("serve-packs-progress");
  add_meeting(s);
  std::vector<std::string> steps;
  build_meeting_pack(*s.app, {.agenda = "cabinet.xml", .pdf = false, .who = "you"},
                     [&](const pack::ProgressStep& step) { steps.push_back(progress_words(step)); });
  CHECK(steps.front() == "Reading the agenda");
  CHECK(std::find(steps.begin(), steps.end(), "Rendering item 8 of 10: Quarterly Performance Report – Quarter Two (2023/24)") != steps.end());
  CHECK(std::find(steps.begin(), steps.end(), "Preparing item 3 of 10: Minutes of the Cabinet Meeting held on 13 November 2023") != steps.end());
  CHECK(steps.back() == "Writing the pack");

  const std::string id = job_of(build(s, "cabinet.xml", "members"));
  finished(*s.app, id);
  const Response events = s.get("/jobs/" + id + "/events");
  CHECK(events.content_type == "text/event-stream");
  std::string sent;
  events.stream([&](std::string_view chunk) {
    sent += chunk;
    return true;
  });
  CHECK(sent.rfind("data: {\"error\":\"\",\"percent\":100,\"status\":\"done\",\"step\":\"Done\",\"version\":", 0) == 0);
  CHECK(sent.ends_with("}\n\n"));
}

TEST_CASE("A second build of a meeting while one is queued says so and links to it, and another meeting builds beside it", "[serve][packs]") {
  Served s("serve-packs-once");
  add_meeting(s, "cabinet.xml");
  add_meeting(s, "planning.xml");
  std::string first, other;
  {
    HeldWorker hold(*s.app);
    first = job_of(build(s, "cabinet.xml"));
    REQUIRE(!first.empty());
    const Response page = s.get("/agendas/cabinet.xml/packs");
    CHECK(page.body.find("Building the pack") != std::string::npos);
    CHECK(page.body.find("data-job=\"" + first + "\"") != std::string::npos);
    // Without JavaScript the page reloads itself; with it, only live.js reloads it (when the job is done).
    CHECK(page.header("Refresh").empty());
    CHECK(page.body.find("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>") != std::string::npos);
    CHECK(page.body.find("Build the pack</button>") == std::string::npos);

    const Response again = build(s, "cabinet.xml", "members");
    CHECK(again.status == 409);
    CHECK(again.body.find("A pack for this meeting is being built now; one build runs at a time for each meeting.") != std::string::npos);
    CHECK(again.body.find("href=\"/agendas/cabinet.xml/packs?job=" + first + "\"") != std::string::npos);
    const Response planning = build(s, "planning.xml");
    CHECK(planning.status == 303);
    other = job_of(planning);
    CHECK(other != first);
  }
  CHECK(finished(*s.app, first).status == JobState::Status::done);
  CHECK(finished(*s.app, other).status == JobState::Status::done);
  const std::string a = docket::test::read_text(s.workspace() / "packs" / "cabinet" / "cabinet-public-pack.docx");
  const std::string b = docket::test::read_text(s.workspace() / "packs" / "planning" / "planning-public-pack.docx");
  CHECK(a == b);  // the same agenda twice: packs are deterministic, and neither build touched the other's
  CHECK_FALSE(std::filesystem::exists(s.workspace() / "packs" / "cabinet" / "cabinet-members-pack.docx"));
}

TEST_CASE("A build that fails names the paper and the reason and keeps the previous pack", "[serve][packs]") {
  Served s("serve-packs-fail");
  add_meeting(s);
  REQUIRE(finished(*s.app, job_of(build(s, "cabinet.xml"))).status == JobState::Status::done);
  const auto pack_file = s.workspace() / "packs" / "cabinet" / "cabinet-public-pack.docx";
  const std::string before = docket::test::read_text(pack_file);
  const std::string record = docket::test::read_text(s.workspace() / "packs" / "cabinet" / "builds.json");

  docket::test::write_text(s.workspace() / "agendas" / "papers" / "pcc-city-market-appendix-a-delivery-strategy.docx", "not a Word document");
  const std::string id = job_of(build(s, "cabinet.xml"));
  const JobState failed = finished(*s.app, id);
  const std::string reason =
      "agendas/cabinet.xml: appendix A of item 6 names papers/pcc-city-market-appendix-a-delivery-strategy.docx, which is not a "
      "Word document (DOCX): its content is not one. open it to check it is the right file, and save it again as a Word document (DOCX)";
  CHECK(failed.status == JobState::Status::failed);
  CHECK(failed.error == reason);
  CHECK(docket::test::read_text(pack_file) == before);
  CHECK(docket::test::read_text(s.workspace() / "packs" / "cabinet" / "builds.json") == record);
  const Response page = s.get("/agendas/cabinet.xml/packs?job=" + id);
  CHECK(page.body.find("The pack could not be built: " + esc(reason)) != std::string::npos);
  CHECK(page.body.find("The pack built before, if there was one, is kept.") != std::string::npos);
}

TEST_CASE("With LibreOffice the public pack is built as PDF too, byte for byte as docket pack makes it", "[serve][packs][pdf]") {
  if (!pack::find_soffice()) {
    WARN("soffice (LibreOffice) is absent: skipping the PDF pack");
    return;
  }
  Served s("serve-packs-pdf");
  add_meeting(s);
  const Response started = s.post("/agendas/cabinet.xml/packs", {{"audience", "public"}, {"pdf", "yes"}});
  REQUIRE(started.status == 303);
  REQUIRE(finished(*s.app, job_of(started)).error == "");
  const Response download = s.get("/agendas/cabinet.xml/packs/cabinet-public-pack.pdf");
  REQUIRE(download.status == 200);
  CHECK(download.content_type == "application/pdf");
  Diagnostics diags;
  const auto docx = s.dir.path() / "library.docx", pdf = s.dir.path() / "library.pdf";
  REQUIRE(pack::build_pack(s.workspace() / "agendas" / "cabinet.xml", docx, {.pdf = pdf}, diags));
  CHECK(download.body == docket::test::read_text(pdf));
  CHECK(s.get("/agendas/cabinet.xml/packs/cabinet-public-pack.docx").body == docket::test::read_text(docx));
}
