#pragma once
#include "training/Trainer.h"

namespace hiernet::cli {

/// One-line terminal progress on stderr: bar, iteration, loss, accuracy, LR, images/s, ETA.
class ProgressBar {
public:
    void update(const training::TrainingProgress& progress);
    void validation(const training::ValidationReport& report);
    void finish();

private:
    bool m_drawn = false;
    double m_lastValidation = -1;
};

} // namespace hiernet::cli
