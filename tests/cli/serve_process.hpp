// Starts the real `cadena serve` on 127.0.0.1 with a port the kernel picks
// (--port 0; the port is read from its "listening on" line), talks to it, and
// stops it. Every wait here is bounded: a server that does not start, answer
// or stop in time fails the test instead of hanging it.
#ifndef CADENA_TESTS_SERVE_PROCESS_HPP
#define CADENA_TESTS_SERVE_PROCESS_HPP

#include <httplib.h>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <regex>
#include <stdexcept>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

class ServeProcess {
 public:
  // `args` follow `cadena serve --port 0`.
  explicit ServeProcess(std::vector<std::string> args) {
    // The server may close a connection while a client still sends (a 413):
    // that is an error for the client to see, not a signal that kills the test.
    std::signal(SIGPIPE, SIG_IGN);
    int err[2];
    if (::pipe(err) != 0) throw std::runtime_error("pipe failed");
    pid_ = ::fork();
    if (pid_ == 0) {
      // A test killed by its timeout leaves no server behind. The signal
      // comes when the *thread* that forked exits, so start the server from
      // a thread that outlives its use (the main thread, not a client's).
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::dup2(err[1], STDERR_FILENO);
      ::close(err[0]);
      ::close(err[1]);
      if (::chdir(CADENA_SOURCE_DIR) != 0) ::_exit(127);
      std::vector<std::string> all{CADENA_BINARY_DIR "/bin/cadena", "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(err[1]);
    err_fd_ = err[0];
    // Read stderr until the server says where it listens (or dies).
    std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    std::smatch m;
    while (port_ == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        throw std::runtime_error("server did not start in time: " + stderr_text());
      }
      if (read_stderr(1000) == Read::kEnd) throw std::runtime_error("server exited: " + stderr_text());
      std::string seen = stderr_text();
      if (std::regex_search(seen, m, listening)) port_ = std::stoi(m[1]);
    }
    // Keep draining stderr (the server must never block on it) until it exits.
    reader_ = std::thread([this] {
      while (read_stderr(200) != Read::kEnd) {
      }
    });
  }

  ~ServeProcess() {
    if (pid_ > 0 && status_ < 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      status_ = 137;
    }
    if (reader_.joinable()) reader_.join();  // stderr ends with the process
    ::close(err_fd_);
  }

  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(10, 0);
    c.set_read_timeout(120, 0);
    c.set_write_timeout(30, 0);
    c.set_tcp_nodelay(true);  // headers and body go out as written, not held by Nagle for the delayed ACK
    return c;
  }

  // Sends `sig` and waits (at most `seconds`) for the exit status; -1 if it
  // did not exit in time (then it is killed).
  int stop(int sig = SIGTERM, int seconds = 60) {
    ::kill(pid_, sig);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      if (!running()) return status_;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

  std::string stderr_text() {
    std::lock_guard<std::mutex> lock(mutex_);
    return stderr_;
  }

 private:
  // Only the test's own thread reaps the process.
  bool running() {
    if (status_ >= 0) return false;
    int raw = 0;
    if (::waitpid(pid_, &raw, WNOHANG) == pid_) status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    return status_ < 0;
  }
  enum class Read { kData, kNothing, kEnd };
  Read read_stderr(int timeout_ms) {
    pollfd p{err_fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return Read::kNothing;
    char buf[4096];
    ssize_t n = ::read(err_fd_, buf, sizeof buf);
    if (n <= 0) return Read::kEnd;
    std::lock_guard<std::mutex> lock(mutex_);
    stderr_.append(buf, static_cast<std::size_t>(n));
    return Read::kData;
  }

  pid_t pid_ = -1;
  int err_fd_ = -1;
  int port_ = 0;
  int status_ = -1;
  std::string stderr_;
  std::mutex mutex_;
  std::thread reader_;
};

// A raw TCP connection, for what a polite HTTP client never does (stall,
// announce a huge body and not send it).
class RawConnection {
 public:
  explicit RawConnection(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  }
  ~RawConnection() { ::close(fd_); }
  bool connected() const { return connected_; }
  bool send(const std::string& bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // Reads until the peer closes, `stop` appears, or `timeout_ms` passes.
  std::string read(int timeout_ms, const std::string& stop = "") {
    std::string got;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
      char buf[4096];
      ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      got.append(buf, static_cast<std::size_t>(n));
      if (!stop.empty() && got.find(stop) != std::string::npos) break;
    }
    return got;
  }
  // Whether the server closed the connection (seen by the last read).
  bool closed() const { return closed_; }

 private:
  int fd_ = -1;
  bool connected_ = false;
  bool closed_ = false;
};

#endif  // CADENA_TESTS_SERVE_PROCESS_HPP
