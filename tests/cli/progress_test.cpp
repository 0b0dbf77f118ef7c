// What `cadena run` says on stderr: a live progress line only on a terminal
// and not with --quiet, a summary line always; and --stdin-origin, which names
// a part of a file sent on stdin (scale/) as that file and its lines.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "run_cadena.hpp"

namespace {

// Runs cadena with stderr (and stdout) on a pseudo-terminal made by util-linux
// `script`; returns all it printed there, or nothing when `script` is missing.
std::string run_on_terminal(const std::string& args) {
  std::string cmd = "cd '" CADENA_SOURCE_DIR "' && script -qec \"'" CADENA_BINARY_DIR "/bin/cadena' " + args +
                    "\" /dev/null < /dev/null";
  std::string out;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

bool have_script() { return std::system("command -v script > /dev/null 2>&1") == 0; }

}  // namespace

TEST(Progress, OnlyTheSummaryLineWhenStderrIsNotATerminal) {
  Result r = run_cadena("run corpus/ -o /dev/null");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "cadena: 5 documents, 5 written, 0 failed, ")) << r.err;
  EXPECT_FALSE(contains(r.err, "\r")) << r.err;
  EXPECT_FALSE(contains(r.err, "docs/s")) << r.err;
}

TEST(Progress, ALiveLineOnATerminalUnlessQuiet) {
  if (!have_script()) GTEST_SKIP() << "util-linux `script` not found: cannot make a terminal";
  std::string live = run_on_terminal("run corpus/ -o /dev/null");
  // The first document is always drawn, with its share of the folder's bytes.
  EXPECT_TRUE(contains(live, "\rcadena: 1 documents (0 failed), ")) << live;
  EXPECT_TRUE(contains(live, " docs/s, ")) << live;
  EXPECT_TRUE(contains(live, "%")) << live;
  EXPECT_TRUE(contains(live, "cadena: 5 documents, 5 written, 0 failed, ")) << live;

  std::string quiet = run_on_terminal("run --quiet corpus/ -o /dev/null");
  EXPECT_FALSE(contains(quiet, "docs/s")) << quiet;
  EXPECT_FALSE(contains(quiet, "\rcadena")) << quiet;
  EXPECT_TRUE(contains(quiet, "cadena: 5 documents, 5 written, 0 failed, ")) << quiet;
}

TEST(Progress, TheSummaryCountsFailures) {
  Result r = run_cadena("run --quiet -", "{\"id\":\"a\",\"text\":\"Hola. Adiós.\"}\n{\"id\":\"b\"\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "cadena: 2 documents, 1 written, 1 failed, ")) << r.err;
}

TEST(StdinOrigin, NamesTheFileAndItsLines) {
  Result r = run_cadena("run --stdin-origin parts/docs.jsonl:10 -",
                        "{\"text\":\"Hola. Adiós.\"}\n{\"id\":\"b\"\n");
  EXPECT_EQ(r.status, 1);
  auto lines = r.lines();
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(nlohmann::json::parse(lines[0])["id"], "docs:11");
  EXPECT_TRUE(contains(r.err, "cadena: error: parts/docs.jsonl:12: malformed JSON")) << r.err;
}

TEST(StdinOrigin, ABadValueIsAUsageError) {
  Result r = run_cadena("run --stdin-origin docs.jsonl -", "");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "--stdin-origin")) << r.err;
  EXPECT_TRUE(contains(r.err, "expected FILE:N")) << r.err;
}
