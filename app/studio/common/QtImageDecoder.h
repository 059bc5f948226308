#pragma once

namespace hiernet::studio {

/// Lets the core's folder loader read every format Qt's image readers know (PNG, JPEG, BMP, …).
void installQtImageDecoder();

} // namespace hiernet::studio
