#pragma once

#include <QLocale>

namespace gatepost::gui {

// The language of the screens: @p requested (--lang, else the station's setting: "zh_CN", "en")
// when it names a language, else Simplified Chinese. Never the PC's own locale: gate PCs are
// often set up in English or left at "C", and the volunteers read Chinese.
QLocale uiLocale(const QString& requested);

// Installs Gatepost's own and Qt's translations for `locale`: Simplified Chinese for any
// Chinese locale, English otherwise. Returns the language actually installed ("zh_CN" / "en").
QString installTranslations(const QLocale& locale);

// A modal box for a station that cannot start (its database cannot be opened).
void showStartupError(const QString& detail);

} // namespace gatepost::gui
