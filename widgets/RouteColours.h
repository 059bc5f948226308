#pragma once
#include <QColor>

namespace hiernet::widgets {

// One meaning per colour in every view of a route: the way taken, the true way, where they part.
inline const QColor takenColour(31, 119, 180);
inline const QColor trueColour(44, 160, 44);
inline const QColor flagColour(214, 39, 40);

} // namespace hiernet::widgets
