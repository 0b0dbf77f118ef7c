// Unconstrained minimisation by L-BFGS (Nocedal 1980; Liu & Nocedal 1989):
// the two-loop recursion over the last few steps and gradient changes, with a
// backtracking line search on the Armijo condition. Made for smooth convex
// objectives such as the CRF's penalised log-loss, where a step that does not
// increase the curvature estimate (s·y ≤ 0) is simply not remembered.
//
// Deterministic: plain loops in a fixed order, no threads.
#ifndef CADENA_NER_LBFGS_HPP
#define CADENA_NER_LBFGS_HPP

#include <cstddef>
#include <functional>
#include <vector>

namespace cadena::ner {

struct LbfgsOptions {
  int iterations = 200;  // at the most
  int memory = 6;        // steps remembered, at least 1
  // Stops when the objective fell by less than this fraction of itself over
  // the last `period` iterations.
  double tolerance = 1e-5;
  int period = 10;
};

// Returns f(x) and sets `gradient` (resized by the caller's objective to x's size).
using Objective =
    std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

// Minimises `f` from `x`, leaving the minimiser found in `x`. After each
// iteration calls `after(iteration, x, f(x))` (1-based). Stops early when the
// line search finds no lower point (at a minimum, to machine precision).
void minimise(const Objective& f, std::vector<double>& x, const LbfgsOptions& options,
              const std::function<void(int, const std::vector<double>&, double)>& after);

}  // namespace cadena::ner

#endif  // CADENA_NER_LBFGS_HPP
