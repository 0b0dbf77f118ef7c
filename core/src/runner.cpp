#include <cadena/json_output.hpp>
#include <cadena/runner.hpp>

#include <exception>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>
#include <thread>

namespace cadena {

namespace {

unsigned resolve_jobs(unsigned jobs) {
  if (jobs != 0) return jobs;
  unsigned hardware = std::thread::hardware_concurrency();
  return hardware ? hardware : 1;
}

}  // namespace

Runner::Runner(const Pipeline& pipeline, RunnerOptions options)
    : pipeline_(pipeline), options_(std::move(options)), jobs_(resolve_jobs(options_.jobs)) {}

void Runner::process(RunItem& item) const {
  if (!item.doc) return;
  try {
    item.error = pipeline_.process(*item.doc);
    if (item.error.empty()) {
      append_json(*item.doc, item.json);
      for (DocumentObserver* observer : options_.observers) observer->add(*item.doc);
    }
  } catch (const std::exception& e) {
    item.error = std::string("internal error: ") + e.what();
  }
  // Free the document before it waits for its turn at the sink, unless the
  // front end hands it on.
  if (!item.keep_document) item.doc.reset();
}

void Runner::run(const std::function<bool(RunItem&)>& source,
                 const std::function<void(RunItem&)>& sink) const {
  // Items travel as shared pointers so that a run stopped by an exception
  // frees those still in flight. The token limit bounds how many documents
  // are in memory at once, whatever the input's size.
  using Item = std::shared_ptr<RunItem>;
  std::size_t window = options_.window ? options_.window : std::size_t{jobs_} * 4;
  tbb::task_arena arena(static_cast<int>(jobs_));
  arena.execute([&] {
    tbb::parallel_pipeline(
        window,
        tbb::make_filter<void, Item>(tbb::filter_mode::serial_in_order,
                                     [&](tbb::flow_control& fc) -> Item {
                                       auto item = std::make_shared<RunItem>();
                                       if (!source(*item)) {
                                         fc.stop();
                                         return nullptr;
                                       }
                                       return item;
                                     }) &
            tbb::make_filter<Item, Item>(tbb::filter_mode::parallel,
                                         [&](Item item) {
                                           process(*item);
                                           return item;
                                         }) &
            tbb::make_filter<Item, void>(tbb::filter_mode::serial_in_order,
                                         [&](Item item) { sink(*item); }));
  });
}

}  // namespace cadena
