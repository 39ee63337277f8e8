// The handover screen driven like a lead drives it: it opens on the shift that just ended, shows
// its numbers, refuses a wrong PIN without storing anything, signs, takes the incoming lead's
// acknowledgement and saves the PDF.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Auth.h"
#include "core/CrossingLog.h"
#include "core/Duty.h"
#include "core/Handover.h"
#include "core/Patrols.h"
#include "core/Registry.h"
#include "gui/lead/HandoverPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

QDateTime beijing(int day, int h, int m)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), QTimeZone("Asia/Shanghai")).toUTC();
}

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{beijing(1, 12, 3)}; // shift 3 has just begun: shift 2 is handed over
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    Auth auth{t.db(), clock};

    Fixture()
    {
        auth.addOperator(u"张伟"_s, Role::ShiftLead, u"2468"_s, Actor::system());
        auth.addOperator(u"李娜"_s, Role::ShiftLead, u"1357"_s, Actor::system());
        auth.addOperator(u"小刘"_s, Role::Volunteer, u"1111"_s, Actor::system());
        CrossingLog log(t.db(), u"north-pc"_s, clock);
        for (int i = 0; i < 3; ++i) {
            CrossingEntry e;
            e.atUtc = beijing(1, 7, i);
            e.gate = u"north"_s;
            e.passSerial = u"0000001"_s;
            e.verdict = i == 2 ? Verdict::Deny : Verdict::Allow;
            if (i == 2)
                e.reasons = {Reason::Passback};
            log.append(e);
        }
        // 小刘 on duty from 06:10 and a courtyard check at 08:00; the clock back to 12:03.
        Operator liu;
        liu.name = u"小刘"_s;
        clock.set(beijing(1, 6, 10));
        DutyLog(t.db(), clock).signOn(liu, u"north"_s);
        clock.set(beijing(1, 8, 0));
        PatrolCheck check;
        check.courtyard = 3;
        check.result = PatrolResult::Problem;
        check.note = u"gate chain cut"_s;
        Patrols(t.db(), clock).record(check, Actor::operatorNamed(u"小刘"_s));
        clock.set(beijing(1, 12, 3));
    }
};

template<typename W> W* child(QWidget& page, const char* name)
{
    auto* w = page.findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestHandoverPage : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheShiftThatJustEnded()
    {
        Fixture f;
        gui::HandoverPage page(f.t.db(), f.auth, *f.reg, u"north-pc"_s, f.clock);
        QCOMPARE(page.report().shiftId, u"2026-03-01/2"_s);
        QCOMPARE(page.report().total, 3);
        const QString shown = child<QTextBrowser>(page, "report")->toPlainText();
        QVERIFY2(shown.contains(u"2026-03-01/2"_s), qPrintable(shown));
        // Who was on duty and the courtyard check are on the page.
        QCOMPARE(page.report().onDutyCount(), 1);
        QVERIFY2(shown.contains(u"小刘"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Courtyard checks: 1"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"gate chain cut"_s), qPrintable(shown));
        // Only leads are offered to sign.
        QComboBox* lead = child<QComboBox>(page, "lead");
        QCOMPARE(lead->count(), 2);
        QVERIFY(lead->findText(u"小刘"_s) < 0);

        // Another shift: its own numbers.
        child<QComboBox>(page, "shift")->setCurrentIndex(0);
        QCOMPARE(page.report().shiftId, u"2026-03-01/1"_s);
        QCOMPARE(page.report().total, 0);
    }

    void wrongPinStoresNothingThenTheLeadsSignAndAcknowledge()
    {
        Fixture f;
        gui::HandoverPage page(f.t.db(), f.auth, *f.reg, u"north-pc"_s, f.clock);
        child<QPlainTextEdit>(page, "notes")->setPlainText(u"barrier arm sticks"_s);
        child<QComboBox>(page, "lead")->setCurrentText(u"张伟"_s);
        QLineEdit* pin = child<QLineEdit>(page, "pin");
        QTest::keyClicks(pin, u"9999"_s);
        QTest::mouseClick(child<QPushButton>(page, "sign"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "message")->text().isEmpty());
        QVERIFY(pin->text().isEmpty()); // a PIN never stays on screen
        QVERIFY(!HandoverDesk(f.t.db(), f.auth, f.reg->policy(), u"north-pc"_s, f.clock)
                     .report(u"2026-03-01/2"_s)
                     .signature);
        QCOMPARE(child<QPlainTextEdit>(page, "notes")->toPlainText(), u"barrier arm sticks"_s); // kept

        QTest::keyClicks(pin, u"2468"_s);
        QTest::mouseClick(child<QPushButton>(page, "sign"), Qt::LeftButton);
        QCOMPARE(page.report().signature->leadName, u"张伟"_s);
        QCOMPARE(page.report().notes, u"barrier arm sticks"_s);
        QVERIFY(!child<QPushButton>(page, "sign")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(page, "notes")->isReadOnly());
        QVERIFY(child<QPushButton>(page, "acknowledge")->isEnabled());

        child<QComboBox>(page, "lead")->setCurrentText(u"李娜"_s);
        QTest::keyClicks(pin, u"1357"_s);
        QTest::mouseClick(child<QPushButton>(page, "acknowledge"), Qt::LeftButton);
        QCOMPARE(page.report().acknowledgement->leadName, u"李娜"_s);
        QVERIFY(!child<QPushButton>(page, "acknowledge")->isEnabled());

        // A new page on the same file reads both signatures back.
        gui::HandoverPage again(f.t.db(), f.auth, *f.reg, u"north-pc"_s, f.clock);
        QCOMPARE(again.report().signature->leadName, u"张伟"_s);
        QCOMPARE(again.report().acknowledgement->leadName, u"李娜"_s);
    }

    void savesThePdfAndSaysWhenItCannot()
    {
        Fixture f;
        gui::HandoverPage page(f.t.db(), f.auth, *f.reg, u"north-pc"_s, f.clock);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"handover.pdf"_s);
        QVERIFY(page.savePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(!page.savePdf(dir.filePath(u"no/such/folder/handover.pdf"_s)));
        QVERIFY(child<QLabel>(page, "message")->text().contains(u"no/such/folder"_s));
    }
};

QTEST_MAIN(TestHandoverPage)
#include "TestHandoverPage.moc"
