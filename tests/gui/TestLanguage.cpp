#include "gui/Language.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace gatepost;

// The gate screens speak Chinese unless the station or --lang says otherwise, whatever the PC's
// own locale is (the tests run under LC_ALL=C.UTF-8, as many gate PCs are left).
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static void removeTranslators()
    {
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private slots:
    void cleanup() { removeTranslators(); }

    void noSettingMeansChineseEvenOnAnEnglishOrCPc_data()
    {
        QTest::addColumn<QString>("system");
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("en_US") << QStringLiteral("en_US");
        QTest::newRow("en_GB") << QStringLiteral("en_GB");
        QTest::newRow("de_DE") << QStringLiteral("de_DE");
    }

    void noSettingMeansChineseEvenOnAnEnglishOrCPc()
    {
        QFETCH(QString, system);
        QLocale::setDefault(QLocale(system));
        for (const QString& requested : {QString(), QStringLiteral("  "), QStringLiteral("xx-nonsense")}) {
            const QLocale ui = gui::uiLocale(requested);
            QCOMPARE(ui.language(), QLocale::Chinese);
            QCOMPARE(ui.territory(), QLocale::China);
        }
        QLocale::setDefault(QLocale::c());
    }

    void aSettingOrLangWins()
    {
        QCOMPARE(gui::uiLocale(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(gui::uiLocale(QStringLiteral("en_US")).language(), QLocale::English);
        QCOMPARE(gui::uiLocale(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
    }

    void theDefaultInstallsTheChineseScreens()
    {
        QCOMPARE(gui::installTranslations(gui::uiLocale(QString())), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("StationWindow", "Settings"), QStringLiteral("设置"));
        removeTranslators();
        QCOMPARE(gui::installTranslations(gui::uiLocale(QStringLiteral("en"))), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("StationWindow", "Settings"), QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
