#pragma once
#include <QColor>

namespace hiernet::widgets {

// One meaning per colour in every view of a route: the way taken, the true way, where they part.
inline const QColor takenColour(31, 119, 180);
inline const QColor trueColour(44, 160, 44);
inline const QColor flagColour(214, 39, 40);

// One colour per predictor wherever predictions are compared (severity charts and their tables): the HierNet's
// fast answer is the way taken; its slow answer, the backbone and the backbone trained on have their own.
inline const QColor fastColour = takenColour;
inline const QColor slowColour(255, 127, 14);
inline const QColor backboneColour(127, 127, 127);
inline const QColor sameBudgetColour(148, 103, 189);

} // namespace hiernet::widgets
