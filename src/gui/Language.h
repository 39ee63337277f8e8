#pragma once

#include <QLocale>

namespace gatepost::gui {

// Installs Gatepost's own and Qt's translations for `locale`: Simplified Chinese for any
// Chinese locale, English otherwise. Returns the language actually installed ("zh_CN" / "en").
QString installTranslations(const QLocale& locale);

// A modal box for a station that cannot start (its database cannot be opened).
void showStartupError(const QString& detail);

} // namespace gatepost::gui
