#pragma once
#include <QString>

class QWidget;

namespace hiernet::studio {

/// Renders a widget to a PNG (or any image format by suffix) or, for ".pdf", to a one-page PDF.
/// Returns false when the file cannot be written.
bool exportWidget(QWidget* widget, const QString& file);

} // namespace hiernet::studio
