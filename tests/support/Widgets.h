#pragma once

// Finding the real widgets a test drives, by objectName. A missing widget is a broken screen,
// not a failed expectation: the test stops at once with the name.

#include <QObject>
#include <QString>

namespace gatepost::test {

template<class T> T* child(const QObject* parent, const char* name)
{
    auto* c = parent->findChild<T*>(QLatin1String(name));
    if (!c)
        qFatal("no child widget named %s", name);
    return c;
}

template<class T> T* child(const QObject& parent, const char* name)
{
    return child<T>(&parent, name);
}

} // namespace gatepost::test
