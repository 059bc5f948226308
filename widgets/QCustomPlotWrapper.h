#pragma once
// The only place that includes Debian's qcustomplot.h: it still uses `signals:` and `foreach`, which
// QT_NO_KEYWORDS removes (needed so that Qt macros never meet torch headers).
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef foreach
