// Must NOT compile: gatepost_core links no GUI module (see tests/layering/CMakeLists.txt).
#include <QWidget>

int probe()
{
    return sizeof(QWidget);
}
