// The roster screen driven like a shift lead drives it: the month's rotation as the core plans it,
// teams filled from the operators, a lead named, a refusal in words, and the month as a PDF.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Auth.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "core/Teams.h"
#include "gui/Prompts.h"
#include "gui/lead/RosterPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{QDateTime(QDate(2026, 12, 30), QTime(2, 0), Qt::UTC)}; // 10:00 in Beijing
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    Auth auth{t.db(), clock};

    Fixture()
    {
        auth.addOperator(u"张伟"_s, Role::ShiftLead, u"2468"_s, Actor::system());
        auth.addOperator(u"小刘"_s, Role::Volunteer, u"1111"_s, Actor::system());
        auth.addOperator(u"小王"_s, Role::Volunteer, u"2222"_s, Actor::system());
    }
    gui::RosterServices services() { return {t.db(), *reg, auth, clock, Actor::operatorNamed(u"张伟"_s)}; }
};

template<typename W> W* child(QWidget& page, const char* name)
{
    auto* w = page.findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestRosterPage : public QObject
{
    Q_OBJECT

private slots:
    void theMonthShowsTheRotationTheCorePlans()
    {
        Fixture f;
        gui::RosterPage page(f.services());
        QCOMPARE(page.month(), QDate(2026, 12, 1));
        QCOMPARE(child<QTableWidget>(page, "calendar")->rowCount(), 31);
        const Roster roster(f.reg->policy());
        for (int day = 1; day <= 31; ++day)
            for (int n = 1; n <= 4; ++n)
                QCOMPARE(page.teamShown(QDate(2026, 12, day), n),
                         roster.teamFor(*roster.shift(QDate(2026, 12, day), n)));
        // Four teams on four shifts, and the rotation moves them from one day to the next.
        QSet<QString> teams;
        for (int n = 1; n <= 4; ++n)
            teams.insert(page.teamShown(QDate(2026, 12, 30), n));
        QCOMPARE(teams.size(), 4);
        QVERIFY(page.teamShown(QDate(2026, 12, 30), 1) != page.teamShown(QDate(2026, 12, 31), 1));

        // Across the year: January has its own 31 days.
        child<QPushButton>(page, "monthPdf"); // present
        page.showMonth(QDate(2027, 1, 15));
        QCOMPARE(child<QLabel>(page, "month")->text(), u"2027-01"_s);
        QCOMPARE(page.teamShown(QDate(2027, 1, 1), 1), roster.teamFor(*roster.shift(QDate(2027, 1, 1), 1)));
    }

    void leadFillsTeamsAndNamesALead()
    {
        Fixture f;
        gui::RosterPage page(f.services());
        auto* op = child<QComboBox>(page, "operator");
        QCOMPARE(op->count(), 3); // nobody is in a team yet
        auto* team = child<QComboBox>(page, "team");
        team->setCurrentIndex(team->findData(u"B"_s));
        auto* gate = child<QComboBox>(page, "gate");
        gate->setCurrentIndex(gate->findData(u"north"_s));
        op->setCurrentText(u"张伟"_s);
        QTest::mouseClick(child<QPushButton>(page, "add"), Qt::LeftButton);
        op->setCurrentText(u"小刘"_s);
        QTest::mouseClick(child<QPushButton>(page, "add"), Qt::LeftButton);

        Teams teams(f.t.db(), f.clock);
        QCOMPARE(teams.membersOf(u"B"_s).size(), 2);
        QCOMPARE(teams.memberNamed(u"小刘"_s)->gate, u"north"_s);
        QCOMPARE(op->count(), 1); // only 小王 is left to add

        auto* members = child<QTableWidget>(page, "members");
        QCOMPARE(members->rowCount(), 2);
        const int zhang = members->findItems(u"张伟"_s, Qt::MatchExactly).first()->row();
        members->selectRow(zhang);
        QTest::mouseClick(child<QPushButton>(page, "lead"), Qt::LeftButton);
        QCOMPARE(teams.team(u"B"_s)->lead, u"张伟"_s);
        // The calendar names the lead on B's shifts.
        const Roster roster(f.reg->policy());
        for (int n = 1; n <= 4; ++n) {
            if (page.teamShown(QDate(2026, 12, 30), n) != u"B"_s)
                continue;
            const QString cell = child<QTableWidget>(page, "calendar")->item(29, n - 1)->text();
            QVERIFY2(cell.contains(u"张伟"_s), qPrintable(cell));
        }
    }

    void aRefusalIsShownInWordsAndNothingChanges()
    {
        Fixture f;
        gui::RosterPage page(f.services());
        QTest::mouseClick(child<QPushButton>(page, "move"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "message")->text().isEmpty());
        QVERIFY(Teams(f.t.db(), f.clock).members().isEmpty());
    }

    void savesTheMonthAsPdf()
    {
        Fixture f;
        gui::RosterPage page(f.services());
        QTemporaryDir dir;
        QVERIFY(page.saveMonthPdf(dir.filePath(u"roster.pdf"_s)));
        QFile pdf(dir.filePath(u"roster.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!page.saveMonthPdf(dir.filePath(u"no/such/roster.pdf"_s)));
        QVERIFY(child<QLabel>(page, "message")->text().contains(u"no/such"_s));
    }

    void aNewShiftPatternAppliesFromItsDayAndKeepsThePast()
    {
        Fixture f;
        gui::RosterPage page(f.services());
        const Roster before(f.reg->policy());
        const qsizetype stored = f.reg->policy().rosterPatterns.size();
        // Three shifts of eight hours, four teams, from 2027-01-05; a typo first.
        auto* from = child<QDateEdit>(page, "patternFrom");
        QCOMPARE(from->date(), QDate(2026, 12, 31)); // tomorrow at the earliest
        from->setDate(QDate(2027, 1, 5));
        QCOMPARE(child<QLineEdit>(page, "patternStarts")->text(), u"00:00, 06:00, 12:00, 18:00"_s);
        child<QLineEdit>(page, "patternStarts")->setText(u"07:00, 15:00, 23:70"_s);
        QTest::mouseClick(child<QPushButton>(page, "applyPattern"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(page, "message")->text().contains(u"23:70"_s),
                 qPrintable(child<QLabel>(page, "message")->text()));
        QCOMPARE(f.reg->policy().rosterPatterns.size(), stored); // nothing stored

        child<QLineEdit>(page, "patternStarts")->setText(u"07:00 15:00 23:00"_s);
        gui::Prompts::setNextAnswer(false); // "Go back": nothing changes
        QTest::mouseClick(child<QPushButton>(page, "applyPattern"), Qt::LeftButton);
        QCOMPARE(f.reg->policy().rosterPatterns.size(), stored);

        gui::Prompts::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(page, "applyPattern"), Qt::LeftButton);
        const Roster after(f.reg->policy());
        QCOMPARE(after.shiftsOn(QDate(2027, 1, 5)).size(), 3);
        QCOMPARE(after.shiftsOn(QDate(2027, 1, 4)).size(), 4);
        for (int n = 1; n <= 4; ++n) // the days before keep their teams
            QCOMPARE(after.teamFor(*after.shift(QDate(2027, 1, 4), n)),
                     before.teamFor(*before.shift(QDate(2027, 1, 4), n)));
        page.showMonth(QDate(2027, 1, 1));
        QCOMPARE(child<QTableWidget>(page, "calendar")->columnCount(), 4); // the month still has 4-shift days
        QVERIFY(!page.teamShown(QDate(2027, 1, 5), 3).isEmpty());
        QVERIFY(page.teamShown(QDate(2027, 1, 5), 4).isEmpty());
        gui::Prompts::clearScript();
    }
};

QTEST_MAIN(TestRosterPage)
#include "TestRosterPage.moc"
