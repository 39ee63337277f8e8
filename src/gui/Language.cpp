#include "Language.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

namespace gatepost::gui {

QLocale uiLocale(const QString& requested)
{
    const QLocale asked(requested.trimmed());
    if (requested.trimmed().isEmpty() || asked.language() == QLocale::C ||
        asked.language() == QLocale::AnyLanguage)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return asked;
}

QString installTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString lang = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/gatepost_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    if (chinese) {
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Without an explicit family, fontconfig may pick the Japanese glyph variants for Chinese text.
    if (chinese && QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), font.family()});
        QApplication::setFont(font);
    }
    return lang;
}

void showStartupError(const QString& detail)
{
    QMessageBox::critical(
        nullptr, QCoreApplication::translate("gatepost::gui::Startup", "Gatepost"),
        QCoreApplication::translate("gatepost::gui::Startup", "The station database cannot be opened:\n%1")
            .arg(detail));
}

} // namespace gatepost::gui
