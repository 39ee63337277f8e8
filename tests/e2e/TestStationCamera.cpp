#include "CameraFrames.h"
#include "RunningClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/EventLog.h"
#include "core/GateDesk.h"
#include "core/PassCode.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/StationServices.h"
#include "gui/StationWindow.h"
#include "gui/StatusStrip.h"
#include "gui/VerdictPanel.h"
#include "scan/ScanPipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using gatepost::test::child;

// The gate station end to end: a real image-folder camera (JPEG frames of real pass cards
// rendered from real codes) -> the real ScanPipeline (capture and decoder threads, ZXing) ->
// the real StationWindow -> the core services on a real SQLite file with the demo community.
// Wired like src/app/gui/StationApp.cpp. What is checked is what a volunteer at the gate
// notices: the verdicts on screen, their colour, the crossing rows, the camera banner.
//
// Time: the core runs on a RunningClock (the demo's reference date, moving at real speed), so
// the passes are valid whatever day the test runs, and the core's 5 s duplicate window counts
// the same seconds as the pipeline's steady-clock repeat hold. Nothing is faked in between.
class TestStationCamera : public QObject
{
    Q_OBJECT

private:
    // What the screen showed at each verdictShown.
    struct Shown
    {
        core::Verdict verdict = core::Verdict::Allow;
        QColor colour;
        QString reasons;
        QString note;
    };
    // One station: the pipeline and the window, as the app builds them.
    struct Station
    {
        std::unique_ptr<scan::ScanPipeline> pipeline;
        std::unique_ptr<gui::StationWindow> window;
        QList<Shown> shown;
        QList<gui::StationWindow::Page> pageAtRead; // the page on screen when the camera read a code
        QList<scan::ReadTiming> reads;
        ~Station()
        {
            window.reset(); // holds a pointer to the pipeline: goes first, like in StationApp
            pipeline.reset();
        }
    };

    std::unique_ptr<test::TempDb> m_db;
    std::unique_ptr<test::RunningClock> m_clock;
    std::unique_ptr<core::EventLog> m_events;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
    std::unique_ptr<core::Auth> m_auth;
    std::unique_ptr<gui::StationServices> m_services;
    core::Operator m_operator;
    QTemporaryDir m_frames;
    QList<core::Pass> m_allowed; // pass at the north gate, going in, on the reference date
    core::Pass m_revoked;
    int m_nextAllowed = 0;

    core::Pass nextAllowed() { return m_allowed.at(m_nextAllowed++); }

    QImage cardFor(const core::Pass& pass, const QString& code = {}) const
    {
        const auto snap = m_registry->snapshot(pass.serial);
        return test::CameraFrames::frameWith(
            test::CameraFrames::card(code.isEmpty() ? core::Registry::qrText(pass) : code, pass.serial,
                                     snap ? snap->holder.name : QString()));
    }

    QString folder(const char* name) const { return m_frames.filePath(QLatin1String(name)); }

    static scan::SourceSpec folderSource(const QString& path, double fps, bool loop)
    {
        scan::SourceSpec spec;
        QString error;
        if (!scan::SourceSpec::parse(path, &spec, &error))
            qFatal("%s", qPrintable(error));
        spec.fps = fps;
        spec.loop = loop;
        return spec;
    }

    std::unique_ptr<Station> startStation(const scan::SourceSpec& source,
                                          const scan::ScanPipeline::Options& options = {})
    {
        auto s = std::make_unique<Station>();
        s->pipeline = std::make_unique<scan::ScanPipeline>(options);
        Station* raw = s.get();
        // Connected before the window's own slot: records the page the volunteer saw at the read.
        connect(s->pipeline.get(), &scan::ScanPipeline::codeRead, this,
                [raw](const QString&, const scan::ReadTiming& t) {
                    raw->pageAtRead.append(raw->window->currentPage());
                    raw->reads.append(t);
                });

        core::StationSettings settings = core::StationSettings::load(m_db->db());
        settings.muted = true;
        settings.kiosk = false;
        settings.rapidModeSeconds = 1; // the verdict goes away by itself, quickly
        settings.direction = core::Direction::In;
        s->window =
            std::make_unique<gui::StationWindow>(*m_services, settings, m_operator, s->pipeline.get());
        s->window->resize(1280, 800);
        s->window->present();
        if (!QTest::qWaitForWindowExposed(s->window.get()))
            qFatal("window not exposed");
        connect(s->window.get(), &gui::StationWindow::verdictShown, this, [raw](core::Verdict v) {
            gui::VerdictPanel* panel = raw->window->verdictPanel();
            raw->shown.append({v, panel->backgroundColor(),
                               panel->findChild<QLabel*>(QStringLiteral("reasonsLabel"))->text(),
                               panel->findChild<QLabel*>(QStringLiteral("noteLabel"))->text()});
        });
        s->pipeline->start(source);
        return s;
    }

    static bool waitForEnd(Station& s, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (s.pipeline->state() != scan::CameraState::Stopped && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return s.pipeline->state() == scan::CameraState::Stopped;
    }

    QList<core::CrossingEntry> rowsSince(const QDateTime& from) const { return m_log->query(from, {}); }
    QList<core::CrossingEntry> rowsOf(const QString& serial) const
    {
        QList<core::CrossingEntry> out;
        for (const core::CrossingEntry& e : m_log->query({}, {}))
            if (e.passSerial == serial)
                out << e;
        return out;
    }

    static QString verdictName(core::Verdict v) { return core::toString(v); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_frames.isValid());
        m_db = std::make_unique<test::TempDb>();
        m_clock = std::make_unique<test::RunningClock>(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
        // As in the station app: every commit also writes its sync events.
        m_events = std::make_unique<core::EventLog>(m_db->db(), *m_clock);
        m_events->attach();
        m_registry = std::make_unique<core::Registry>(m_db->db(), *m_clock);
        const auto station = m_registry->initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        core::DemoOptions opts;
        opts.seed = 5;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_db->db(), opts);
        m_log = std::make_unique<core::CrossingLog>(m_db->db(), station.stationId, *m_clock);
        m_checkpoint = std::make_unique<core::Checkpoint>(*m_registry, *m_log, *m_clock, station.stationId);
        m_desk = std::make_unique<core::GateDesk>(*m_registry, *m_log, *m_checkpoint, *m_clock);
        m_auth = std::make_unique<core::Auth>(m_db->db(), *m_clock);
        m_services = std::make_unique<gui::StationServices>(gui::StationServices{
            m_db->db(), *m_registry, *m_log, *m_checkpoint, *m_desk, *m_auth, *m_clock, *m_events});

        // The volunteer signs on with name and PIN, as at the gate.
        m_auth->addOperator(QStringLiteral("Wang Fang"), core::Role::Volunteer, QStringLiteral("2580"),
                            gatepost::core::Actor::system());
        const auto op = m_auth->signOn(QStringLiteral("Wang Fang"), QStringLiteral("2580"));
        QVERIFY(op);
        m_operator = *op.op;

        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = core::Category::RegisteredResident;
        f.limit = 120;
        for (const core::Pass& p : m_registry->passes(f)) {
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = QStringLiteral("north");
            if (m_checkpoint->evaluate(in).verdict == core::Verdict::Allow)
                m_allowed << p;
        }
        QVERIFY(m_allowed.size() >= 10);
        f.status = core::PassStatus::Revoked;
        f.category.reset();
        const auto revoked = m_registry->passes(f);
        QVERIFY(!revoked.isEmpty());
        m_revoked = revoked.first();
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_auth.reset();
        m_desk.reset();
        m_checkpoint.reset();
        m_log.reset();
        m_registry.reset();
        m_events.reset();
        m_db.reset();
    }

    void threeValidPassesAreThreeGreenCrossings()
    {
        const QList<core::Pass> passes{nextAllowed(), nextAllowed(), nextAllowed()};
        test::CameraFrames frames(folder("three-valid"));
        frames.addEmpty(6);
        for (const core::Pass& p : passes) {
            frames.add(cardFor(p), 15); // a quarter of a second in front of the camera
            frames.addEmpty(10);
        }
        const QDateTime from = m_clock->nowUtc();
        auto s = startStation(folderSource(frames.folder(), 60, false));
        QVERIFY(waitForEnd(*s));
        QTRY_COMPARE(s->shown.size(), 3);

        for (const Shown& v : s->shown) {
            QCOMPARE(verdictName(v.verdict), verdictName(core::Verdict::Allow));
            QCOMPARE(v.colour, gui::VerdictPanel::colorFor(core::Verdict::Allow));
        }
        const QList<core::CrossingEntry> rows = rowsSince(from);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows[i].passSerial, passes[i].serial);
            QCOMPARE(verdictName(rows[i].verdict), verdictName(core::Verdict::Allow));
            QCOMPARE(core::toString(rows[i].kind), core::toString(core::EntryKind::Scan));
            QCOMPARE(core::toString(rows[i].direction), core::toString(core::Direction::In));
            QCOMPARE(rows[i].operatorName, QStringLiteral("Wang Fang"));
            QCOMPARE(rows[i].gate, QStringLiteral("north"));
        }
        QCOMPARE(s->pipeline->stats().reads, 3);
    }

    void revokedAndMadeUpPassesAreRedAndLogged()
    {
        // A copied card with its secret altered: the registry's secret does not match.
        const core::Pass copied = nextAllowed();
        QString secret = copied.secret;
        secret[0] = secret[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        const QString madeUp = core::passcode::format({copied.serial, copied.generation, secret});

        test::CameraFrames frames(folder("red"));
        frames.addEmpty(6);
        frames.add(cardFor(m_revoked), 15);
        frames.addEmpty(10);
        frames.add(cardFor(copied, madeUp), 15);
        frames.addEmpty(6);
        const QDateTime from = m_clock->nowUtc();
        auto s = startStation(folderSource(frames.folder(), 60, false));
        QVERIFY(waitForEnd(*s));
        QTRY_COMPARE(s->shown.size(), 2);

        const QColor red = gui::VerdictPanel::colorFor(core::Verdict::Deny);
        for (const Shown& v : s->shown) {
            QCOMPARE(verdictName(v.verdict), verdictName(core::Verdict::Deny));
            QCOMPARE(v.colour, red);
        }
        QVERIFY2(s->shown[0].reasons.contains(QStringLiteral("revoked"), Qt::CaseInsensitive),
                 qPrintable(s->shown[0].reasons));
        const QList<core::CrossingEntry> rows = rowsSince(from);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].passSerial, m_revoked.serial);
        QVERIFY(rows[0].reasons.contains(core::Reason::Revoked));
        QCOMPARE(rows[1].passSerial, copied.serial);
        QVERIFY(rows[1].reasons.contains(core::Reason::WrongSecret));
        for (const core::CrossingEntry& r : rows) {
            QCOMPARE(verdictName(r.verdict), verdictName(core::Verdict::Deny));
            QCOMPARE(r.operatorName, QStringLiteral("Wang Fang"));
            QCOMPARE(r.gate, QStringLiteral("north"));
        }
    }

    void passHeldInFrontOfTheCameraIsOneCrossing()
    {
        // One picture, looped at 200 fps: the pass never leaves the camera. It is held for more
        // than 450 frames (30 s of a 15 fps webcam) and for longer than the core's 5 s duplicate
        // window, the pipeline's 3 s repeat hold and the 1 s rapid mode, so neither layer can
        // hide a repeated read from the other.
        const core::Pass pass = nextAllowed();
        test::CameraFrames frames(folder("hold"));
        frames.add(cardFor(pass), 1);
        auto s = startStation(folderSource(frames.folder(), 200, true));
        QTRY_COMPARE_WITH_TIMEOUT(s->shown.size(), 1, 5000);
        QElapsedTimer held;
        held.start();
        QTRY_VERIFY_WITH_TIMEOUT(held.elapsed() >= 6500 && s->pipeline->stats().framesCaptured >= 450, 20000);
        const scan::ScanPipeline::Stats stats = s->pipeline->stats();
        s->pipeline->stop();
        qInfo("held %lld ms: %lld frames captured, %lld decoded, %lld sightings, %lld read(s)",
              held.elapsed(), stats.framesCaptured, stats.framesDecoded, stats.sightings, stats.reads);

        QVERIFY2(stats.sightings >= 100, qPrintable(QString::number(stats.sightings))); // it kept being read
        QCOMPARE(stats.reads, 1);
        QCOMPARE(s->shown.size(), 1);
        QCOMPARE(rowsOf(pass.serial).size(), 1);
        // The verdict went away by itself and the screen stayed on scanning.
        QCOMPARE(int(s->window->currentPage()), int(gui::StationWindow::Page::Scanning));
    }

    void passShownAgainWithinFiveSecondsIsLoggedOnce()
    {
        // Shown, taken away for 3.4 s (longer than the pipeline's 3 s hold, so the camera reads
        // it again, after the verdict went away), shown again less than 5 s after the first read.
        const core::Pass pass = nextAllowed();
        const QImage card = cardFor(pass);
        test::CameraFrames frames(folder("again"));
        frames.addEmpty(6);
        frames.add(card, 12);
        frames.addEmpty(200); // 200 frames at 60 fps (17 ms each): 3.4 s
        frames.add(card, 12);
        frames.addEmpty(6);
        auto s = startStation(folderSource(frames.folder(), 60, false));
        QVERIFY(waitForEnd(*s));
        QTRY_COMPARE(s->shown.size(), 2);

        QCOMPARE(s->reads.size(), 2);
        const qint64 apart = s->reads[1].capturedMs - s->reads[0].capturedMs;
        QVERIFY2(apart > 3000 && apart < 5000, qPrintable(QString::number(apart))); // the case under test
        QCOMPARE(int(s->pageAtRead[1]), int(gui::StationWindow::Page::Scanning));   // the verdict had gone
        QCOMPARE(rowsOf(pass.serial).size(), 1);
        QCOMPARE(verdictName(s->shown[1].verdict), verdictName(core::Verdict::Allow));
        QVERIFY2(s->shown[1].note.contains(QStringLiteral("logged once")), qPrintable(s->shown[1].note));
    }

    void cameraLostAndRecovered()
    {
        const core::Pass searched = nextAllowed();
        const core::Pass afterwards = nextAllowed();
        const QString live = folder("camera");
        const QString away = folder("camera-unplugged");
        test::CameraFrames frames(live);
        frames.addEmpty(10);
        auto s = startStation(folderSource(live, 30, true));
        gui::StatusStrip* strip = s->window->statusStrip();
        QTRY_COMPARE_WITH_TIMEOUT(int(s->pipeline->state()), int(scan::CameraState::Live), 5000);
        QVERIFY(!strip->cameraProblem());

        // Unplugged: the folder goes away under the running camera.
        QVERIFY(QDir().rename(live, away));
        QElapsedTimer since;
        since.start();
        QTRY_VERIFY_WITH_TIMEOUT(strip->cameraProblem(), 3000);
        QVERIFY2(since.elapsed() < 3000, qPrintable(QString::number(since.elapsed())));
        qInfo("camera problem shown %lld ms after the folder went away", since.elapsed());
        QVERIFY(child<QLabel>(s->window.get(), "cameraBanner")->isVisible());

        // Manual search keeps working: find a pass by serial and check it.
        QTest::mouseClick(child<QPushButton>(s->window.get(), "noPassButton"), Qt::LeftButton);
        QCOMPARE(int(s->window->currentPage()), int(gui::StationWindow::Page::Search));
        child<QLineEdit>(s->window.get(), "searchEdit")->setText(searched.serial);
        QTest::mouseClick(child<QPushButton>(s->window.get(), "searchButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(s->window.get(), "checkButton"), Qt::LeftButton);
        QCOMPARE(int(s->window->currentPage()), int(gui::StationWindow::Page::Verdict));
        QCOMPARE(s->shown.size(), 1);
        // No card in hand: amber, the volunteer compares the face with the photo (policy default).
        QCOMPARE(verdictName(s->shown[0].verdict), verdictName(core::Verdict::Check));
        QTest::mouseClick(child<QPushButton>(s->window->verdictPanel(), "letThroughButton"), Qt::LeftButton);
        const QList<core::CrossingEntry> manual = rowsOf(searched.serial);
        QCOMPARE(manual.size(), 2); // the manual entry and the volunteer's decision on it
        QCOMPARE(core::toString(manual[0].kind), core::toString(core::EntryKind::Manual));
        QCOMPARE(core::toString(manual[1].kind), core::toString(core::EntryKind::Decision));
        QTest::mouseClick(child<QPushButton>(s->window->verdictPanel(), "nextButton"), Qt::LeftButton);
        QCOMPARE(int(s->window->currentPage()), int(gui::StationWindow::Page::Scanning));
        QVERIFY(strip->cameraProblem()); // still unplugged

        // Plugged back in, now looking at a pass: the banner clears by itself and the pass is read.
        QDir(away).removeRecursively();
        test::CameraFrames back(away);
        back.addEmpty(3);
        back.add(cardFor(afterwards), 20);
        QVERIFY(QDir().rename(away, live));
        QTRY_VERIFY_WITH_TIMEOUT(!strip->cameraProblem(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(afterwards.serial).size(), 1, 5000);
        QCOMPARE(core::toString(rowsOf(afterwards.serial)[0].kind), core::toString(core::EntryKind::Scan));
        QCOMPARE(s->shown.size(), 2);
        QCOMPARE(verdictName(s->shown[1].verdict), verdictName(core::Verdict::Allow));
        s->pipeline->stop();
    }
};

QTEST_MAIN(TestStationCamera)
#include "TestStationCamera.moc"
