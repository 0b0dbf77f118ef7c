// The runner every front end shares: order, per-document failures, observers,
// the bound on documents in memory, and exceptions from the front end.
#include <cadena/config.hpp>
#include <cadena/runner.hpp>
#include <cadena/sdk.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "test_plugins.hpp"

namespace cadena {

namespace {

// Fails on any document whose text says "bad", as a stage with a bug would.
class Picky : public Stage {
 public:
  explicit Picky(const StageContext&) {}
  void process(DocRef& doc) const override {
    if (doc.text().find("bad") != std::string_view::npos) throw std::runtime_error("cannot stand this text");
  }
};

const cadena_stage_factory kPicky[] = {stage<Picky>("picky", "", "{}", "", "")};
const cadena_plugin_info kPickyInfo = {CADENA_ABI_MAJOR, CADENA_ABI_MINOR, sizeof(cadena_plugin_info),
                                       {"picky", 5}, {"1", 1}, {"MIT", 3}, {"", 0}, kPicky, 1, {}};

class RunnerTest : public ::testing::Test {
 protected:
  RunnerTest()
      : registry_(make_registry()),
        pipeline_(parse_pipeline_config(R"({"pipeline": [{"plugin": "shout"}, {"plugin": "picky"}]})", "p.json"),
                  registry_) {}

  static Registry make_registry() {
    Registry r = registry_with_shout();
    r.add(&kPickyInfo, "(built in)", "", nullptr);
    return r;
  }

  // Source of `count` documents "d0".."dN"; those whose index is in `bad` fail.
  static std::function<bool(RunItem&)> source(int count, std::set<int> bad = {}) {
    auto next = std::make_shared<int>(0);
    return [=](RunItem& item) {
      if (*next == count) return false;
      int i = (*next)++;
      std::string id = "d" + std::to_string(i);
      item.where = id;
      item.doc = std::make_unique<Document>(id, bad.count(i) ? "a bad TEXT" : "a GOOD text");
      return true;
    };
  }

  Registry registry_;
  Pipeline pipeline_;
};

class Collect : public DocumentObserver {
 public:
  void add(const Document& doc) override {
    std::lock_guard<std::mutex> lock(mutex);
    ids.insert(doc.id);
  }
  std::mutex mutex;
  std::set<std::string> ids;
};

}  // namespace

TEST_F(RunnerTest, SinkSeesTheSourceOrderWhateverTheJobs) {
  for (unsigned jobs : {1u, 2u, 8u}) {
    Runner runner(pipeline_, RunnerOptions{jobs, 3, {}});
    std::vector<std::string> wheres;
    runner.run(source(300), [&](RunItem& item) {
      EXPECT_EQ(item.error, "");
      EXPECT_NE(item.json.find("\"id\":\"" + item.where + "\""), std::string::npos) << item.json;
      wheres.push_back(item.where);
    });
    ASSERT_EQ(wheres.size(), 300u) << jobs;
    for (int i = 0; i < 300; ++i) EXPECT_EQ(wheres[i], "d" + std::to_string(i)) << jobs;
  }
}

TEST_F(RunnerTest, AFailingDocumentIsReportedAndTheOthersProcessed) {
  Collect seen;
  Runner runner(pipeline_, RunnerOptions{2, 0, {&seen}});
  std::vector<std::string> failed;
  int written = 0;
  runner.run(source(20, {3, 11}), [&](RunItem& item) {
    if (!item.error.empty()) {
      failed.push_back(item.where);
      EXPECT_NE(item.error.find("picky"), std::string::npos) << item.error;  // names the stage
      EXPECT_NE(item.error.find("cannot stand this text"), std::string::npos) << item.error;
      EXPECT_EQ(item.json, "");
    } else {
      ++written;
    }
  });
  EXPECT_EQ(failed, (std::vector<std::string>{"d3", "d11"}));
  EXPECT_EQ(written, 18);
  EXPECT_EQ(seen.ids.size(), 18u);  // observers see only what succeeded
  EXPECT_EQ(seen.ids.count("d3"), 0u);
}

TEST_F(RunnerTest, AnItemTheSourceCouldNotReadReachesTheSinkAsItIs) {
  bool given = false;
  Runner runner(pipeline_, RunnerOptions{2, 0, {}});
  std::vector<std::string> errors;
  runner.run(
      [&](RunItem& item) {
        if (given) return false;
        given = true;
        item.where = "x.txt";
        item.error = "x.txt: not valid UTF-8 at byte 3";
        return true;
      },
      [&](RunItem& item) { errors.push_back(item.where + "|" + item.error); });
  EXPECT_EQ(errors, (std::vector<std::string>{"x.txt|x.txt: not valid UTF-8 at byte 3"}));
}

TEST_F(RunnerTest, DocumentsInFlightNeverExceedTheWindow) {
  std::atomic<int> live{0};
  int most = 0;
  auto inner = source(500);
  Runner runner(pipeline_, RunnerOptions{4, 6, {}});
  runner.run(
      [&](RunItem& item) {
        if (!inner(item)) return false;
        most = std::max(most, ++live);  // the source runs one call at a time
        return true;
      },
      [&](RunItem& item) {
        // A slow consumer at the start: an unbounded runner would read on.
        if (item.where == "d0") std::this_thread::sleep_for(std::chrono::milliseconds(200));
        --live;
      });
  EXPECT_EQ(live.load(), 0);
  EXPECT_LE(most, 6);
  EXPECT_GE(most, 2);  // and it did read ahead while the sink was busy
}

TEST_F(RunnerTest, DocumentIsFreedUnlessTheFrontEndKeepsIt) {
  Runner runner(pipeline_, RunnerOptions{1, 0, {}});
  RunItem dropped;
  dropped.doc = std::make_unique<Document>("a", "SOME TEXT");
  runner.process(dropped);
  EXPECT_EQ(dropped.doc, nullptr);
  EXPECT_NE(dropped.json, "");
  RunItem kept;
  kept.keep_document = true;
  kept.doc = std::make_unique<Document>("b", "SOME TEXT");
  runner.process(kept);
  ASSERT_NE(kept.doc, nullptr);
  ASSERT_NE(kept.doc->layer("loud"), nullptr);
  EXPECT_EQ(kept.doc->layer("loud")->spans.size(), 2u);
}

TEST_F(RunnerTest, AnExceptionFromTheSinkStopsTheRunAndIsRethrown) {
  Runner runner(pipeline_, RunnerOptions{2, 4, {}});
  int sunk = 0;
  EXPECT_THROW(runner.run(source(1000),
                          [&](RunItem&) {
                            if (++sunk == 5) throw std::runtime_error("disk full");
                          }),
               std::runtime_error);
  EXPECT_EQ(sunk, 5);
}

TEST_F(RunnerTest, JobsZeroMeansTheHardwareThreads) {
  Runner runner(pipeline_, RunnerOptions{0, 0, {}});
  EXPECT_GE(runner.jobs(), 1u);
  EXPECT_EQ(runner.jobs(), std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace cadena
