#pragma once
// Test helper: the message of the hiernet::Error a call raises (empty when it raises none).
#include "util/Error.h"

#include <QString>

template <typename F> QString errorOf(F f)
{
    try {
        f();
    } catch (const hiernet::Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}
