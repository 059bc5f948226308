#pragma once
#include <stdexcept>
#include <string>

namespace hiernet {

/// The one exception type the core throws for bad input or a failed operation. Its message names
/// the file or value and what is wrong, so front ends can show it as it is.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace hiernet
