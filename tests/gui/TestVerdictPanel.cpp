#include "Widgets.h"
#include "gui/VerdictPanel.h"
#include "gui/VerdictSounds.h"

#include <QLabel>
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
        m_panel->showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-1"));
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
        m_panel->showDecision(decision(core::Verdict::Deny, {core::Reason::Revoked, core::Reason::Expired}),
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
        QSignalSpy decided(m_panel.get(), &gui::VerdictPanel::decided);
        m_panel->showDecision(d, core::Direction::In, QStringLiteral("u-3"));
        QCOMPARE(pixel(), QColor(0xF2, 0xB6, 0x00));
        QCOMPARE(text("verdictLabel"), QStringLiteral("CHECK"));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Already crossed in this direction")));
        QVERIFY2(text("previousLabel").contains(QStringLiteral("07:45")) &&
                     text("previousLabel").contains(QStringLiteral("South gate")),
                 qPrintable(text("previousLabel")));
        QVERIFY(m_panel->isDecisionPending());
        QVERIFY(shown("letThroughButton") && shown("refuseButton"));
        QVERIFY(child<QPushButton>("letThroughButton")->height() >= 57); // >= 15 mm at 96 dpi

        // Neither rapid mode nor Space may skip a pending decision.
        QTest::qWait(100);
        QTest::keyClick(m_panel.get(), Qt::Key_Space);
        QCOMPARE(finished.count(), 0);

        QTest::mouseClick(child<QPushButton>("refuseButton"), Qt::LeftButton);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).toString(), QStringLiteral("u-3"));
        QCOMPARE(decided.at(0).at(1).toBool(), false);
        m_panel->showDecided(false, {});
        QCOMPARE(text("verdictLabel"), QStringLiteral("REFUSED"));
        QVERIFY(!m_panel->isDecisionPending());
        QVERIFY(finished.wait(2000)); // and now rapid mode runs
    }

    void letThroughOnACheck()
    {
        QSignalSpy decided(m_panel.get(), &gui::VerdictPanel::decided);
        m_panel->showDecision(decision(core::Verdict::Check, {core::Reason::MissingTemperature}),
                              core::Direction::In, QStringLiteral("u-4"));
        QTest::mouseClick(child<QPushButton>("letThroughButton"), Qt::LeftButton);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(1).toBool(), true);
        QCOMPARE(decided.at(0).at(2).toString(), QString());
    }

    void overridingADenyNeedsAReasonFromTheList()
    {
        QSignalSpy decided(m_panel.get(), &gui::VerdictPanel::decided);
        m_panel->showDecision(decision(core::Verdict::Deny, {core::Reason::WrongSecret}), core::Direction::In,
                              QStringLiteral("u-5"));
        QTest::mouseClick(child<QPushButton>("overrideButton"), Qt::LeftButton);
        QVERIFY(shown("overrideBox"));
        QVERIFY(m_panel->isDecisionPending()); // the reason list holds the screen
        QCOMPARE(decided.count(), 0);
        QTest::mouseClick(child<QPushButton>("reasonStaffButton"), Qt::LeftButton);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).toString(), QStringLiteral("u-5"));
        QCOMPARE(decided.at(0).at(1).toBool(), true);
        QCOMPARE(decided.at(0).at(2).toString(), QStringLiteral("verified_by_staff"));
        m_panel->showDecided(true, QStringLiteral("verified_by_staff"));
        QCOMPARE(pixel(), QColor(0x1B, 0x7F, 0x3B));
        QVERIFY(text("reasonsLabel").contains(QStringLiteral("Verified by community staff")));
    }

    void backFromTheReasonListCancelsTheOverride()
    {
        QSignalSpy decided(m_panel.get(), &gui::VerdictPanel::decided);
        m_panel->showDecision(decision(core::Verdict::Deny, {core::Reason::Revoked}), core::Direction::In,
                              QStringLiteral("u-6"));
        QTest::mouseClick(child<QPushButton>("overrideButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("overrideCancelButton"), Qt::LeftButton);
        QVERIFY(!shown("overrideBox"));
        QVERIFY(!m_panel->isDecisionPending());
        QCOMPARE(decided.count(), 0);
    }

    void vehiclePlateInLargeType()
    {
        core::Decision d = decision(core::Verdict::Allow);
        d.holder->kind = core::HolderKind::Vehicle;
        d.holder->plate = QStringLiteral("京A12345");
        d.holder->category = core::Category::InternalVehicle;
        m_panel->showDecision(d, core::Direction::In, QStringLiteral("u-7"));
        QVERIFY(shown("plateLabel"));
        QCOMPARE(text("plateLabel"), QStringLiteral("京A·12345"));
        QVERIFY(child<QLabel>("plateLabel")->font().pointSize() >= 48);
    }

    void duplicateReadSaysItIsLoggedOnce()
    {
        core::Decision d = decision(core::Verdict::Allow, {core::Reason::Duplicate});
        m_panel->showDecision(d, core::Direction::In, QStringLiteral("u-8"));
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
        m_panel->showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-9"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.count(), 1);
    }

    void zeroSecondsStaysAndAKeyConfirms()
    {
        QSignalSpy finished(m_panel.get(), &gui::VerdictPanel::finished);
        m_panel->showDecision(decision(core::Verdict::Allow), core::Direction::In, QStringLiteral("u-10"));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QTest::keyClick(m_panel.get(), Qt::Key_Space);
        QCOMPARE(finished.count(), 1);
        m_panel->showDecision(decision(core::Verdict::Deny, {core::Reason::Lost}), core::Direction::In,
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
