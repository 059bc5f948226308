#pragma once
#include <array>

namespace hiernet::runs {

/// The paper's published test accuracies (%, CIFAR-100 test split), as data: HierNet paper §5.7, Table 1
/// (ResNet) and Table 2 (ELU-ResNet) — ../shared/paper/hiernet-paper.md. `reproduce --table` prints ours beside them.
struct PaperTableRow {
    int n;
    int layers;
    double backbone;
    double hiernetSlow; ///< "Ours w/ slow eval." (conditional)
    double hiernetFast; ///< "Ours w/ fast eval." (routing)
};

inline constexpr std::array<PaperTableRow, 5> kPaperTable1 { { { 3, 20, 65.96, 68.89, 68.08 }, { 5, 32, 67.08, 70.65, 70.45 },
    { 7, 44, 68.12, 71.25, 70.75 }, { 9, 56, 68.38, 72.15, 72.01 }, { 18, 110, 71.33, 73.45, 73.27 } } };
inline constexpr std::array<PaperTableRow, 5> kPaperTable2 { { { 3, 20, 65.54, 68.30, 68.16 }, { 5, 32, 67.88, 70.71, 70.43 },
    { 7, 44, 68.79, 70.83, 70.79 }, { 9, 56, 69.03, 72.47, 72.29 }, { 18, 110, 72.93, 74.37, 74.15 } } };

/// The row of Table `table` (1 or 2) for `n`, or nullptr.
inline const PaperTableRow* paperTableRow(int table, int n)
{
    const auto& rows = table == 2 ? kPaperTable2 : kPaperTable1;
    for (const auto& row : rows)
        if (row.n == n)
            return &row;
    return nullptr;
}

} // namespace hiernet::runs
