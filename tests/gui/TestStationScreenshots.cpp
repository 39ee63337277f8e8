// GATEPOST_SCREENSHOT_DIR=DIR: every screen of the user guide into DIR/en/ and DIR/zh_CN/
// (GATEPOST_SCREENSHOT_LANG=zh_CN: that language only), each through the real widgets.
// scripts/screenshots runs it; without the variable it is skipped.

#include "StationFixture.h"
#include "gui/SettingsDialog.h"
#include "gui/SyncActions.h"

#include <QTabWidget>

using namespace gatepost;

class TestStationScreenshots : public QObject, protected test::StationFixture
{
    Q_OBJECT

private:
    // Screenshots for the user guide (scripts/screenshots): what the volunteer sees, per language.
    QString m_shotDir;
    void shot(QWidget& w, const char* name)
    {
        QVERIFY(QDir().mkpath(m_shotDir));
        QVERIFY(w.grab().save(QDir(m_shotDir).filePath(QLatin1String(name) + QStringLiteral(".png"))));
    }
    // Only this language's translations and font, as gatepost --lang installs them.
    static void useLanguage(const QString& lang, const QFont& font)
    {
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QApplication::setFont(font);
        QLocale::setDefault(lang.isEmpty() ? QLocale::system() : QLocale(lang));
        if (!lang.isEmpty())
            QCOMPARE(gui::installTranslations(QLocale(lang)), lang);
    }

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void init() { m_clock.advanceSecs(600); }

    void screenshotsForTheGuide()
    {
        const QString dir = qEnvironmentVariable("GATEPOST_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GATEPOST_SCREENSHOT_DIR is not set");
        QStringList langs = qEnvironmentVariable("GATEPOST_SCREENSHOT_LANG").split(u',', Qt::SkipEmptyParts);
        if (langs.isEmpty())
            langs = {QStringLiteral("en"), QStringLiteral("zh_CN")};
        for (const QString& op : {QStringLiteral("demo"), QStringLiteral("lead")}) {
            const auto ops = m_auth->operators();
            if (std::none_of(ops.begin(), ops.end(), [&](const core::Operator& o) { return o.name == op; }))
                m_auth->addOperator(
                    op, op == QLatin1String("demo") ? core::Role::Volunteer : core::Role::ShiftLead,
                    op == QLatin1String("demo") ? QStringLiteral("1234") : QStringLiteral("2468"),
                    gatepost::core::Actor::system());
        }
        const QFont font = QApplication::font();
        for (const QString& lang : langs) {
            m_shotDir = QDir(dir).filePath(lang);
            useLanguage(lang, font);
            shootEveryScreen();
            if (QTest::currentTestFailed())
                break;
        }
        useLanguage({}, font);
    }

private:
    void shootEveryScreen()
    {
        {
            gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* list = child<QListWidget>(&dialog, "operatorList");
            const auto demo = list->findItems(QStringLiteral("demo"), Qt::MatchStartsWith);
            QCOMPARE(demo.size(), 1);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(demo.first()).center());
            for (const char* key : {"pinKey1", "pinKey2", "pinKey3", "pinKey4"})
                QTest::mouseClick(child<QPushButton>(&dialog, key), Qt::LeftButton);
            shot(dialog, "gate-signon");
        }
        auto w = station();
        QCOMPARE(core::toString(w->direction()), core::toString(core::Direction::In));
        shot(*w, "gate-scanning");

        const core::Pass resident = greenPass(core::Category::RegisteredResident);
        w->handleCode(core::Registry::qrText(resident));
        QCOMPARE(w->verdictPanel()->backgroundColor(), gui::VerdictPanel::colorFor(core::Verdict::Allow));
        shot(*w, "gate-allow");
        w->showScanning();
        m_clock.advanceSecs(120); // in again, within the passback window: amber
        w->handleCode(core::Registry::qrText(resident));
        QVERIFY(w->verdictPanel()->isDecisionPending());
        shot(*w, "gate-check");
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "refuseButton"), Qt::LeftButton);

        m_clock.advanceSecs(60);
        w->handleCode(core::Registry::qrText(greenPass(core::Category::InternalVehicle)));
        QVERIFY(child<QLabel>(w->verdictPanel(), "plateLabel")->isVisible());
        shot(*w, "gate-vehicle");

        w->showScanning();
        m_clock.advanceSecs(60);
        w->handleCode(m_revoked);
        QCOMPARE(w->verdictPanel()->backgroundColor(), gui::VerdictPanel::colorFor(core::Verdict::Deny));
        shot(*w, "gate-deny");
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "overrideButton"), Qt::LeftButton);
        QVERIFY(child<QPushButton>(w->verdictPanel(), "reasonEmergencyButton")->isVisible());
        shot(*w, "gate-deny-override");
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "overrideCancelButton"), Qt::LeftButton);

        w = station(); // a fresh window for the next screen
        m_clock.advanceSecs(60);
        m_db->db().exec("CREATE TEMP TRIGGER station_shot_fail BEFORE INSERT ON crossings "
                        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        w->handleCode(core::Registry::qrText(greenPass(core::Category::RegisteredResident)));
        m_db->db().exec("DROP TRIGGER station_shot_fail");
        QVERIFY(w->statusStrip()->databaseProblem());
        shot(*w, "gate-not-logged");
        w.reset();

        w = station();
        const core::Pass other = greenPass(core::Category::RegisteredResident);
        const QString address = m_registry->snapshot(other.serial)->holder.address;
        QVERIFY(!address.isEmpty());
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "noPassButton"), Qt::LeftButton);
        auto* search = child<QWidget>(w.get(), "manualSearchPanel");
        child<QLineEdit>(search, "searchEdit")->setText(address.left(address.size() - 1));
        QTest::mouseClick(child<QPushButton>(search, "searchButton"), Qt::LeftButton);
        QVERIFY(child<QListWidget>(search, "resultsList")->count() > 1);
        shot(*w, "gate-search");
        QTest::mouseClick(child<QPushButton>(search, "cancelButton"), Qt::LeftButton);

        QTest::mouseClick(child<QPushButton>(scanPage(*w), "visitorButton"), Qt::LeftButton);
        auto* visitor = child<QWidget>(w.get(), "visitorPanel");
        child<QLineEdit>(visitor, "visitorNameEdit")->setText(QStringLiteral("王小明"));
        QTest::keyClicks(child<QLineEdit>(visitor, "visitorPhoneEdit"), QStringLiteral("13812345678"));
        pickHousehold(visitor, address);
        QTest::mouseClick(child<QPushButton>(visitor, "reasonFamilyButton"), Qt::LeftButton);
        shot(*w, "gate-visitor");
        QTest::mouseClick(child<QPushButton>(visitor, "cancelButton"), Qt::LeftButton);

        QTest::mouseClick(child<QPushButton>(scanPage(*w), "returneeButton"), Qt::LeftButton);
        auto* returnee = child<QWidget>(w.get(), "returneePanel");
        child<QLineEdit>(returnee, "returneeNameEdit")->setText(QStringLiteral("李静"));
        QTest::keyClicks(child<QLineEdit>(returnee, "returneePhoneEdit"), QStringLiteral("13912345678"));
        pickHousehold(returnee, address);
        QTest::mouseClick(child<QPushButton>(returnee, "cityButton1"), Qt::LeftButton);
        shot(*w, "gate-returnee");
        QTest::mouseClick(child<QPushButton>(returnee, "cancelButton"), Qt::LeftButton);

        QTest::mouseClick(child<QPushButton>(scanPage(*w), "temperatureButton"), Qt::LeftButton);
        auto* pad = child<QWidget>(w.get(), "temperaturePad");
        qint64 now = 0;
        w->scannerInput()->setTimeSource([&now] { return now += 500; }); // a person on the pad
        QTest::keyClicks(pad, QStringLiteral("38.5"));
        QCOMPARE(child<QLabel>(pad, "displayLabel")->text(), QStringLiteral("38.5 °C"));
        shot(*w, "gate-temperature");
        QTest::keyClick(pad, Qt::Key_Escape);

        QTest::mouseClick(child<QPushButton>(scanPage(*w), "incidentButton"), Qt::LeftButton);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Incident));
        shot(*w, "gate-incident");

        // A station with a hub that cannot be reached: the line under the strip.
        QTest::mouseClick(child<QPushButton>(child<QWidget>(w.get(), "incidentPanel"), "cancelButton"),
                          Qt::LeftButton);
        w->showScanning();
        core::SyncHealth health;
        health.state = core::SyncHealth::State::Offline;
        health.offlineSinceUtc = m_clock.nowUtc().addSecs(-25 * 60);
        health.secondsSinceContact = 25 * 60;
        health.waiting = 41;
        health.waitingCrossings = 37;
        w->statusStrip()->setSyncHealth(health);
        QCoreApplication::sendPostedEvents(); // the line is laid out before the picture
        QCoreApplication::processEvents();
        QVERIFY(child<QLabel>(w.get(), "syncStatusLabel")->width() >=
                child<QLabel>(w.get(), "syncStatusLabel")->minimumSizeHint().width());
        shot(*w, "gate-sync-offline");
        w.reset();

        // The settings' sync tab of a gate that stands alone (it may join the office's community).
        {
            gui::SyncActions actions(m_services->events, *m_registry, core::Actor::system());
            core::SyncSettings sync;
            sync.hubUrl = QStringLiteral("postgresql://gate_north@192.168.1.10:5432/gatepost");
            gui::SettingsDialog dialog(core::StationSettings::load(m_db->db()), m_registry->policy(), sync,
                                       m_registry->station(), &actions);
            child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.resize(dialog.sizeHint());
            shot(dialog, "settings-sync");
        }

        scan::ScanPipeline::Options options;
        options.reopenMinMs = 200;
        scan::ScanPipeline pipeline(options);
        w = station(&pipeline);
        scan::SourceSpec source;
        source.kind = scan::SourceSpec::Kind::Device;
        source.location = QStringLiteral("/dev/gatepost-no-such-camera");
        pipeline.start(source);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusStrip()->cameraProblem(), 3000);
        shot(*w, "gate-camera-lost");
        w.reset();
        pipeline.stop();
    }
};

QTEST_MAIN(TestStationScreenshots)
#include "TestStationScreenshots.moc"
