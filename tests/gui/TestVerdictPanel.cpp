#include "Widgets.h"
#include "gui/VerdictPanel.h"
#include "gui/VerdictSounds.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gatepost;

// Decisions are built by hand here (the rules have their own tests); what is checked is what a
// volunteer sees: the colour, the word, the reasons, the plate, the buttons.
class TestVerdictPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<gui::VerdictPanel> m_panel;

    template<class T> T* child(const char* name) { return test::child<T>(m_panel.get(), name); }
    QString text(const char* label) { return child<QLabel>(label)->text(); }
    bool shown(const char* name) { return child<QWidget>(name)->isVisible(); }
    QColor pixel()
    {
        // What is on screen, not what the code thinks: a pixel near the corner of the panel.
        return QColor(m_panel->grab().toImage().pixel(3, 3));
    }

    static core::HolderInfo resident()
    {
        core::HolderInfo h;
        h.name = QStringLiteral("Wang Fang");
        h.category = core::Category::RegisteredResident;
        h.address = QStringLiteral("Qinghe 4th St, row 12 no. 3");
        return h;
    }
    static core::Decision decision(core::Verdict v, QList<core::Reason> reasons = {})
    {
        core::Decision d;
        d.verdict = v;
        d.reasons = std::move(reasons);
        d.serial = QStringLiteral("0001234");
        d.holder = resident();
        return d;
    }

    // What the gate controller hands the panel: the verdict and the actions it opens.
    void showDecision(const core::Decision& d, core::Direction dir, const QString& uuid,
                      bool needsLead = false)
    {
        core::GateOutcome out;
        out.decision = d;
        out.direction = dir;
        out.crossingUuid = uuid;
        out.logged = !d.isDuplicate();
        out.duplicate = d.isDuplicate();
        out.atUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::LocalTime).toUTC();
        if (d.verdict == core::Verdict::Check) {
            out.actions.letThrough = true;
            out.actions.refuse = true;
        } else if (d.verdict == core::Verdict::Deny) {
            out.actions.overrideDeny = true;
            out.actions.overrideNeedsLead = needsLead;
            out.actions.overrideReasons = core::allOverrideReasons();
        }
        m_panel->showOutcome(out);
    }
    void showDecided(bool letThrough, std::optional<core::OverrideReason> reason = {},
                     const QString& text = {})
    {
        core::GateOutcome out;
        out.step = core::GateOutcome::Step::Decided;
        out.letThrough = letThrough;
        out.overrideReason = reason;
        out.overrideText = text;
        m_panel->showOutcome(out);
    }

private slots:
    void init()
    {
        m_panel = std::make_unique<gui::VerdictPanel>();
        m_panel->resize(1280, 720);
        m_panel->setRapidModeMs(0);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup() { m_panel.reset(); }

    void allowIsGreenWithTheWordAndTheHolder()
    {
        showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-1"));
        QCOMPARE(pixel(), QColor(0x1B, 0x7F, 0x3B));
        QCOMPARE(text("verdictLabel"), QStringLiteral("PASS"));
        QVERIFY(child<QLabel>("verdictLabel")->font().pointSize() >= 48);
        QVERIFY(!child<QLabel>("iconLabel")->pixmap().isNull()); // never colour alone
        QCOMPARE(text("nameLabel"), QStringLiteral("Wang Fang"));
        QCOMPARE(text("categoryLabel"), QStringLiteral("Registered resident"));
        QCOMPARE(text("addressLabel"), QStringLiteral("Qinghe 4th St, row 12 no. 3"));
        QVERIFY(text("directionLabel").contains(QStringLiteral("IN")));
        QVERIFY(!child<QLabel>("photoLabel")->pixmap().isNull()); // a silhouette without a photo
        QVERIFY(!shown("plateLabel"));
        QVERIFY(!shown("letThroughButton"));
        QVERIFY(!shown("overrideButton"));
        QVERIFY(!m_panel->isDecisionPending());
    }

    void denyIsRedWithReasonsInPlainWords()
    {
        showDecision(decision(core::Verdict::Deny, {core::Reason::Revoked, core::Reason::Expired}),
                     core::Direction::Out, QStringLiteral("u-2"));
        QCOMPARE(pixel(), QColor(0xB3, 0x26, 0x1E));
        QCOMPARE(text("verdictLabel"), QStringLiteral("STOP"));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Pass revoked")));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Pass expired")));
        QVERIFY(text("directionLabel").contains(QStringLiteral("OUT")));
        QVERIFY(shown("overrideButton"));
        QVERIFY(!shown("overrideBox"));
    }

    void checkIsAmberAndWaitsForTheVolunteer()
    {
        core::Decision d = decision(core::Verdict::Check, {core::Reason::Passback});
        core::RecentCrossing prev;
        prev.atUtc = QDateTime(QDate(2026, 3, 1), QTime(7, 45), Qt::LocalTime).toUTC();
        prev.gate = QStringLiteral("south");
        prev.direction = core::Direction::In;
        d.previous = prev;
        m_panel->setRapidModeMs(20);
        QSignalSpy finished(m_panel.get(), &gui::VerdictPanel::finished);
        QSignalSpy refused(m_panel.get(), &gui::VerdictPanel::refuseChosen);
        showDecision(d, core::Direction::In, QStringLiteral("u-3"));
        QCOMPARE(pixel(), QColor(0xF2, 0xB6, 0x00));
        QCOMPARE(text("verdictLabel"), QStringLiteral("CHECK"));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Already crossed in this direction")));
        // When and where the pass went through before.
        QCOMPARE(text("previousLabel"), QStringLiteral("Went in at 07:45, South gate"));
        QVERIFY(m_panel->isDecisionPending());
        QVERIFY(shown("letThroughButton") && shown("refuseButton"));
        QVERIFY(child<QPushButton>("letThroughButton")->height() >= 57); // >= 15 mm at 96 dpi

        // Neither rapid mode nor Space may skip a pending decision.
        QTest::qWait(100);
        QTest::keyClick(m_panel.get(), Qt::Key_Space);
        QCOMPARE(finished.count(), 0);

        QTest::mouseClick(child<QPushButton>("refuseButton"), Qt::LeftButton);
        QCOMPARE(refused.count(), 1);
        showDecided(false);
        QCOMPARE(text("verdictLabel"), QStringLiteral("REFUSED"));
        QVERIFY(!m_panel->isDecisionPending());
        QVERIFY(finished.wait(2000)); // and now rapid mode runs
    }

    void letThroughOnACheck()
    {
        QSignalSpy let(m_panel.get(), &gui::VerdictPanel::letThroughChosen);
        showDecision(decision(core::Verdict::Check, {core::Reason::MissingTemperature}), core::Direction::In,
                     QStringLiteral("u-4"));
        QVERIFY(!shown("overrideButton"));
        QTest::mouseClick(child<QPushButton>("letThroughButton"), Qt::LeftButton);
        QCOMPARE(let.count(), 1);
    }

    void overridingADenyNeedsAReasonFromTheList()
    {
        QSignalSpy chosen(m_panel.get(), &gui::VerdictPanel::overrideChosen);
        showDecision(decision(core::Verdict::Deny, {core::Reason::WrongSecret}), core::Direction::In,
                     QStringLiteral("u-5"));
        QTest::mouseClick(child<QPushButton>("overrideButton"), Qt::LeftButton);
        QVERIFY(shown("overrideBox"));
        QVERIFY(m_panel->isDecisionPending()); // the reason list holds the screen
        QCOMPARE(chosen.count(), 0);
        QTest::mouseClick(child<QPushButton>("reasonStaffButton"), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QVERIFY(chosen.at(0).at(0).value<core::OverrideReason>() == core::OverrideReason::VerifiedByStaff);
        // "Other" sends the words typed with it; the core decides whether they are enough.
        child<QLineEdit>("overrideTextEdit")->setText(QStringLiteral("  ambulance  "));
        QTest::mouseClick(child<QPushButton>("reasonOtherButton"), Qt::LeftButton);
        QVERIFY(chosen.at(1).at(0).value<core::OverrideReason>() == core::OverrideReason::Other);
        QCOMPARE(chosen.at(1).at(1).toString(), QStringLiteral("ambulance"));
        showDecided(true, core::OverrideReason::VerifiedByStaff);
        QCOMPARE(pixel(), QColor(0x1B, 0x7F, 0x3B));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Verified by community staff")));
    }

    void backFromTheReasonListCancelsTheOverride()
    {
        QSignalSpy chosen(m_panel.get(), &gui::VerdictPanel::overrideChosen);
        showDecision(decision(core::Verdict::Deny, {core::Reason::Revoked}), core::Direction::In,
                     QStringLiteral("u-6"));
        QTest::mouseClick(child<QPushButton>("overrideButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("overrideCancelButton"), Qt::LeftButton);
        QVERIFY(!shown("overrideBox"));
        QVERIFY(!m_panel->isDecisionPending());
        QCOMPARE(chosen.count(), 0);
    }

    void duplicateSaysWhenAndWhereItWasUsed()
    {
        core::Decision d = decision(core::Verdict::Allow, {core::Reason::Duplicate});
        core::RecentCrossing prev;
        prev.atUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 59), Qt::LocalTime).toUTC();
        prev.gate = QStringLiteral("north");
        prev.direction = core::Direction::Out;
        d.previous = prev;
        showDecision(d, core::Direction::Out, QStringLiteral("u-12"));
        QCOMPARE(text("previousLabel"), QStringLiteral("Went out at 08:59, North gate"));
    }

    void quarantineShowsItsEndDate()
    {
        core::Decision d =
            decision(core::Verdict::Deny, {core::Reason::HomeQuarantine, core::Reason::NoPass});
        d.quarantineUntil = QDate(2026, 3, 15);
        showDecision(d, core::Direction::Out, QStringLiteral("u-13"));
        QVERIFY2(text("reasonsLabel").contains(QLocale().toString(QDate(2026, 3, 15), QLocale::ShortFormat)),
                 qPrintable(text("reasonsLabel")));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("No pass: check identity")));
    }

    void vehiclePlateInLargeType()
    {
        core::Decision d = decision(core::Verdict::Allow);
        d.holder->kind = core::HolderKind::Vehicle;
        d.holder->plate = QStringLiteral("京A12345");
        d.holder->category = core::Category::InternalVehicle;
        showDecision(d, core::Direction::In, QStringLiteral("u-7"));
        QVERIFY(shown("plateLabel"));
        QCOMPARE(text("plateLabel"), QStringLiteral("京A·12345"));
        QVERIFY(child<QLabel>("plateLabel")->font().pointSize() >= 48);
    }

    void duplicateReadSaysItIsLoggedOnce()
    {
        core::Decision d = decision(core::Verdict::Allow, {core::Reason::Duplicate});
        showDecision(d, core::Direction::In, QStringLiteral("u-8"));
        QVERIFY(text("noteLabel").contains(QStringLiteral("logged once")));
        QVERIFY(text("directionLabel").contains(QStringLiteral("Already logged")));
        QVERIFY(!shown("reasonsLabel"));
    }

    void notLoggedIsRedAndStays()
    {
        m_panel->setRapidModeMs(10);
        QSignalSpy finished(m_panel.get(), &gui::VerdictPanel::finished);
        m_panel->showNotLogged(QStringLiteral("The disk is full."));
        QCOMPARE(pixel(), QColor(0xB3, 0x26, 0x1E));
        QCOMPARE(text("verdictLabel"), QStringLiteral("NOT LOGGED"));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("disk is full")));
        QVERIFY(!shown("overrideButton"));
        QTest::qWait(80);
        QCOMPARE(finished.count(), 0);
        QTest::mouseClick(child<QPushButton>("nextButton"), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
    }

    void rapidModeReturnsByItself()
    {
        m_panel->setRapidModeMs(30);
        QSignalSpy finished(m_panel.get(), &gui::VerdictPanel::finished);
        showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-9"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.count(), 1);
    }

    void zeroSecondsStaysAndAKeyConfirms()
    {
        QSignalSpy finished(m_panel.get(), &gui::VerdictPanel::finished);
        showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-10"));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QTest::keyClick(m_panel.get(), Qt::Key_Space);
        QCOMPARE(finished.count(), 1);
        showDecision(decision(core::Verdict::Deny, {core::Reason::Lost}), core::Direction::In,
                     QStringLiteral("u-11"));
        QTest::keyClick(m_panel.get(), Qt::Key_Return);
        QCOMPARE(finished.count(), 2);
    }

    void soundsWithoutAnAudioDeviceAreHarmless()
    {
        gui::VerdictSounds sounds;
        for (core::Verdict v : {core::Verdict::Allow, core::Verdict::Deny, core::Verdict::Check}) {
            QVERIFY(QFile::exists(QStringLiteral(":") + gui::VerdictSounds::toneUrl(v).path()));
            QVERIFY(QFile::exists(gui::VerdictSounds::phraseResource(v, {}, QStringLiteral("zh_CN"))));
        }
        QElapsedTimer t;
        t.start();
        sounds.play(core::Verdict::Allow);
        sounds.play(core::Verdict::Deny);
        sounds.play(core::Verdict::Check);
        QTest::qWait(50);
        QCOMPARE(sounds.playedCount(), 3);
        QVERIFY2(t.elapsed() < 2000, "playing must not block the gate screen");
        sounds.setMuted(true);
        sounds.play(core::Verdict::Deny);
        QCOMPARE(sounds.playedCount(), 3);
    }
};

QTEST_MAIN(TestVerdictPanel)
#include "TestVerdictPanel.moc"
