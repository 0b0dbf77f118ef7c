#include "cardinal_composer.hpp"

#include <cmath>

namespace cadena::numbers {

bool CardinalComposer::add_additive(double value, bool joined) {
  if (value == 0) {  // "cero" stands alone
    if (!empty()) return false;
    lowest_slot_ = kClosed;
    return true;
  }
  if (value >= 1000 || value != std::floor(value)) return false;
  int top = value >= 100 ? kHundreds : value >= 10 ? kTens : kUnits;
  bool round_tens = top == kTens && static_cast<int>(value) % 10 == 0 && value >= 20;
  int bottom = top == kHundreds ? kHundreds : top == kUnits || !round_tens ? kUnits : kTens;
  if (top >= lowest_slot_) return false;
  if (joined && !((lowest_slot_ == kTens && top == kUnits) || lowest_slot_ == kHundreds))
    return false;
  group_ += value;
  lowest_slot_ = bottom;
  return true;
}

bool CardinalComposer::add(const CardinalWord& word, bool joined) {
  switch (word.role) {
    case CardinalWord::Role::additive:
    case CardinalWord::Role::article:
      if (!add_additive(word.value, joined)) return false;
      break;
    case CardinalWord::Role::multiplier:  // "two hundred": the group times 100
      if (joined || group_ >= 100 || lowest_slot_ == kClosed || lowest_slot_ == kHundreds)
        return false;
      group_ = (group_ == 0 ? 1 : group_) * word.value;
      lowest_slot_ = kHundreds;
      break;
    case CardinalWord::Role::thousand:
      if (joined || thousands_ != 0 || word.value >= scale_limit_) return false;
      thousands_ = (group_ == 0 ? 1 : group_) * word.value;
      group_ = 0;
      lowest_slot_ = kEmpty;
      last_scale_ = word.value;
      break;
    case CardinalWord::Role::scale: {
      if (joined || word.value >= scale_limit_) return false;
      double part = thousands_ + group_;
      total_ += (part == 0 ? 1 : part) * word.value;
      thousands_ = group_ = 0;
      lowest_slot_ = kEmpty;
      last_scale_ = scale_limit_ = word.value;
      break;
    }
  }
  ++words_;
  return true;
}

}  // namespace cadena::numbers
