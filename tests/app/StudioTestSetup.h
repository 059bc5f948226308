// Test helper: a studio test's own settings (QSettings in test mode, emptied) and runs folder, and one LibTorch
// thread so that the GUI thread keeps a core on a 2-core machine.
#pragma once
#include "studio/common/StudioSettings.h"
#include "util/Threads.h"

#include <QSettings>
#include <QStandardPaths>
#include <QString>

inline void isolateStudioSettings(const QString& runsFolder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    hiernet::studio::settings::runsFolder.setValue(runsFolder);
    hiernet::useThreads(1);
}
