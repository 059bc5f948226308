#include "cli/ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace hiernet::cli {

void ProgressBar::update(const training::TrainingProgress& p)
{
    constexpr int width = 24;
    const double fraction = p.total > 0 ? double(p.iteration) / double(p.total) : 0;
    char bar[width + 1];
    for (int i = 0; i < width; ++i)
        bar[i] = i < int(fraction * width) ? '#' : '.';
    bar[width] = '\0';
    const int eta = int(p.etaSeconds);
    char validation[32] = "";
    if (m_lastValidation >= 0)
        std::snprintf(validation, sizeof validation, " val %.2f%%", 100 * m_lastValidation);
    const bool terminal = isatty(fileno(stderr));
    std::fprintf(stderr, "%s[%s] %lld/%lld ep %.2f loss %.4f acc %.2f%%%s lr %.4f %.0f img/s ETA %d:%02d:%02d%s",
        terminal ? "\r" : "", bar, static_cast<long long>(p.iteration), static_cast<long long>(p.total), p.epoch, p.loss,
        100 * p.trainAccuracy, validation, p.learningRate, p.imagesPerSecond, eta / 3600, eta / 60 % 60, eta % 60,
        terminal ? "\033[K" : "\n");
    std::fflush(stderr);
    m_drawn = terminal;
}

void ProgressBar::validation(const training::ValidationReport& report)
{
    m_lastValidation = report.accuracy;
}

void ProgressBar::finish()
{
    if (m_drawn)
        std::fputc('\n', stderr);
    m_drawn = false;
}

} // namespace hiernet::cli
