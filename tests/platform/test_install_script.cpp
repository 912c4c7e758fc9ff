// scripts/install-kiosk.sh and uninstall-kiosk.sh, run for real into a temporary root
// (--dest-root) with stand-in programs (--prebuilt): the files, their modes, the unit, the
// installed settings, and a second run that keeps an edited kiosk.toml. No systemctl, no
// packages, no user: --dest-root never touches the running system.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <regex>
#include <string>

#include "common/source_dir.h"
#include "core/config.h"
#include "platform_test_util.h"

using namespace platform_test;
namespace fs = std::filesystem;

namespace {

const std::string kRepo = TRAMSO_SOURCE_DIR;
const std::string kInstall = "bash " + kRepo + "/scripts/install-kiosk.sh";
const std::string kUninstall = "bash " + kRepo + "/scripts/uninstall-kiosk.sh";

unsigned mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE_MESSAGE(::stat(path.c_str(), &st) == 0, path);
    return st.st_mode & 07777;
}

// Stand-ins for the two programs the build would produce.
void make_prebuilt(const std::string& dir, const std::string& version) {
    fs::create_directories(dir);
    for (const char* exe : {"tramso", "tramso-session"}) {
        write_text(dir + "/" + exe, "#!/bin/sh\necho " + std::string(exe) + " " + version + "\n");
        fs::permissions(dir + "/" + exe, fs::perms::owner_all);
    }
}

const char* kUnitLines[] = {
    "Type=notify",
    "NotifyAccess=main",
    "ExecStart=/opt/tramso/bin/tramso-session -- /usr/bin/cage -s -- /opt/tramso/bin/tramso "
    "--config /etc/tramso/kiosk.toml --db /var/lib/tramso/tramso.db",
    "User=tramso",
    "Restart=always",
    "RestartSec=2",
    "WatchdogSec=30",
    "PAMName=login",
    "TTYPath=/dev/tty1",
    "StandardInput=tty",
    "Conflicts=getty@tty1.service",
    "RuntimeDirectory=tramso",
    "Environment=XDG_RUNTIME_DIR=/run/tramso",
    "NoNewPrivileges=yes",
    "ProtectSystem=full",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "ReadWritePaths=/var/lib/tramso",
    "StartLimitIntervalSec=0",
    "WantedBy=graphical.target",
};

void check_unit(const std::string& unit) {
    const auto lines = lines_of(unit);
    for (const char* want : kUnitLines) {
        bool found = false;
        for (const auto& l : lines) found = found || l == want || l == std::string("|  ") + want;
        CHECK_MESSAGE(found, "unit lacks: ", want);
    }
    CHECK_FALSE(std::regex_search(unit, std::regex("@[A-Z_]+@")));  // every placeholder filled in
}

}  // namespace

TEST_CASE("install --dry-run shows every step and the unit, and changes nothing") {
    TempDir root;
    const Run r = run_shell(kInstall + " --dry-run --dest-root " + root.path());
    REQUIRE_MESSAGE(r.status == 0, r.output);
    check_unit(r.output);
    CHECK(r.output.find("+ install -m 0755 " + kRepo + "/build/release/tramso " + root.path() +
                        "/opt/tramso/bin/tramso") != std::string::npos);
    CHECK(r.output.find("+ write " + root.path() + "/etc/systemd/system/tramso-kiosk.service") != std::string::npos);
    CHECK(fs::is_empty(root.path()));
}

TEST_CASE("install --dry-run for the real system lists packages, user and systemctl steps") {
    const Run r = run_shell(kInstall + " --dry-run");
    REQUIRE_MESSAGE(r.status == 0, r.output);
    check_unit(r.output);
    for (const char* want :
         {"+ tramso_install_deps build-essential", " cage libpam-systemd\n", "+ cmake --build " /* … */,
          "--target tramso tramso-session", "+ systemctl enable tramso-kiosk.service\n",
          "+ systemctl set-default graphical.target\n", "+ chown -R tramso:tramso /var/lib/tramso\n"})
        CHECK_MESSAGE(r.output.find(want) != std::string::npos, "missing: ", want);
    // useradd only when the user does not exist yet; then always the groups.
    CHECK(r.output.find("usermod --append --groups") != std::string::npos);
}

TEST_CASE("install into a temporary root: files, modes, settings and the unit") {
    TempDir root, bin;
    make_prebuilt(bin.path(), "v1");
    const std::string R = root.path();
    const Run r = run_shell(kInstall + " --dest-root " + R + " --prebuilt " + bin.path());
    REQUIRE_MESSAGE(r.status == 0, r.output);

    CHECK(read_text(R + "/opt/tramso/bin/tramso") == read_text(bin.file("tramso")));
    CHECK(mode_of(R + "/opt/tramso/bin/tramso") == 0755);
    CHECK(mode_of(R + "/opt/tramso/bin/tramso-session") == 0755);
    CHECK(fs::exists(R + "/opt/tramso/assets/strings/vi.toml"));
    CHECK(fs::exists(R + "/opt/tramso/content/README.md"));
    CHECK(mode_of(R + "/opt/tramso/assets/strings/vi.toml") == 0644);
    CHECK(read_text(R + "/opt/tramso/config/kiosk.toml") == read_text(kRepo + "/config/kiosk.toml"));

    // The installed settings load, and point at the installed content and the data folder.
    const std::string config = R + "/etc/tramso/kiosk.toml";
    CHECK(mode_of(config) == 0640);
    auto loaded = tramso::load_config(config);
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
    CHECK(loaded->paths.content_dir == "/opt/tramso/content");
    CHECK(loaded->paths.strings_dir == "/opt/tramso/assets/strings");
    CHECK(loaded->paths.database == "/var/lib/tramso/tramso.db");

    for (const char* dir : {"/var/lib/tramso", "/var/lib/tramso/backups", "/var/lib/tramso/log"})
        CHECK(mode_of(R + dir) == 0700);

    const std::string unit = R + "/etc/systemd/system/tramso-kiosk.service";
    CHECK(mode_of(unit) == 0644);
    check_unit(read_text(unit));
    CHECK(r.output.find("systemctl") == r.output.find("systemctl start"));  // only as advice
}

TEST_CASE("installing again replaces the program but keeps edited settings and the data") {
    TempDir root, bin;
    const std::string R = root.path();
    make_prebuilt(bin.path(), "v1");
    REQUIRE(run_shell(kInstall + " --dest-root " + R + " --prebuilt " + bin.path()).status == 0);

    const std::string config = R + "/etc/tramso/kiosk.toml";
    const std::string edited = read_text(config) + "# staff edit: center name changed\n";
    write_text(config, edited);
    write_text(R + "/var/lib/tramso/tramso.db", "learners");
    write_text(R + "/opt/tramso/content/stale-lesson.toml", "removed upstream");

    make_prebuilt(bin.path(), "v2");
    const Run again = run_shell(kInstall + " --dest-root " + R + " --prebuilt " + bin.path());
    REQUIRE_MESSAGE(again.status == 0, again.output);
    CHECK(again.output.find("keeping /etc/tramso/kiosk.toml") != std::string::npos);
    CHECK(read_text(config) == edited);
    CHECK(read_text(R + "/var/lib/tramso/tramso.db") == "learners");
    CHECK(read_text(R + "/opt/tramso/bin/tramso").find("v2") != std::string::npos);
    CHECK_FALSE(fs::exists(R + "/opt/tramso/content/stale-lesson.toml"));  // content is replaced whole
}

TEST_CASE("install --no-service writes no unit and says how to run by hand; --prefix moves the program") {
    TempDir root, bin;
    make_prebuilt(bin.path(), "v1");
    const std::string R = root.path();
    const Run r =
        run_shell(kInstall + " --no-service --prefix /srv/kiosk --dest-root " + R + " --prebuilt " + bin.path());
    REQUIRE_MESSAGE(r.status == 0, r.output);
    CHECK_FALSE(fs::exists(R + "/etc/systemd/system/tramso-kiosk.service"));
    CHECK(fs::exists(R + "/srv/kiosk/bin/tramso"));
    CHECK(r.output.find("cage -s -- /srv/kiosk/bin/tramso --config /etc/tramso/kiosk.toml") != std::string::npos);
    CHECK(read_text(R + "/etc/tramso/kiosk.toml").find("content_dir = \"/srv/kiosk/content\"") != std::string::npos);

    const Run unit = run_shell(kInstall + " --dry-run --prefix /srv/kiosk --dest-root " + R);
    CHECK(unit.output.find("ExecStart=/srv/kiosk/bin/tramso-session -- /usr/bin/cage -s -- "
                           "/srv/kiosk/bin/tramso ") != std::string::npos);
}

TEST_CASE("install refuses unknown options and odd prefixes") {
    CHECK(run_shell(kInstall + " --dry-run --bogus").status != 0);
    CHECK(run_shell(kInstall + " --dry-run --prefix relative/path").status != 0);
    CHECK(run_shell(kInstall + " --dry-run --prefix '/opt/my kiosk'").status != 0);
    CHECK(run_shell(kInstall + " --help").status == 0);
}

TEST_CASE("uninstall removes the program and unit, keeps the data unless purged") {
    TempDir root, bin;
    make_prebuilt(bin.path(), "v1");
    const std::string R = root.path();
    REQUIRE(run_shell(kInstall + " --dest-root " + R + " --prebuilt " + bin.path()).status == 0);

    REQUIRE(run_shell(kUninstall + " --dest-root " + R).status == 0);
    CHECK_FALSE(fs::exists(R + "/opt/tramso"));
    CHECK_FALSE(fs::exists(R + "/etc/systemd/system/tramso-kiosk.service"));
    CHECK(fs::exists(R + "/etc/tramso/kiosk.toml"));
    CHECK(fs::exists(R + "/var/lib/tramso"));

    REQUIRE(run_shell(kUninstall + " --purge --dest-root " + R).status == 0);
    CHECK_FALSE(fs::exists(R + "/etc/tramso"));
    CHECK_FALSE(fs::exists(R + "/var/lib/tramso"));
    CHECK(run_shell(kUninstall + " --dry-run --prefix /").status != 0);
}

TEST_CASE("the kiosk scripts are shellcheck clean") {
    if (run_shell("command -v shellcheck").status != 0) {
        MESSAGE("shellcheck not installed (apt-get install shellcheck); not checked");
        return;
    }
    const Run r = run_shell("cd " + kRepo + " && shellcheck scripts/install-kiosk.sh scripts/uninstall-kiosk.sh");
    CHECK_MESSAGE(r.status == 0, r.output);
}
