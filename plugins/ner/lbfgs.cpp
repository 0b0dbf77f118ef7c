#include "lbfgs.hpp"

#include <cmath>
#include <deque>

namespace cadena::ner {
namespace {

// Armijo's sufficient decrease: f(x + t d) ≤ f(x) + kArmijo t ∇f·d.
constexpr double kArmijo = 1e-4;
constexpr int kHalvings = 40;

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t k = 0; k < a.size(); ++k) sum += a[k] * b[k];
  return sum;
}

// a += scale × b
void add_scaled(std::vector<double>& a, double scale, const std::vector<double>& b) {
  for (std::size_t k = 0; k < a.size(); ++k) a[k] += scale * b[k];
}

struct Step {
  std::vector<double> s;  // x change
  std::vector<double> y;  // gradient change
  double rho = 0;         // 1 / s·y
};

// -H∇f: the two-loop recursion, H the inverse Hessian estimate of `memory`.
std::vector<double> direction(const std::vector<double>& gradient, const std::deque<Step>& memory) {
  std::vector<double> q = gradient;
  std::vector<double> alpha(memory.size());
  for (std::size_t i = memory.size(); i-- > 0;) {
    alpha[i] = memory[i].rho * dot(memory[i].s, q);
    add_scaled(q, -alpha[i], memory[i].y);
  }
  if (!memory.empty()) {
    const Step& last = memory.back();
    double gamma = 1.0 / (last.rho * dot(last.y, last.y));
    for (double& v : q) v *= gamma;
  }
  for (std::size_t i = 0; i < memory.size(); ++i) {
    double beta = memory[i].rho * dot(memory[i].y, q);
    add_scaled(q, alpha[i] - beta, memory[i].s);
  }
  for (double& v : q) v = -v;
  return q;
}

}  // namespace

void minimise(const Objective& f, std::vector<double>& x, const LbfgsOptions& options,
              const std::function<void(int, const std::vector<double>&, double)>& after) {
  std::vector<double> gradient(x.size());
  double fx = f(x, gradient);
  std::deque<Step> memory;
  std::vector<double> history = {fx};  // f after each iteration, for the stopping test
  std::vector<double> next(x.size());
  std::vector<double> next_gradient(x.size());
  for (int iteration = 1; iteration <= options.iterations; ++iteration) {
    std::vector<double> d = direction(gradient, memory);
    double slope = dot(gradient, d);
    if (!(slope < 0)) {  // not a descent direction: forget the curvature
      memory.clear();
      d = gradient;
      for (double& v : d) v = -v;
      slope = dot(gradient, d);
      if (!(slope < 0)) return;  // zero gradient: at the minimum
    }
    // The first direction is the bare gradient, of the objective's scale: a unit step.
    double t = memory.empty() ? 1.0 / std::sqrt(-slope) : 1.0;
    double f_next = 0;
    int halvings = 0;
    for (;; ++halvings) {
      if (halvings == kHalvings) return;
      next = x;
      add_scaled(next, t, d);
      f_next = f(next, next_gradient);
      if (std::isfinite(f_next) && f_next <= fx + kArmijo * t * slope) break;
      t *= 0.5;
    }
    // The oldest step's vectors are reused: fresh ones of this size cost page faults.
    Step step;
    if (memory.size() >= static_cast<std::size_t>(options.memory) && !memory.empty()) {
      step = std::move(memory.front());
      memory.pop_front();
    } else {
      step.s.resize(x.size());
      step.y.resize(x.size());
    }
    for (std::size_t k = 0; k < x.size(); ++k) {
      step.s[k] = next[k] - x[k];
      step.y[k] = next_gradient[k] - gradient[k];
    }
    double sy = dot(step.s, step.y);
    if (sy > 0) {
      step.rho = 1.0 / sy;
      memory.push_back(std::move(step));
    }
    x.swap(next);
    gradient.swap(next_gradient);
    fx = f_next;
    history.push_back(fx);
    if (after) after(iteration, x, fx);
    if (history.size() > static_cast<std::size_t>(options.period)) {
      double before = history[history.size() - 1 - static_cast<std::size_t>(options.period)];
      if (before - fx < options.tolerance * std::fabs(fx)) return;
    }
  }
}

}  // namespace cadena::ner
