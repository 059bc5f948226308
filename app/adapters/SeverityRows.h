#pragma once
#include "evaluation/MistakeSeverity.h"

#include <QColor>
#include <QString>

namespace hiernet::studio {

/// A predictor as the severity views name and colour it (the chart and its table, on the Errors tab and in the
/// report): the same name and colour in every view.
QString predictorName(evaluation::Predictor predictor);
QColor predictorColour(evaluation::Predictor predictor);

} // namespace hiernet::studio
