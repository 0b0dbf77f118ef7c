// `cadena serve` under load and under abuse: thousands of requests over 16
// connections, a stalled client, a full queue, SIGTERM with a request in
// flight. Every loop is bounded in count, every wait in time.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>

#include "run_cadena.hpp"
#include "serve_process.hpp"

namespace {

using nlohmann::json;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> v;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) v.push_back(l);
  return v;
}

// 2,000 short documents over 16 keep-alive connections at once: every answer
// is the line `cadena run` writes for that document, none lost or mixed up.
TEST(ServeLoad, ThousandsOfRequestsOver16ConnectionsAllAnsweredRight) {
  constexpr int kConnections = 16, kPerConnection = 125;
  const char* cities[] = {"Madrid", "Sevilla", "Bilbao", "Valencia", "Zaragoza"};
  std::vector<std::string> records;
  std::string jsonl;
  for (int i = 0; i < kConnections * kPerConnection; ++i) {
    json r{{"id", "d" + std::to_string(i)},
           {"text", "El " + std::to_string(i % 28 + 1) + " de mayo de 2024 el alcalde de " + cities[i % 5] +
                        " anunció " + std::to_string(i * 7) + " viviendas."}};
    records.push_back(r.dump());
    jsonl += records.back() + "\n";
  }
  Result cli = run_cadena("run -j 2 -", jsonl);
  ASSERT_EQ(cli.status, 0) << cli.err;
  std::vector<std::string> expected = split_lines(cli.out);
  ASSERT_EQ(expected.size(), records.size());

  ServeProcess server({"-j", "2", "--max-queue", "64"});
  std::atomic<int> right{0}, wrong{0};
  std::vector<std::string> first_problem(kConnections);
  std::vector<std::thread> clients;
  for (int c = 0; c < kConnections; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client = server.client();
      client.set_keep_alive(true);
      for (int k = 0; k < kPerConnection; ++k) {
        int i = c * kPerConnection + k;
        auto r = client.Post("/v1/annotate", records[i], "application/json");
        if (r && r->status == 200 && r->body == expected[i] + "\n") {
          ++right;
        } else {
          ++wrong;
          if (first_problem[c].empty())
            first_problem[c] = "document " + std::to_string(i) + ": " +
                               (r ? std::to_string(r->status) + " " + r->body : httplib::to_string(r.error()));
        }
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(right.load(), kConnections * kPerConnection);
  EXPECT_EQ(wrong.load(), 0);
  for (const std::string& p : first_problem) EXPECT_EQ(p, "");
  // The server counts a request just after writing its answer: wait (bounded)
  // for the last ones.
  const std::string all_counted = "cadena_http_requests_total{route=\"/v1/annotate\",status=\"200\"} 2000\n";
  auto m = server.client().Get("/metrics");
  for (int i = 0; i < 100 && m && !contains(m->body, all_counted); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m = server.client().Get("/metrics");
  }
  ASSERT_TRUE(m);
  EXPECT_TRUE(contains(m->body, all_counted)) << m->body;
  EXPECT_TRUE(contains(m->body, "cadena_documents_total{outcome=\"ok\"} 2000\n")) << m->body;
  EXPECT_EQ(server.stop(), 0);
}

// Clients that stall halfway through their request hold neither the only
// worker nor the others' connections, and are cut off after --timeout.
TEST(ServeLoad, AStalledClientDoesNotBlockOthers) {
  ServeProcess server({"-j", "1", "--timeout", "2"});
  RawConnection half_headers(server.port());
  ASSERT_TRUE(half_headers.send("POST /v1/annotate HTTP/1.1\r\nHost: test\r\nContent-Ty"));
  RawConnection half_body(server.port());
  ASSERT_TRUE(half_body.send("POST /v1/annotate HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                             "Content-Length: 100\r\n\r\n{\"text\": \"Hol"));
  httplib::Client c = server.client();
  for (int i = 0; i < 5; ++i) {
    auto r = c.Post("/v1/annotate", R"({"text": "Hola, Madrid."})", "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  // Answered while both still stall; then the server closes them.
  half_headers.read(15000);
  half_body.read(15000);
  EXPECT_TRUE(half_headers.closed());
  EXPECT_TRUE(half_body.closed());
  auto r = c.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

// One worker, room for one waiting document: of 16 requests sent at once
// some are refused with 503 and Retry-After, the others answered; none hangs.
TEST(ServeLoad, AFullQueueIsA503WithRetryAfter) {
  ServeProcess server({"-j", "1", "--max-queue", "1"});
  std::string article = slurp(CADENA_SOURCE_DIR "/corpus/001_89594c8156684479.txt");
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::string busy_body, retry_after;
  std::mutex mutex;
  std::vector<std::thread> clients;
  for (int c = 0; c < 16; ++c) {
    clients.emplace_back([&] {
      auto r = server.client().Post("/v1/annotate", article, "text/plain");
      if (r && r->status == 200) {
        ++ok;
      } else if (r && r->status == 503) {
        ++busy;
        std::lock_guard<std::mutex> lock(mutex);
        busy_body = r->body;
        retry_after = r->get_header_value("Retry-After");
      } else {
        ++other;
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_GE(ok.load(), 1);
  EXPECT_GE(busy.load(), 1);
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(retry_after, "1");
  EXPECT_TRUE(contains(busy_body, "--max-queue")) << busy_body;
}

// SIGTERM while a long NDJSON request streams: it is answered in full, new
// connections are refused, and the server exits 0.
TEST(ServeLoad, SigtermFinishesTheRequestInFlightAndExits0) {
  ServeProcess server({"-j", "1"});
  std::string article = slurp(CADENA_SOURCE_DIR "/corpus/001_89594c8156684479.txt");
  std::string ndjson;
  constexpr int kDocuments = 30;
  for (int i = 0; i < kDocuments; ++i) ndjson += json{{"id", std::to_string(i)}, {"text", article}}.dump() + "\n";
  int answer_status = 0;
  std::string answer_body;
  std::thread client([&] {
    auto r = server.client().Post("/v1/annotate", ndjson, "application/x-ndjson");
    if (r) {
      answer_status = r->status;
      answer_body = r->body;
    }
  });
  // Wait (bounded) until the request is in flight beside the metrics request.
  bool in_flight = false;
  for (int i = 0; i < 500 && !in_flight; ++i) {
    auto m = server.client().Get("/metrics");
    in_flight = m && contains(m->body, "cadena_http_requests_in_flight 2\n");
    if (!in_flight) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(in_flight);
  int port = server.port();
  int status = server.stop(SIGTERM, 120);
  client.join();
  EXPECT_EQ(status, 0) << server.stderr_text();
  EXPECT_EQ(answer_status, 200);
  std::vector<std::string> lines = split_lines(answer_body);
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(kDocuments));
  for (int i = 0; i < kDocuments; ++i) EXPECT_EQ(json::parse(lines[i])["id"], std::to_string(i));
  EXPECT_TRUE(contains(server.stderr_text(), "SIGTERM")) << server.stderr_text();
  RawConnection late(port);
  EXPECT_FALSE(late.connected());
}

}  // namespace
