// Must compile: the control for ProbeWidget.cpp, same target settings, a Core header.
#include "core/Types.h"

int probe()
{
    return static_cast<int>(gatepost::core::allReasons().size());
}
