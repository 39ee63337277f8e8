#include "StationFixture.h"
#include "gui/Prompts.h"

using namespace gatepost;

// Codes go in the way a scanner gun or the camera delivers them; what is checked is what the
// volunteer sees and what the log holds.
class TestStationWindow : public QObject, protected test::StationFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
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

    void anOverrideAsksForTheLeadOnlyWhenThePolicySaysSo()
    {
        core::Policy policy = m_registry->policy();
        policy.overrideNeedsLead = true;
        m_registry->setPolicy(policy, gatepost::core::Actor::system());
        auto w = station();
        gui::Prompts::setNextOperator(std::nullopt); // the lead does not confirm
        w->handleCode(m_revoked);
        const qint64 before = m_log->count();
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "overrideButton"), Qt::LeftButton);
        // The "Other" words and the lead's note share the prompt's row: no wider than the screen.
        QVERIFY2(w->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(w->minimumSizeHint().width())));
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "reasonStaffButton"), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0); // asked once
        QCOMPARE(m_log->count(), before);            // the lead did not confirm: nothing logged, still open
        QVERIFY(w->verdictPanel()->isDecisionPending());
        core::Operator shiftLead;
        shiftLead.name = QStringLiteral("Zhao Min");
        shiftLead.role = core::Role::ShiftLead;
        gui::Prompts::setNextOperator(shiftLead);
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "reasonStaffButton"), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        const core::CrossingEntry decision = m_log->query({}, {}).last();
        QCOMPARE(decision.overrideReason, QStringLiteral("verified_by_staff"));
        QCOMPARE(decision.operatorName, QStringLiteral("Li Wei"));
        QCOMPARE(decision.note, QStringLiteral("lead:Zhao Min"));
        policy.overrideNeedsLead = false;
        m_registry->setPolicy(policy, gatepost::core::Actor::system());
        // By default nobody else is asked: a scripted answer stays unused.
        w->showScanning();
        m_clock.advanceSecs(60);
        w->handleCode(m_revoked);
        gui::Prompts::setNextOperator(shiftLead);
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "overrideButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "reasonEmergencyButton"), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 1);
        gui::Prompts::clearScript();
        QCOMPARE(m_log->query({}, {}).last().overrideReason, QStringLiteral("emergency"));
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
        // When and where, in the community's own time (Beijing), not the machine's.
        QCOMPARE(child<QLabel>(w->verdictPanel(), "previousLabel")->text(),
                 QStringLiteral("Went in at %1, North gate").arg(firstAt));
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
        m_registry->setPolicy(policy, gatepost::core::Actor::system());
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
        m_registry->setPolicy(policy, gatepost::core::Actor::system());
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
        auto* banner = child<QLabel>(w.get(), "cameraBanner");
        QVERIFY(banner->isVisible());
        // Plain words for the volunteer; the device path is there for whoever fixes it.
        QVERIFY2(banner->text().contains(QStringLiteral("unplugged")), qPrintable(banner->text()));
        QVERIFY(banner->toolTip().contains(QStringLiteral("/dev/gatepost-no-such-camera")));
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

    void settingsAndSignOffNeedTheShiftLead()
    {
        auto w = station();
        QSignalSpy signOff(w.get(), &gui::StationWindow::signOffRequested);
        QSignalSpy changed(w.get(), &gui::StationWindow::settingsChanged);
        gui::Prompts::clearScript();
        // A volunteer alone cannot sign off or open the settings: the lead's sign-on is cancelled.
        gui::Prompts::setNextOperator(std::nullopt);
        gui::Prompts::setNextOperator(std::nullopt);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "signOffButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "settingsButton"), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0); // asked twice
        QCOMPARE(signOff.count(), 0);
        QCOMPARE(changed.count(), 0);

        core::Operator shiftLead;
        shiftLead.name = QStringLiteral("Zhao Min");
        shiftLead.role = core::Role::ShiftLead;
        gui::Prompts::setNextOperator(shiftLead);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "signOffButton"), Qt::LeftButton);
        QCOMPARE(signOff.count(), 1);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);

        // With the lead's PIN the settings open; turning the sound on is saved for the station.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* mute = dialog->findChild<QCheckBox*>(QStringLiteral("muteCheck"));
            QVERIFY(mute && mute->isChecked());
            mute->setChecked(false);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        });
        const core::StationSettings before = core::StationSettings::load(m_db->db());
        gui::Prompts::setNextOperator(shiftLead);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "settingsButton"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!w->settings().muted);
        QVERIFY(!core::StationSettings::load(m_db->db()).muted);
        // The audit trail names the lead who confirmed, not the volunteer signed on.
        const core::AuditEntry audited = core::AuditTrail(m_db->db(), m_clock).query().last();
        QCOMPARE(audited.action, QStringLiteral("settings_change"));
        QCOMPARE(audited.actor, QStringLiteral("Zhao Min"));
        core::StationSettings::save(m_db->db(), before, gatepost::core::Actor::system(), m_clock);
    }

    void aReturneeRegisteredAMinuteAgoIsFoundAndRefusedGoingOut()
    {
        auto w = station();
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "returneeButton"), Qt::LeftButton);
        auto* form = child<QWidget>(w.get(), "returneePanel");
        child<QLineEdit>(form, "returneeNameEdit")->setText(QStringLiteral("司马返京"));
        child<QLineEdit>(form, "returneePhoneEdit")->setText(QStringLiteral("13911112222"));
        pickHousehold(form, m_registry->household(3)->address);
        child<QLineEdit>(form, "originEdit")->setText(QStringLiteral("上海"));
        QTest::mouseClick(child<QPushButton>(form, "submitButton"), Qt::LeftButton);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Verdict));
        QCOMPARE(core::toString(w->verdictPanel()->shownVerdict()), core::toString(core::Verdict::Allow));
        QTest::mouseClick(child<QPushButton>(w->verdictPanel(), "nextButton"), Qt::LeftButton);

        // A minute later the same person tries to leave without a card.
        m_clock.advanceSecs(60);
        w->setDirection(core::Direction::Out);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "noPassButton"), Qt::LeftButton);
        auto* search = child<QWidget>(w.get(), "manualSearchPanel");
        child<QLineEdit>(search, "searchEdit")->setText(QStringLiteral("司马返京"));
        QTest::mouseClick(child<QPushButton>(search, "searchButton"), Qt::LeftButton);
        auto* list = child<QListWidget>(search, "resultsList");
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(child<QPushButton>(search, "checkButton"), Qt::LeftButton);
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Verdict));
        QCOMPARE(verdictPixel(*w), QColor(0xB3, 0x26, 0x1E));
        const QString reasons = child<QLabel>(w->verdictPanel(), "reasonsLabel")->text();
        QVERIFY2(reasons.contains(QStringLiteral("In home quarantine")) &&
                     reasons.contains(QLocale().toString(QDate(2026, 3, 15), QLocale::ShortFormat)),
                 qPrintable(reasons));
        const core::CrossingEntry row = m_log->query({}, {}).last();
        QCOMPARE(core::toString(row.direction), core::toString(core::Direction::Out));
        QCOMPARE(core::toString(row.verdict), core::toString(core::Verdict::Deny));
        w->setDirection(core::Direction::In);
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
};

QTEST_MAIN(TestStationWindow)
#include "TestStationWindow.moc"
