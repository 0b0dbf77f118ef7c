// The natural logarithm from IEEE-754 basic operations only. libm's log() may
// round differently in different builds (glibc picks an FMA variant at run time
// where the CPU has one; the WebAssembly build uses musl), and a last-bit
// difference in an IDF weight can flip a tie between two sentences. +, -, *, /
// and frexp are exact or correctly rounded everywhere, so this is the same in
// every build (with contraction into fused multiply-adds turned off, see
// CMakeLists.txt).
#ifndef CADENA_SUMMARIZE_PORTABLE_MATH_HPP
#define CADENA_SUMMARIZE_PORTABLE_MATH_HPP

#include <cmath>

namespace cadena::summarize {

// ln(x) for a finite x > 0, within a few units in the last place.
inline double portable_log(double x) {
  constexpr double kLn2 = 0.69314718055994530942;
  constexpr double kSqrtHalf = 0.70710678118654752440;
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m * 2^exponent, m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2;
    --exponent;
  }
  // ln(m) = 2 atanh(z) = 2 (z + z^3/3 + z^5/5 + ...), z = (m-1)/(m+1);
  // m in [0.707, 1.414) keeps |z| <= 0.172, so 13 terms reach 1e-20.
  double z = (m - 1) / (m + 1);
  double z2 = z * z;
  double power = z;
  double sum = 0;
  for (int k = 1; k <= 25; k += 2) {
    sum += power / k;
    power *= z2;
  }
  return 2 * sum + exponent * kLn2;
}

}  // namespace cadena::summarize

#endif  // CADENA_SUMMARIZE_PORTABLE_MATH_HPP
