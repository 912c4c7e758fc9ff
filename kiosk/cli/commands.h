// The command-line tools that share the kiosk's core: content check, QR, test slip.
// Each returns the process exit code and prints what it did or what is wrong.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "voice/voice_options.h"

namespace tramso::cli {

// `args` are the words after the subcommand name.
int check_content(const std::vector<std::string>& args);
int qr(const std::vector<std::string>& args);
int print_test(const std::vector<std::string>& args);
int backup(const std::vector<std::string>& args);
int say(const std::vector<std::string>& args);
// The follow-up site: site_command.cpp.
int site(const std::vector<std::string>& args);
// Narration: `say` without --out speaks on the kiosk's audio output.
int say_aloud(const std::string& text, Lang lang, const voice::VoiceOptions& options);
// Staff mode: staff_commands.cpp.
int set_pin(const std::vector<std::string>& args);
int report(const std::vector<std::string>& args);

// Returns true and sets `exit_code` when argv names a subcommand.
bool dispatch(int argc, char** argv, int& exit_code);

// Shared by the commands: print "tramso: message" and return the usage-error exit code 2;
// pull "--name VALUE" out of args (false when the option is there without a value).
int fail(const std::string& message);
bool take_option(std::vector<std::string>& args, const std::string& name, std::string& value);

}  // namespace tramso::cli
