// The finish screen's rules: the QR link and its reference, the slip and the ways on.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <thread>

#include "app/finish_codes.h"
#include "app/flow.h"
#include "app/session_log.h"
#include "app/slip_printer.h"
#include "common/scratch_dir.h"
#include "find_record.h"
#include "store/store.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson lesson(std::string id, std::string followup) {
    Lesson l;
    l.id = std::move(id);
    l.version = 2;
    l.followup = std::move(followup);
    l.title = {"Gọi video cho con cháu", "Video calls"};
    l.summary = {"Cách gọi, cách nghe máy và cách kết thúc cuộc gọi.", "How to call, answer and hang up."};
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {finish};
    return l;
}

struct Fixture {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{lesson("goi-video", "goi-video-zalo"), lesson("otp", "bao-mat/otp"),
                                lesson("khong-link", "")};
    Flow flow{config, clock, make_snapshot(lessons), FlowInputs{make_finish_codes(config.followup, 7)}};
    std::vector<Effect> last;

    void send(Event e) { last = flow.handle(e); }
    // Opens the lesson and presses Next on its only step.
    void finish(const std::string& id) {
        if (flow.state().screen == Screen::Attract) send(ev::Wake{});
        send(ev::OpenEntry{"lesson:" + id});
        send(ev::Next{});
    }
    const FinishInfo& info() const { return *flow.state().finish; }
    template <class R>
    const R* record() const {
        return test::find_record<R>(last);
    }
    const fx::PrintSlip* slip() const {
        for (const auto& e : last)
            if (const auto* s = std::get_if<fx::PrintSlip>(&e)) return s;
        return nullptr;
    }
};

const std::regex kReference("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");

}  // namespace

TEST_CASE("the finish screen's QR code holds the follow-up link plus a fresh opaque reference") {
    Fixture f;
    f.finish("goi-video");
    REQUIRE(f.flow.state().screen == Screen::Finish);
    const std::string ref = f.info().reference;
    CHECK(std::regex_match(ref, kReference));
    CHECK(f.info().qr_link == "https://hoctapso.vn/bai/goi-video-zalo?r=" + ref);
    REQUIRE(f.info().qr.has_value());
    CHECK(f.info().qr->size() == QrMatrix::encode(f.info().qr_link)->size());
    const auto* shown = f.record<rec::QrShown>();
    REQUIRE(shown);
    CHECK(shown->lesson_id == "goi-video");
    CHECK(shown->reference == ref);

    // Another visit, another reference: a scan tells the site which visit, never who.
    f.send(ev::FinishHome{});
    CHECK(f.flow.state().screen == Screen::Home);
    CHECK_FALSE(f.flow.state().finish.has_value());
    f.finish("goi-video");
    CHECK(f.info().reference != ref);
}

TEST_CASE("the reference parameter and base URL come from the kiosk settings") {
    Fixture f;
    f.config.followup.base_url = "https://tramso.vn/hoc";
    f.config.followup.ref_param = "ma";
    f.finish("otp");
    CHECK(f.info().qr_link == "https://tramso.vn/hoc/bao-mat/otp?ma=" + f.info().reference);
}

TEST_CASE("a lesson without a follow-up link finishes without a QR code and records none") {
    Fixture f;
    f.finish("khong-link");
    CHECK(f.flow.state().screen == Screen::Finish);
    CHECK(f.info().qr_link.empty());
    CHECK_FALSE(f.info().qr.has_value());
    CHECK(f.info().qr_problem.find("no follow-up link") != std::string::npos);
    CHECK_FALSE(f.record<rec::QrShown>());
}

TEST_CASE("a link too long for the QR code leaves the code out instead of failing the finish") {
    Fixture f;
    f.config.followup.base_url = "https://hoctapso.vn/" + std::string(230, 'a');
    f.finish("goi-video");
    CHECK(f.flow.state().screen == Screen::Finish);
    CHECK_FALSE(f.info().qr.has_value());
    CHECK(f.info().qr_problem.find("Use a shorter link") != std::string::npos);
}

TEST_CASE("without a printer there is no slip: PrintSlip does nothing") {
    Fixture f;
    f.finish("goi-video");
    CHECK_FALSE(f.info().can_print);
    f.send(ev::PrintSlip{});
    CHECK_FALSE(f.slip());
    CHECK(f.info().print == PrintState::idle);
}

TEST_CASE("In phiếu asks for one slip in Vietnamese; its outcome is shown and recorded") {
    Fixture f;
    f.config.printer.output = "file";
    f.config.kiosk.center_name = "Nhà văn hóa phường Láng Hạ";
    f.finish("goi-video");
    f.send(ev::ToggleLanguage{});  // the screen in English: the slip still prints in Vietnamese
    REQUIRE(f.info().can_print);
    f.clock.advance(5'000);
    f.send(ev::PrintSlip{});
    const fx::PrintSlip* slip = f.slip();
    REQUIRE(slip);
    CHECK(slip->center_name == "Nhà văn hóa phường Láng Hạ");
    CHECK(slip->lesson_title == "Gọi video cho con cháu");
    CHECK(slip->learned == "Cách gọi, cách nghe máy và cách kết thúc cuộc gọi.");
    CHECK(slip->url == f.info().qr_link);
    CHECK(slip->resume_code.empty());           // no registered learner in this visit
    CHECK(slip->wall_ms == f.clock.wall_ms());  // the date printed is today's
    CHECK(f.info().print == PrintState::printing);
    const std::uint64_t request = slip->request;

    f.send(ev::PrintSlip{});  // a second tap while printing: still one slip
    CHECK_FALSE(f.slip());

    f.send(ev::PrintFinished{request + 1, "goi-video", true, ""});  // not this slip
    CHECK(f.info().print == PrintState::printing);
    f.send(ev::PrintFinished{f.info().print_request, "goi-video", true, ""});
    CHECK(f.info().print == PrintState::printed);
    const auto* printed = f.record<rec::QrPrinted>();
    REQUIRE(printed);
    CHECK(printed->lesson_id == "goi-video");
    CHECK(printed->ok == true);

    f.send(ev::PrintSlip{});  // printed: no second slip from the same finish
    CHECK_FALSE(f.slip());
}

TEST_CASE("a failed slip shows the friendly state, is recorded with the reason, and may be retried") {
    Fixture f;
    f.config.printer.output = "device";
    f.finish("otp");
    f.send(ev::PrintSlip{});
    const std::uint64_t first = f.info().print_request;
    f.send(ev::PrintFinished{first, "otp", false, "/dev/usb/lp0: the printer is out of paper"});
    CHECK(f.info().print == PrintState::failed);
    CHECK(f.flow.state().screen == Screen::Finish);  // the kiosk carries on
    const auto* r = f.record<rec::QrPrinted>();
    REQUIRE(r);
    CHECK(r->ok == false);
    CHECK(r->error.find("out of paper") != std::string::npos);
    f.send(ev::PrintSlip{});
    REQUIRE(f.slip());
    CHECK(f.info().print_request > first);
    CHECK(f.info().print == PrintState::printing);
}

TEST_CASE("a slip that comes out after she left is still recorded, but not into the next visit") {
    Fixture f;
    f.config.printer.output = "file";
    f.finish("goi-video");
    f.send(ev::PrintSlip{});
    const std::uint64_t request = f.info().print_request;
    f.send(ev::FinishHome{});
    f.send(ev::PrintFinished{request, "goi-video", true, ""});
    CHECK(f.record<rec::QrPrinted>());

    f.finish("goi-video");
    f.send(ev::PrintSlip{});
    const std::uint64_t second = f.info().print_request;
    f.send(ev::Goodbye{});
    f.send(ev::AnswerEndVisit{false});  // she finished a lesson: asked whether to keep it
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().finish.has_value());
    f.send(ev::Wake{});  // the next visitor
    f.send(ev::PrintFinished{second, "goi-video", true, ""});
    CHECK_FALSE(f.record<rec::QrPrinted>());
}

TEST_CASE("the ways on: the next lesson in home order (wrapping round), home, goodbye, idle") {
    Fixture f;
    f.finish("goi-video");
    REQUIRE(f.info().next_lesson);
    CHECK(f.info().next_lesson->id == "otp");
    f.send(ev::FinishNextLesson{});
    CHECK(f.flow.state().screen == Screen::Lesson);
    CHECK(f.flow.state().lesson->lesson->id == "otp");
    CHECK(f.record<rec::LessonStart>());
    CHECK_FALSE(f.flow.state().finish.has_value());

    f.send(ev::Next{});
    f.send(ev::FinishNextLesson{});
    f.send(ev::Next{});
    CHECK(f.info().lesson->id == "khong-link");
    CHECK(f.info().next_lesson->id == "goi-video");  // wraps round

    f.send(ev::Goodbye{});
    CHECK(f.flow.state().end_question);
    f.send(ev::AnswerEndVisit{false});
    CHECK(f.flow.state().screen == Screen::Attract);
    REQUIRE(f.record<rec::SessionEnd>());
    CHECK(f.record<rec::SessionEnd>()->reason == EndReason::completed);

    f.finish("otp");
    // She walks away: the idle question, then its countdown runs out.
    f.clock.advance(f.config.session.idle_seconds * 1000);
    f.last = f.flow.tick();
    CHECK(f.flow.state().idle_warning_since_ms.has_value());
    f.clock.advance(f.config.session.warning_seconds * 1000);
    f.last = f.flow.tick();
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().finish.has_value());
}

TEST_CASE("with a single lesson there is no next lesson to offer") {
    Config config;
    ManualClock clock;
    std::vector<Lesson> one{lesson("goi-video", "goi-video-zalo")};
    Flow flow(config, clock, make_snapshot(one), FlowInputs{make_finish_codes(config.followup, 7)});
    flow.handle(ev::Wake{});
    flow.handle(ev::OpenEntry{"lesson:goi-video"});
    flow.handle(ev::Next{});
    REQUIRE(flow.state().screen == Screen::Finish);
    CHECK(flow.state().finish->next_lesson == nullptr);
    flow.handle(ev::FinishNextLesson{});
    CHECK(flow.state().screen == Screen::Finish);
}

TEST_CASE("qr_shown and qr_printed reach the session store with the lesson and the reference") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    Fixture f;
    f.config.printer.output = "file";
    store::StoreOptions so;
    so.db_path = dir.file("t.db");
    so.log = [](std::string_view) {};
    auto st = store::Store::open(so, f.clock);
    REQUIRE(st.ok());
    SessionLog log((*st)->recorder());
    auto send = [&](Event e) { return log.apply(f.flow.handle(e)); };
    send(ev::Wake{});
    send(ev::OpenEntry{"lesson:goi-video"});
    send(ev::Next{});
    const std::string ref = f.info().reference;
    send(ev::PrintSlip{});
    const store::Seq last = send(ev::PrintFinished{f.info().print_request, "goi-video", false, "no paper"});
    REQUIRE(last > 0);
    REQUIRE((*st)->recorder().wait_durable(last, std::chrono::seconds(5)));
    auto text = [&](const std::string& sql) {
        auto v = (*st)->query([&](store::Db& db) -> Result<std::string> {
            auto q = db.query(sql);
            if (!q) return q.error();
            auto row = q->next();
            if (!row) return row.error();
            return *row ? q->text(0) : std::string("(no row)");
        });
        return v.ok() ? *v : v.error().to_string();
    };
    CHECK(text("SELECT json_extract(payload, '$.ref') FROM events WHERE kind = 'qr_shown' AND target = 'goi-video'") ==
          ref);
    CHECK(text("SELECT ok || ' ' || json_extract(payload, '$.error') FROM events WHERE kind = 'qr_printed'") ==
          "0 no paper");
    CHECK(text("SELECT completed FROM lesson_runs WHERE lesson_id = 'goi-video'") == "1");
    st->reset();
}
