// `Pipeline.pipe`: the core's Runner on a thread of its own, fed from a
// Python iterable and read as a Python iterator.
//
// The runner's source takes the GIL to pull the next input (one at a time, in
// order); the stages run without it, on `threads` threads; results wait in a
// bounded queue until Python asks for them, in input order. Inputs are pulled
// only as results are taken, so memory stays flat however long the input.
#ifndef CADENA_PYTHON_STREAM_HPP
#define CADENA_PYTHON_STREAM_HPP

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include "native.hpp"

namespace cadena::python {

class Stream {
 public:
  // `items` is any Python iterable (TypeError if not); nothing is pulled
  // from it before the first next(). Inputs without an id are named by their
  // 1-based position: "1", "2", ...
  Stream(std::shared_ptr<const PipelineHandle> handle, pybind11::object items, unsigned threads);
  ~Stream();
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;

  // The next result in input order; throws pybind11::stop_iteration at the
  // end, or what the iterable raised once the results before it are taken.
  // Called with the GIL.
  std::shared_ptr<DocResult> next();

  // Stops pulling inputs, drops what is in flight and waits for the runner's
  // thread. Called with the GIL; safe to call twice.
  void close();

 private:
  void work();
  bool pull(RunItem& item);
  void push(RunItem& item);

  std::shared_ptr<const PipelineHandle> handle_;
  pybind11::object items_;  // the iterator
  unsigned threads_;
  std::size_t capacity_;
  std::size_t pulled_ = 0;

  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a result or the end arrived
  std::condition_variable space_;  // the queue has room, or the stream was closed
  std::deque<std::shared_ptr<DocResult>> queue_;
  bool started_ = false;
  bool finished_ = false;  // the runner returned
  bool closed_ = false;
  std::unique_ptr<pybind11::error_already_set> source_error_;  // what the iterable raised
  std::exception_ptr run_error_;                                 // anything else that stopped the run
};

}  // namespace cadena::python

#endif  // CADENA_PYTHON_STREAM_HPP
