// `cadena serve`, end to end: the routes, each error status with its body,
// and the output equal to `cadena run`'s byte for byte.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "run_cadena.hpp"
#include "serve_process.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One server with the default pipeline for the tests that do not need their own.
class Serve : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServeProcess({"-j", "2"}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static ServeProcess& server() { return *server_; }

 private:
  static inline ServeProcess* server_ = nullptr;
};

std::string error_of(const httplib::Result& r) {
  if (!r) return "(no answer)";
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << r->body;
  return json::parse(r->body).value("error", "(no error field)");
}

TEST_F(Serve, HealthzAnswersOnceReady) {
  auto r = server().client().Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json::parse(r->body)["status"], "ok");
}

TEST_F(Serve, PipelineNamesStagesMergedOptionsAndPlugins) {
  auto r = server().client().Get("/v1/pipeline");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json p = json::parse(r->body);
  EXPECT_EQ(p["config"], "<default pipeline>");
  ASSERT_GE(p["stages"].size(), 3u) << r->body;
  EXPECT_EQ(p["stages"][0]["name"], "clean");
  for (const json& s : p["stages"]) {
    EXPECT_TRUE(s["options"].is_object()) << s;
    EXPECT_TRUE(s["writes"].is_array()) << s;
  }
  // The `cadena plugins` listing names the same versions and licences.
  Result listing = run_cadena("plugins");
  ASSERT_GE(p["plugins"].size(), 1u);
  for (const json& plugin : p["plugins"]) {
    std::string line = plugin["name"].get<std::string>() + " " + plugin["version"].get<std::string>();
    EXPECT_TRUE(contains(listing.out, line)) << line;
    EXPECT_TRUE(contains(listing.out, "license " + plugin["license"].get<std::string>())) << plugin;
  }
}

TEST_F(Serve, OneJsonDocumentIsTheLineCadenaRunWrites) {
  std::string record = R"({"id": "m1", "text": "Pedro Sánchez visitó Sevilla el 3 de marzo de 2024.", "date": "2024-03-04"})";
  Result cli = run_cadena("run -", record + "\n");
  ASSERT_EQ(cli.status, 0) << cli.err;
  auto r = server().client().Post("/v1/annotate", record, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(r->body, cli.out);
}

// Every corpus article, as text/plain with its id in the query, and all of
// them at once as NDJSON: the bytes `cadena run` writes for the same input.
TEST_F(Serve, TheCorpusThroughTheServerEqualsCadenaRunByteForByte) {
  Result cli = run_cadena("run corpus/");
  ASSERT_EQ(cli.status, 0) << cli.err;
  std::vector<std::string> expected = cli.lines();
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(CADENA_SOURCE_DIR "/corpus"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), expected.size());
  httplib::Client c = server().client();
  std::string ndjson;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::string id = files[i].stem().string();
    std::string text = slurp(files[i]);
    auto r = c.Post(("/v1/annotate?id=" + id).c_str(), text, "text/plain; charset=utf-8");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->body, expected[i] + "\n") << id;
    ndjson += json{{"id", id}, {"text", text}}.dump() + "\n";
  }
  auto r = c.Post("/v1/annotate", ndjson, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/x-ndjson");
  EXPECT_EQ(r->body, cli.out);
}

TEST_F(Serve, HtmlBodiesAreCleanedAsCadenaRunCleansHtmlFiles) {
  Scratch s;
  std::string page = "<html><body><nav>Menú</nav><article><p>El Gobierno aprobó ayer en Madrid el plan.</p>"
                     "</article></body></html>";
  Result cli = run_cadena("run --date 2024-05-01 " + s.write("nota.html", page));
  ASSERT_EQ(cli.status, 0) << cli.err;
  auto r = server().client().Post("/v1/annotate?id=nota&date=2024-05-01", page, "text/html");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->body, cli.out);
}

// NDJSON: one answer line per document line, in input order; a document that
// fails is a line {"id", "error"} and those after it are still processed.
TEST_F(Serve, NdjsonStreamsInOrderWithPerDocumentErrors) {
  std::string body = R"({"id": "a", "text": "Madrid es la capital."})" "\n"
                     "not json\n"
                     "\n"
                     R"({"id": "c", "date": "2024-13-40", "text": "x"})" "\n"
                     R"({"id": 7, "text": "Barcelona también."})" "\n";
  auto r = server().client().Post("/v1/annotate", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  std::vector<json> lines;
  std::istringstream in(r->body);
  for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
  ASSERT_EQ(lines.size(), 4u) << r->body;
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[0]["text"], "Madrid es la capital.");
  EXPECT_EQ(lines[1]["id"], "request:2");  // named by its line, as `cadena run` names JSONL lines
  EXPECT_TRUE(contains(lines[1]["error"], "malformed JSON")) << lines[1];
  EXPECT_EQ(lines[2]["id"], "c");
  EXPECT_TRUE(contains(lines[2]["error"], "\"date\"")) << lines[2];
  EXPECT_EQ(lines[3]["id"], "7");
  EXPECT_EQ(lines[3]["text"], "Barcelona también.");
}

TEST_F(Serve, EachClientErrorHasItsStatusAndAJsonMessage) {
  httplib::Client c = server().client();
  auto r = c.Get("/nope");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_TRUE(contains(error_of(r), "/nope"));

  r = c.Get("/v1/annotate");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "POST");
  EXPECT_TRUE(contains(error_of(r), "use POST"));
  r = c.Delete("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);

  r = c.Post("/v1/annotate", "x", "image/png");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);
  EXPECT_TRUE(contains(error_of(r), "'image/png'"));
  r = c.Post("/v1/annotate", "hola", "text/plain; charset=latin1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);

  r = c.Post("/v1/annotate", R"({"id": "x", "text": )", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(error_of(r), "malformed JSON at byte"));
  r = c.Post("/v1/annotate", R"({"id": "x"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(error_of(r), "\"text\""));
  r = c.Post("/v1/annotate", R"({"text": "hola", "date": "ayer"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(error_of(r), "\"date\""));
  r = c.Post("/v1/annotate", "", "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(error_of(r), "no documents"));

  // Well-formed requests whose text cannot be processed.
  r = c.Post("/v1/annotate", "caf\xC3 y m\xE1s", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  EXPECT_TRUE(contains(error_of(r), "invalid UTF-8 at line 1")) << r->body;
  r = c.Post("/v1/annotate", R"({"text": "   "})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  EXPECT_TRUE(contains(error_of(r), "empty document"));
  r = c.Post("/v1/annotate?id=%FF", "hola", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(error_of(r), "'id'"));
}

TEST_F(Serve, MetricsCountRequestsDocumentsAndLatency) {
  httplib::Client c = server().client();
  // One connection: the server counts a request after writing its answer,
  // and reads the next request on that connection only after that.
  c.set_keep_alive(true);
  ASSERT_TRUE(c.Post("/v1/annotate", R"({"text": "Hola."})", "application/json"));
  ASSERT_TRUE(c.Get("/nope"));
  auto r = c.Get("/metrics");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(contains(r->get_header_value("Content-Type"), "text/plain; version=0.0.4"));
  const std::string& m = r->body;
  EXPECT_TRUE(contains(m, "cadena_http_requests_total{route=\"/v1/annotate\",status=\"200\"} ")) << m;
  EXPECT_TRUE(contains(m, "cadena_http_requests_total{route=\"other\",status=\"404\"} ")) << m;
  EXPECT_TRUE(contains(m, "cadena_http_request_duration_seconds_bucket{route=\"/v1/annotate\",le=\"+Inf\"} ")) << m;
  EXPECT_TRUE(contains(m, "cadena_http_requests_in_flight 1\n")) << m;  // this request
  EXPECT_TRUE(contains(m, "cadena_workers 2\n")) << m;
  EXPECT_TRUE(contains(m, "cadena_http_request_bytes_total ")) << m;
  // Every line is a comment or `name{labels} value` with a cadena_ name.
  std::istringstream in(m);
  for (std::string l; std::getline(in, l);)
    if (l[0] != '#') EXPECT_EQ(l.rfind("cadena_", 0), 0u) << l;
}

// Over one connection, one request after another (keep-alive).
TEST_F(Serve, KeepsConnectionsAlive) {
  RawConnection conn(server().port());
  ASSERT_TRUE(conn.connected());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(conn.send("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n"));
    std::string answer = conn.read(10000, "\"ok\"}\n");
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
    EXPECT_FALSE(conn.closed());
  }
}

TEST(ServeLimits, BodyOverMaxBytesIs413WithoutReadingIt) {
  ServeProcess server({"--max-bytes", "1K", "--timeout", "60"});
  // Announces a gigabyte and sends none of it: the answer comes at once,
  // long before the 60 s read timeout would end a wait for the body.
  RawConnection conn(server.port());
  ASSERT_TRUE(conn.send("POST /v1/annotate HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                        "Content-Length: 1000000000\r\n\r\n"));
  std::string answer = conn.read(20000, "}\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_TRUE(contains(answer, "1024-byte limit (--max-bytes)")) << answer;
  // Chunked, with no length announced: refused once past the limit. (Sent
  // whole before the answer is read, so no write races the 413.)
  RawConnection chunked(server.port());
  ASSERT_TRUE(chunked.send("POST /v1/annotate HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n5dc\r\n" + std::string(1500, 'a') + "\r\n"));
  answer = chunked.read(20000, "}\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_TRUE(contains(answer, "body over 1024 bytes (--max-bytes)")) << answer;
  httplib::Client c = server.client();
  auto r = c.Post("/v1/annotate", std::string(2000, 'a'), "text/plain");
  if (r) EXPECT_EQ(r->status, 413);  // or the connection closed while the client still sent
  // Within the limit is fine.
  r = c.Post("/v1/annotate", "Hola, Madrid.", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

TEST(ServeLimits, TokenFileAsksForABearerToken) {
  Scratch s;
  std::string token_file = s.write("token", "s3cret-token\n");
  ServeProcess server({"--token-file", token_file});
  httplib::Client c = server.client();
  auto r = c.Post("/v1/annotate", R"({"text": "Hola."})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer");
  EXPECT_TRUE(contains(error_of(r), "missing"));
  r = c.Get("/metrics", {{"Authorization", "Bearer wrong"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(error_of(r), "wrong token");
  r = c.Post("/v1/annotate", {{"Authorization", "Bearer s3cret-token"}}, R"({"text": "Hola."})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  r = c.Get("/healthz");  // load balancers probe without the token
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

// A stage that throws (or returns an error status) fails its own request
// only, with 422 naming the stage, and the server keeps answering.
TEST(ServeLimits, AFailingStageFailsOnlyItsRequest) {
  Scratch s;
  std::string config = s.write("p.json", R"({"pipeline":[{"plugin":"shout"},{"plugin":"refuse"}]})");
  ServeProcess server({"--config", config, "--plugin-path", CADENA_BINARY_DIR "/test-plugins/libshout.so",
                       "--plugin-path", CADENA_BINARY_DIR "/test-plugins/libstatus_error.so"});
  httplib::Client c = server.client();
  auto r = c.Post("/v1/annotate", R"({"id": "two", "text": "please FAIL"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  json answer = json::parse(r->body);
  EXPECT_EQ(answer["stage"], "shout");
  EXPECT_TRUE(contains(answer["error"], "stage 'shout': asked to fail")) << r->body;
  r = c.Post("/v1/annotate", R"({"id": "one", "text": "AB one"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json::parse(r->body)["loud"][0]["text"], "AB");
  r = c.Post("/v1/annotate", "ok\nMUTE here\nfine", "text/plain");  // fails through the C ABI, no message
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(json::parse(r->body)["stage"], "refuse");
  std::string ndjson = R"({"id": "1", "text": "AB"})" "\n" R"({"id": "2", "text": "FAIL"})" "\n"
                       R"({"id": "3", "text": "CD"})" "\n";
  r = c.Post("/v1/annotate", ndjson, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  std::istringstream in(r->body);
  std::vector<json> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], "1");
  EXPECT_TRUE(contains(lines[1]["error"], "asked to fail")) << lines[1];
  EXPECT_EQ(lines[2]["loud"][0]["text"], "CD");
  EXPECT_EQ(server.stop(), 0) << server.stderr_text();
}

TEST(ServeLimits, BadOptionsAreUsageErrors) {
  Result r = run_cadena("serve --port 70000");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "--port")) << r.err;
  r = run_cadena("serve --max-queue 0");
  EXPECT_EQ(r.status, 2);
}

TEST_F(Serve, APortInUseIsReported) {
  // `timeout`: a server that did start must not hang the test.
  Result r = run_command("timeout 60 '" CADENA_BINARY_DIR "/bin/cadena' serve --port " + std::to_string(server().port()));
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "cannot listen on 127.0.0.1:" + std::to_string(server().port()))) << r.err;
}

}  // namespace
