#include "stream.hpp"

#include <chrono>
#include <string>
#include <utility>

namespace py = pybind11;

namespace cadena::python {

Stream::Stream(std::shared_ptr<const PipelineHandle> handle, py::object items, unsigned threads)
    : handle_(std::move(handle)),
      items_(py::reinterpret_steal<py::object>(PyObject_GetIter(items.ptr()))),
      threads_(threads),
      capacity_(std::size_t{threads} * 4) {
  if (!items_) throw py::error_already_set();  // not iterable
}

Stream::~Stream() {
  try {
    py::gil_scoped_acquire gil;  // a no-op from Python's collector, which holds it already
    close();
  } catch (...) {
    // A destructor cannot report; close() only waits.
  }
}

void Stream::close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    queue_.clear();
  }
  space_.notify_all();
  if (thread_.joinable()) {
    py::gil_scoped_release release;  // the runner's source may be waiting for the GIL
    thread_.join();
  }
}

bool Stream::pull(RunItem& item) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return false;
  }
  py::gil_scoped_acquire gil;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return false;
  }
  PyObject* next = PyIter_Next(items_.ptr());
  if (!next) {
    if (PyErr_Occurred()) source_error_ = std::make_unique<py::error_already_set>();
    return false;
  }
  py::object input = py::reinterpret_steal<py::object>(next);
  fill_item(input, std::to_string(++pulled_), item);
  return true;
}

void Stream::push(RunItem& item) {
  std::shared_ptr<DocResult> result = take_result(handle_, item);
  std::unique_lock<std::mutex> lock(mutex_);
  space_.wait(lock, [&] { return queue_.size() < capacity_ || closed_; });
  if (closed_) return;
  queue_.push_back(std::move(result));
  ready_.notify_one();
}

void Stream::work() {
  try {
    Runner runner(*handle_->pipeline, RunnerOptions{threads_, 0, {}});
    runner.run([this](RunItem& item) { return pull(item); }, [this](RunItem& item) { push(item); });
  } catch (...) {
    run_error_ = std::current_exception();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  finished_ = true;
  ready_.notify_all();
}

std::shared_ptr<DocResult> Stream::next() {
  if (!started_) {
    started_ = true;
    thread_ = std::thread([this] { work(); });
  }
  for (;;) {
    std::shared_ptr<DocResult> result;
    bool finished = false;
    {
      py::gil_scoped_release release;
      std::unique_lock<std::mutex> lock(mutex_);
      // Wake now and then so that Ctrl-C reaches a long wait.
      ready_.wait_for(lock, std::chrono::milliseconds(200),
                      [&] { return !queue_.empty() || finished_ || closed_; });
      if (!queue_.empty()) {
        result = std::move(queue_.front());
        queue_.pop_front();
        space_.notify_one();
      }
      finished = finished_ || closed_;
    }
    if (result) return result;
    if (finished) break;
    if (PyErr_CheckSignals() != 0) throw py::error_already_set();
  }
  close();
  if (source_error_) {
    std::unique_ptr<py::error_already_set> error = std::move(source_error_);
    error->restore();
    throw py::error_already_set();
  }
  if (run_error_) std::rethrow_exception(std::exchange(run_error_, nullptr));
  throw py::stop_iteration();
}

}  // namespace cadena::python
