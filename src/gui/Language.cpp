#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

namespace gatepost::gui {

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
