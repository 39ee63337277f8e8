#include "FakeClock.h"
#include "TempDb.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/Language.h"
#include "gui/ScannerInput.h"
#include "gui/SignOnDialog.h"
#include "gui/StationWindow.h"
#include "gui/StatusStrip.h"
#include "gui/VerdictPanel.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace gatepost;

// The whole gate screen on a real demo community in a real SQLite file: codes go in the way a
// scanner gun or the camera delivers them, and what is checked is what the volunteer sees and
// what the log holds.
class TestStationWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDb> m_db;
    test::FakeClock m_clock;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
    std::unique_ptr<core::Auth> m_auth;
    std::unique_ptr<gui::StationServices> m_services;
    QStringList m_allowed; // codes that pass at the north gate, going in, right now
    QString m_vehicle;
    QString m_revoked;
    int m_nextAllowed = 0;

    std::unique_ptr<gui::StationWindow> station(scan::ScanPipeline* pipeline = nullptr)
    {
        core::StationSettings settings = core::StationSettings::load(m_db->db());
        settings.muted = true;
        settings.rapidModeSeconds = 0;
        core::Operator op;
        op.name = QStringLiteral("Li Wei");
        auto w = std::make_unique<gui::StationWindow>(*m_services, settings, op, pipeline);
        w->resize(1280, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("window not exposed");
        return w;
    }
    QString nextAllowed() { return m_allowed.at(m_nextAllowed++); }
    template<class T> static T* child(QWidget* w, const char* name)
    {
        auto* c = w->findChild<T*>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static QWidget* scanPage(gui::StationWindow& w) { return child<QWidget>(&w, "scanPage"); }
    static QColor verdictPixel(gui::StationWindow& w)
    {
        return QColor(w.verdictPanel()->grab().toImage().pixel(3, 3));
    }

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
    // A pass of this category that is green at the north gate going in right now.
    core::Pass greenPass(core::Category category)
    {
        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = category;
        f.limit = 400;
        for (const core::Pass& p : m_registry->passes(f)) {
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = QStringLiteral("north");
            if (m_checkpoint->evaluate(in).verdict == core::Verdict::Allow)
                return p;
        }
        qFatal("no green pass left");
    }
    static void pickHousehold(QWidget* panel, const QString& address)
    {
        child<QLineEdit>(panel, "householdEdit")->setText(address.left(address.size() - 1));
        auto* list = child<QListWidget>(panel, "householdList");
        QTRY_VERIFY(list->isVisible() && list->count() > 0);
        const auto found = list->findItems(address, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDb>();
        m_registry = std::make_unique<core::Registry>(m_db->db(), m_clock);
        const auto station = m_registry->initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        core::DemoOptions opts;
        opts.seed = 3;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_db->db(), opts);
        m_log = std::make_unique<core::CrossingLog>(m_db->db(), station.stationId, m_clock);
        m_checkpoint = std::make_unique<core::Checkpoint>(*m_registry, *m_log, m_clock, station.stationId);
        m_desk = std::make_unique<core::GateDesk>(*m_registry, *m_log, *m_checkpoint, m_clock);
        m_auth = std::make_unique<core::Auth>(m_db->db());
        m_services = std::make_unique<gui::StationServices>(
            gui::StationServices{m_db->db(), *m_registry, *m_log, *m_checkpoint, *m_desk, *m_auth, m_clock});

        auto allowedNow = [this](const core::Pass& p) {
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = QStringLiteral("north");
            return m_checkpoint->evaluate(in).verdict == core::Verdict::Allow;
        };
        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = core::Category::RegisteredResident;
        f.limit = 200;
        for (const core::Pass& p : m_registry->passes(f))
            if (allowedNow(p))
                m_allowed << core::Registry::qrText(p);
        QVERIFY(m_allowed.size() > 20);
        f.category = core::Category::InternalVehicle;
        for (const core::Pass& p : m_registry->passes(f))
            if (m_vehicle.isEmpty() && allowedNow(p))
                m_vehicle = core::Registry::qrText(p);
        QVERIFY(!m_vehicle.isEmpty());
        f.status = core::PassStatus::Revoked;
        f.category.reset();
        const auto revoked = m_registry->passes(f);
        QVERIFY(!revoked.isEmpty());
        m_revoked = core::Registry::qrText(revoked.first());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_auth.reset();
        m_desk.reset();
        m_checkpoint.reset();
        m_log.reset();
        m_registry.reset();
        m_db.reset();
    }

    void init() { m_clock.advanceSecs(600); }

    void validCodeIsGreenAndLogged()
    {
        auto w = station();
        QCOMPARE(w->gate(), QStringLiteral("north"));
        const qint64 before = m_log->count();
        w->handleCode(nextAllowed());
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Verdict));
        QCOMPARE(verdictPixel(*w), QColor(0x1B, 0x7F, 0x3B));
        QCOMPARE(child<QLabel>(w->verdictPanel(), "verdictLabel")->text(), QStringLiteral("PASS"));
        QCOMPARE(m_log->count(), before + 1);
        const auto rows = m_log->query({}, {});
        QCOMPARE(rows.last().operatorName, QStringLiteral("Li Wei"));
        QCOMPARE(rows.last().gate, QStringLiteral("north"));
        QCOMPARE(core::toString(rows.last().kind), core::toString(core::EntryKind::Scan));
        QVERIFY(child<QLabel>(w.get(), "countsLabel")->text().contains(QStringLiteral("In ")));
        // Next: back to scanning.
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "nextButton"), Qt::LeftButton);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Scanning));
    }

    void vehiclePassShowsThePlate()
    {
        auto w = station();
        w->handleCode(m_vehicle);
        QCOMPARE(verdictPixel(*w), QColor(0x1B, 0x7F, 0x3B));
        QVERIFY(child<QLabel>(w->verdictPanel(), "plateLabel")->isVisible());
        QVERIFY(child<QLabel>(w->verdictPanel(), "plateLabel")->text().startsWith(QStringLiteral("京")));
        // Everything fits the small gate screen, the verdict without scrolling.
        const int free = 800 - w->statusStrip()->sizeHint().height();
        QVERIFY2(w->verdictPanel()->minimumSizeHint().height() <= free,
                 qPrintable(QString::number(w->verdictPanel()->minimumSizeHint().height())));
        QVERIFY(w->verdictPanel()->minimumSizeHint().width() <= 1280);
        QVERIFY2(w->minimumSizeHint().width() <= 1280 && w->minimumSizeHint().height() <= 800,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(w->minimumSizeHint().width())
                                .arg(w->minimumSizeHint().height())));
    }

    void revokedPassIsRedAndCanBeOverriddenWithAReason()
    {
        auto w = station();
        w->handleCode(m_revoked);
        QCOMPARE(verdictPixel(*w), QColor(0xB3, 0x26, 0x1E));
        QVERIFY(child<QLabel>(w->verdictPanel(), "reasonsLabel")->text().contains(QStringLiteral("revoked")));
        const QString crossing = m_log->query({}, {}).last().uuid;
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "overrideButton"), Qt::LeftButton);
        // The reasons open under the photo and still fit the 800-pixel gate screen.
        QVERIFY2(w->minimumSizeHint().height() <= 800,
                 qPrintable(QString::number(w->minimumSizeHint().height())));
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "reasonEmergencyButton"), Qt::LeftButton);
        const core::CrossingEntry decision = m_log->query({}, {}).last();
        QCOMPARE(core::toString(decision.kind), core::toString(core::EntryKind::Decision));
        QCOMPARE(decision.refUuid, crossing);
        QCOMPARE(decision.letThrough, std::optional<bool>(true));
        QCOMPARE(decision.overrideReason, QStringLiteral("emergency"));
        QCOMPARE(decision.operatorName, QStringLiteral("Li Wei"));
        QCOMPARE(child<QLabel>(w->verdictPanel(), "verdictLabel")->text(), QStringLiteral("LET THROUGH"));
    }

    void badCodeIsRedBadFormat()
    {
        auto w = station();
        const qint64 before = m_log->count();
        w->handleCode(QStringLiteral("https://example.com/hello"));
        QCOMPARE(verdictPixel(*w), QColor(0xB3, 0x26, 0x1E));
        QVERIFY(child<QLabel>(w->verdictPanel(), "reasonsLabel")
                    ->text()
                    .contains(QStringLiteral("Not a Gatepost pass code")));
        QCOMPARE(m_log->count(), before + 1);
        QCOMPARE(m_log->query({}, {}).last().reasons.size(), 1);
        QVERIFY(m_log->query({}, {}).last().reasons.contains(core::Reason::BadFormat));
    }

    void passbackIsAmberAndTheVolunteerDecides()
    {
        auto w = station();
        const QString code = nextAllowed();
        w->handleCode(code);
        QCOMPARE(core::toString(w->verdictPanel()->shownVerdict()), core::toString(core::Verdict::Allow));
        const QString firstAt = m_log->query({}, {})
                                    .last()
                                    .atUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                                    .toString(QStringLiteral("HH:mm"));
        w->showScanning();
        m_clock.advanceSecs(120); // past the duplicate window: going in twice is passback
        w->handleCode(code);
        QCOMPARE(verdictPixel(*w), QColor(0xF2, 0xB6, 0x00));
        QVERIFY(
            child<QLabel>(w->verdictPanel(), "previousLabel")->text().contains(QStringLiteral("North gate")));
        // When, in the community's own time (Beijing), not the machine's.
        QVERIFY(child<QLabel>(w->verdictPanel(), "previousLabel")->text().contains(firstAt));
        QVERIFY(w->verdictPanel()->isDecisionPending());
        const QString crossing = m_log->query({}, {}).last().uuid;

        // A scan now must not throw the pending decision away.
        const qint64 before = m_log->count();
        w->handleCode(nextAllowed());
        QCOMPARE(m_log->count(), before);
        QVERIFY(w->verdictPanel()->isDecisionPending());

        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "letThroughButton"), Qt::LeftButton);
        const core::CrossingEntry decision = m_log->query({}, {}).last();
        QCOMPARE(core::toString(decision.kind), core::toString(core::EntryKind::Decision));
        QCOMPARE(decision.refUuid, crossing);
        QCOMPARE(decision.letThrough, std::optional<bool>(true));
        QVERIFY(!w->verdictPanel()->isDecisionPending());
    }

    void sameReadTwiceIsOneCrossing()
    {
        auto w = station();
        const QString code = nextAllowed();
        w->handleCode(code);
        const qint64 after = m_log->count();
        m_clock.advanceSecs(2);
        w->handleCode(code);
        QCOMPARE(m_log->count(), after);
        QVERIFY(
            child<QLabel>(w->verdictPanel(), "noteLabel")->text().contains(QStringLiteral("logged once")));
    }

    void scannerGunWorksWithoutClickingAnywhere()
    {
        auto w = station();
        qint64 now = 0;
        w->scannerInput()->setTimeSource([&now] { return now += 5; });
        const qint64 before = m_log->count();
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : w.get();
        QTest::keyClicks(focus, nextAllowed());
        QTest::keyClick(focus, Qt::Key_Return);
        QCOMPARE(m_log->count(), before + 1);
        QCOMPARE(core::toString(w->verdictPanel()->shownVerdict()), core::toString(core::Verdict::Allow));
        QCOMPARE(int(w->currentPage()),
                 int(gui::StationWindow::Page::Verdict)); // the burst's Enter confirmed nothing
    }

    void databaseFailureShowsNotLoggedNeverGreen()
    {
        auto w = station();
        m_db->db().exec("CREATE TEMP TRIGGER station_test_fail BEFORE INSERT ON crossings "
                        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        const qint64 before = m_log->count();
        w->handleCode(nextAllowed());
        m_db->db().exec("DROP TRIGGER station_test_fail");
        QCOMPARE(m_log->count(), before);
        QCOMPARE(verdictPixel(*w), QColor(0xB3, 0x26, 0x1E));
        QCOMPARE(child<QLabel>(w->verdictPanel(), "verdictLabel")->text(), QStringLiteral("NOT LOGGED"));
        QVERIFY(w->statusStrip()->databaseProblem());
    }

    void directionToggleIsRemembered()
    {
        auto w = station();
        QCOMPARE(core::toString(w->direction()), core::toString(core::Direction::In));
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "directionButton"), Qt::LeftButton);
        QCOMPARE(core::toString(w->direction()), core::toString(core::Direction::Out));
        QCOMPARE(core::toString(core::StationSettings::load(m_db->db()).direction),
                 core::toString(core::Direction::Out));
        w->handleCode(nextAllowed());
        QCOMPARE(core::toString(m_log->query({}, {}).last().direction), core::toString(core::Direction::Out));
        QVERIFY(child<QLabel>(w->verdictPanel(), "directionLabel")->text().contains(QStringLiteral("OUT")));
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "directionButton"), Qt::LeftButton);
        QCOMPARE(core::toString(core::StationSettings::load(m_db->db()).direction),
                 core::toString(core::Direction::In));
    }

    void rapidModeReturnsToScanning()
    {
        auto w = station();
        w->verdictPanel()->setRapidModeMs(30);
        w->handleCode(nextAllowed());
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Verdict));
        QTRY_COMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Scanning));
    }

    void requiredTemperatureWaitsAndFeverDenies()
    {
        core::Policy policy = m_registry->policy();
        policy.temperatureRequired = true;
        m_registry->setPolicy(policy);
        auto w = station();
        qint64 now = 0;
        w->scannerInput()->setTimeSource([&now] { return now += 500; }); // a person on the pad
        const qint64 before = m_log->count();
        w->handleCode(nextAllowed());
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Temperature));
        QCOMPARE(m_log->count(), before); // nothing judged yet
        auto* pad = w->findChild<QWidget*>(QStringLiteral("temperaturePad"));
        QTest::keyClicks(pad, QStringLiteral("38.5"));
        QTest::keyClick(pad, Qt::Key_Return);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Verdict));
        QCOMPARE(verdictPixel(*w), QColor(0xB3, 0x26, 0x1E));
        const auto rows = m_log->query({}, {});
        QCOMPARE(m_log->count(), before + 2); // the crossing and the fever incident
        QVERIFY(rows.at(rows.size() - 2).reasons.contains(core::Reason::Fever));
        QCOMPARE(core::toString(rows.last().kind), core::toString(core::EntryKind::Incident));
        policy.temperatureRequired = false;
        m_registry->setPolicy(policy);
    }

    void cameraLostShowsTheBannerAndSearchStillWorks()
    {
        scan::ScanPipeline::Options options;
        options.reopenMinMs = 200;
        scan::ScanPipeline pipeline(options);
        auto w = station(&pipeline);
        scan::SourceSpec source;
        source.kind = scan::SourceSpec::Kind::Device;
        source.location = QStringLiteral("/dev/gatepost-no-such-camera");
        pipeline.start(source);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusStrip()->cameraProblem(), 3000);
        QVERIFY(child<QLabel>(w.get(), "cameraBanner")->isVisible());
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "noPassButton"), Qt::LeftButton);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Search));
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "visitorButton"),
                          Qt::LeftButton); // hidden page: no-op
        pipeline.stop();
    }

    void kioskIsFullScreenAndFitsAWideScreenToo()
    {
        core::StationSettings settings;
        settings.kiosk = true;
        settings.muted = true;
        core::Operator op;
        op.name = QStringLiteral("Li Wei");
        gui::StationWindow w(*m_services, settings, op, nullptr);
        w.present();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isFullScreen());
        w.showNormal();
        w.resize(1920, 1080);
        w.handleCode(nextAllowed());
        QCOMPARE(w.verdictPanel()->size().width(), 1920);
    }

    void sideFormsKeepTheirButtonsOnScreen()
    {
        auto w = station();
        for (const char* button : {"visitorButton", "returneeButton"}) {
            w->showScanning();
            QTest::mouseClick(child<QPushButton>(scanPage(*w), button), Qt::LeftButton);
            QVERIFY(w->currentPage() != gui::StationWindow::Page::Scanning);
            // The submit button is visible inside an 800-pixel window, without scrolling.
            const auto submits = w->findChildren<QPushButton*>(QStringLiteral("submitButton"));
            bool seen = false;
            for (QPushButton* b : submits) {
                if (!b->isVisible())
                    continue;
                seen = true;
                const QPoint bottom = b->mapTo(w.get(), QPoint(0, b->height()));
                QVERIFY2(bottom.y() <= 800,
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(button)).arg(bottom.y())));
            }
            QVERIFY2(seen, button);
        }
    }

    // GATEPOST_SCREENSHOT_DIR=DIR: every screen of the user guide into DIR/en/ and DIR/zh_CN/
    // (GATEPOST_SCREENSHOT_LANG=zh_CN: that language only), each through the real widgets.
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
                    op == QLatin1String("demo") ? QStringLiteral("1234") : QStringLiteral("2468"));
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
        w.reset();

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

QTEST_MAIN(TestStationWindow)
#include "TestStationWindow.moc"
