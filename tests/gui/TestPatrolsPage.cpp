// The courtyard patrols page driven like a lead drives it (offscreen, a real SQLite file): every
// courtyard starts overdue, a scheduled check puts one on time until the interval runs out, a
// problem without a note is refused in words and stores nothing, and the shift's checks are listed.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/Patrols.h"
#include "core/Registry.h"
#include "gui/lead/PatrolsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC)}; // 10:00 in Beijing
    Registry registry{t.db(), clock};
    Auth auth{t.db(), clock};
    qint64 leadId = auth.addOperator(u"王班长"_s, Role::ShiftLead, u"2468"_s, Actor::system());

    gui::LeadServices services()
    {
        return gui::LeadServices{t.db(), registry, auth, clock, *auth.operatorById(leadId)};
    }
};

template<typename W> W* child(QWidget& page, const char* name)
{
    auto* w = page.findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

int overdueRows(QTableWidget* schedule)
{
    int n = 0;
    for (int r = 0; r < schedule->rowCount(); ++r)
        n += schedule->item(r, 3)->text() == u"Overdue"_s;
    return n;
}

} // namespace

class TestPatrolsPage : public QObject
{
    Q_OBJECT

private slots:
    void aScheduledCheckPutsTheCourtyardOnTimeUntilTheIntervalRunsOut()
    {
        Fixture f;
        gui::PatrolsPage page(f.services());
        auto* schedule = child<QTableWidget>(page, "schedule");
        QCOMPARE(schedule->rowCount(), Patrols::kCourtyards);
        QCOMPARE(overdueRows(schedule), 6); // never checked: due at once

        child<QComboBox>(page, "courtyard")->setCurrentIndex(2); // courtyard 3
        QTest::mouseClick(child<QPushButton>(page, "record"), Qt::LeftButton);
        QCOMPARE(overdueRows(schedule), 5);
        QCOMPARE(schedule->item(2, 3)->text(), u"On time"_s);
        QCOMPARE(schedule->item(2, 2)->text(), u"11-28 14:00"_s); // 10:00 + 4 h, Beijing time

        auto* checks = child<QTableWidget>(page, "checks");
        QCOMPARE(checks->rowCount(), 1);
        QCOMPARE(checks->item(0, 5)->text(), u"王班长"_s);
        QVERIFY(child<QLabel>(page, "shift")->text().contains(u"2026-11-28/2"_s));

        f.clock.set(f.clock.nowUtc().addSecs(4 * 3600 + 60));
        page.reload();
        QCOMPARE(overdueRows(schedule), 6);
    }

    void aProblemNeedsANoteAndIsStoredWithIt()
    {
        Fixture f;
        gui::PatrolsPage page(f.services());
        auto* result = child<QComboBox>(page, "result");
        result->setCurrentIndex(result->findData(int(PatrolResult::Problem)));
        auto* kind = child<QComboBox>(page, "kind");
        kind->setCurrentIndex(kind->findData(int(PatrolKind::Spot)));
        auto* method = child<QComboBox>(page, "method");
        method->setCurrentIndex(method->findData(int(PatrolMethod::Video)));
        QTest::mouseClick(child<QPushButton>(page, "record"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "message")->text().isEmpty());
        QCOMPARE(Patrols(f.t.db(), f.clock).checks().size(), 0);

        QTest::keyClicks(child<QLineEdit>(page, "note"), u"gate chain cut"_s);
        QTest::keyClick(child<QLineEdit>(page, "note"), Qt::Key_Return);
        const QList<PatrolRecord> stored = Patrols(f.t.db(), f.clock).checks();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().check.note, u"gate chain cut"_s);
        QVERIFY(stored.first().check.kind == PatrolKind::Spot);
        QVERIFY(stored.first().check.method == PatrolMethod::Video);
        QCOMPARE(stored.first().checkedBy, u"王班长"_s);
        QVERIFY(child<QLineEdit>(page, "note")->text().isEmpty());
        // A spot check is not a scheduled round: courtyard 1 stays overdue.
        QCOMPARE(overdueRows(child<QTableWidget>(page, "schedule")), 6);
    }
};

QTEST_MAIN(TestPatrolsPage)
#include "TestPatrolsPage.moc"
