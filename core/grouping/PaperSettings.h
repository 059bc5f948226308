#pragma once

namespace hiernet::grouping {

// The paper's grouping settings (CIFAR-100, Tables 1 and 2): the defaults of every grouping in the
// CLI and the studio, kept here once.
inline constexpr double kPaperPMin = 0.0075; ///< ResNet backbones (Table 1)
inline constexpr double kPaperPMinEluResNet = 0.005; ///< ELU-ResNet backbones (Table 2)
inline constexpr int kPaperGMax = 50;

} // namespace hiernet::grouping
