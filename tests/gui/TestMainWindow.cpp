#include "FakeClock.h"
#include "TempDb.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTest>

using namespace gatepost;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString countFor(QTableWidget* table, const QString& item)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == item)
                return table->item(r, 1)->text();
        return {};
    }

private slots:
    void showsStationAndRegistryCounts()
    {
        QLocale::setDefault(QLocale::c());
        test::TempDb t;
        test::FakeClock clock;
        core::Registry registry(t.db(), clock);
        registry.initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        core::DemoOptions opts;
        opts.seed = 3;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(t.db(), opts);
        core::CrossingLog log(t.db(), registry.station()->stationId, clock);

        gui::MainWindow w(registry, &log, t.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* station = w.findChild<QLabel*>(QStringLiteral("stationLabel"));
        QVERIFY(station);
        QVERIFY2(station->text().contains(QStringLiteral("north-1")), qPrintable(station->text()));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("countsTable"));
        QVERIFY(table);
        QCOMPARE(countFor(table, QStringLiteral("Households")), QLocale().toString(1212));
        const int passes = QLocale::c().toInt(countFor(table, QStringLiteral("Passes")));
        QVERIFY2(passes >= 6800 && passes <= 7200, qPrintable(countFor(table, QStringLiteral("Passes"))));
        QCOMPARE(countFor(table, QStringLiteral("Crossings logged")), QStringLiteral("0"));
    }

    void speaksSimplifiedChineseForAChineseLocale()
    {
        QCOMPARE(gui::installTranslations(QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        test::TempDb t;
        test::FakeClock clock;
        core::Registry registry(t.db(), clock);
        registry.initStation(QStringLiteral("南门一号"), QStringLiteral("south"));
        gui::MainWindow w(registry, nullptr, t.path());
        auto* station = w.findChild<QLabel*>(QStringLiteral("stationLabel"));
        QCOMPARE(station->text(), QStringLiteral("岗亭 南门一号 — 南门"));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("countsTable"));
        QCOMPARE(countFor(table, QStringLiteral("户数")), QStringLiteral("0"));
    }

    void everyVisibleStringHasAChineseTranslation()
    {
        // lupdate's output must be complete: an untranslated entry would show English at the gate.
        QFile ts(QStringLiteral(GATEPOST_SOURCE_DIR "/resources/translations/gatepost_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray xml = ts.readAll();
        QVERIFY(xml.count("<message>") > 40);
        QCOMPARE(xml.count("type=\"unfinished\""), 0);
        QCOMPARE(xml.count("<translation></translation>"), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
