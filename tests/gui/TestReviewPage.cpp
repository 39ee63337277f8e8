// The review screen driven like a shift lead drives it, on a log written by hand: it opens on the
// shift that runs now, fetches pages as the table scrolls, filters, sorts by time, charts the same
// rows, shows a pass's history and exports what it shows.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/CrossingLog.h"
#include "core/Registry.h"
#include "gui/lead/CrossingTableModel.h"
#include "gui/lead/ReviewCharts.h"
#include "gui/lead/ReviewPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

QDateTime beijing(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, m, s), QTimeZone("Asia/Shanghai")).toUTC();
}

// 450 crossings between 06:00 and 09:45 in Beijing (shift 2), every 30 s: 150 per gate-direction
// pattern; every 10th is red (passback), serial 00000NN cycles through 9 passes; plus one
// crossing in shift 1 that the default view must not show.
struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{beijing(10, 0)};
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);

    Fixture()
    {
        CrossingLog log(t.db(), u"north-pc"_s, clock);
        QList<CrossingEntry> rows;
        for (int i = 0; i < 450; ++i) {
            CrossingEntry e;
            e.atUtc = beijing(6, 0).addSecs(30 * i);
            e.gate = i % 3 == 0 ? u"south"_s : u"north"_s;
            e.direction = i % 2 == 0 ? Direction::In : Direction::Out;
            e.passSerial = QStringLiteral("00000%1").arg(10 + i % 9);
            e.verdict = i % 10 == 0 ? Verdict::Deny : Verdict::Allow;
            if (e.verdict == Verdict::Deny)
                e.reasons = {Reason::Passback};
            e.operatorName = u"小刘"_s;
            rows << e;
        }
        CrossingEntry early;
        early.atUtc = beijing(5, 0);
        early.gate = u"north"_s;
        early.passSerial = u"0000010"_s;
        rows << early;
        log.appendBatch(rows);
    }

    gui::ReviewServices services()
    {
        return {t.db(), *reg, clock, Actor::operatorNamed(u"张伟"_s), Role::ShiftLead};
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

class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheShiftAndFetchesPagesAsItScrolls()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        gui::CrossingTableModel& model = page.model();
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), gui::CrossingTableModel::kPageSize);
        QVERIFY(child<QLabel>(page, "count")->text().contains(u"450"_s));
        // Newest first: the last crossing of the shift on top.
        QCOMPARE(model.entry(0).atUtc, beijing(6, 0).addSecs(30 * 449));

        QTableView* table = child<QTableView>(page, "crossings");
        table->resize(800, 400);
        table->scrollToBottom(); // the view asks for more when it reaches the end
        QCoreApplication::processEvents();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QSet<QString> uuids;
        for (int r = 0; r < model.rowCount(); ++r)
            uuids.insert(model.entry(r).uuid);
        QCOMPARE(uuids.size(), 450); // no row twice, none skipped

        // Oldest first: asks the core again.
        model.sort(gui::CrossingTableModel::Time, Qt::AscendingOrder);
        QCOMPARE(model.entry(0).atUtc, beijing(6, 0));
    }

    void filtersCountWhatTheyShow()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        QComboBox* verdict = child<QComboBox>(page, "verdict");
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Deny)));
        QCOMPARE(page.model().totalCount(), 45); // every 10th
        for (int r = 0; r < page.model().rowCount(); ++r)
            QVERIFY(page.model().entry(r).verdict == Verdict::Deny);

        QComboBox* gate = child<QComboBox>(page, "gate");
        gate->setCurrentIndex(gate->findData(u"south"_s));
        QCOMPARE(page.model().totalCount(), 15); // i % 30 == 0

        verdict->setCurrentIndex(0);
        gate->setCurrentIndex(0);
        QLineEdit* search = child<QLineEdit>(page, "search");
        QTest::keyClicks(search, u"0000012"_s);
        QTRY_COMPARE(page.model().totalCount(), 50); // i % 9 == 2
    }

    void chartsCountTheSameRows()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        auto* charts = page.findChild<gui::ReviewCharts*>();
        QVERIFY(charts);
        double sum = 0;
        const auto series = charts->hourlySeries();
        QCOMPARE(series.size(), 4); // two gates, two directions
        for (const QList<QPointF>& points : series)
            for (const QPointF& p : points)
                sum += p.y();
        QCOMPARE(sum, 450.0);
        charts->setCurrentIndex(1);
        QCOMPARE(charts->refusals().values(), QList<qint64>{45});
        charts->setCurrentIndex(2);
        QVERIFY(!charts->insideLines().isEmpty());
        charts->setCurrentIndex(3);
        QVERIFY(!charts->anomalyLines().isEmpty());
    }

    void aChartIsCountedWhenItIsShown()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        auto* charts = page.findChild<gui::ReviewCharts*>();
        QVERIFY(charts);
        // Only the tab in view was counted for the shift; the others wait until they are shown
        // (a year of crossings makes "inside now" take most of a second).
        QCOMPARE(charts->currentIndex(), 0);
        QVERIFY(!charts->hourlySeries().isEmpty());
        QVERIFY(charts->refusals().isEmpty());
        QVERIFY(charts->insideLines().isEmpty());
        charts->setCurrentIndex(1);
        QCOMPARE(charts->refusals().values(), QList<qint64>{45});

        // A narrower filter recounts the tab in view at once, and a tab shown before is recounted
        // for the new filter when it is shown again.
        QComboBox* verdict = child<QComboBox>(page, "verdict");
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Allow)));
        QTRY_VERIFY(charts->refusals().isEmpty());
        charts->setCurrentIndex(0);
        double sum = 0;
        for (const QList<QPointF>& points : charts->hourlySeries())
            for (const QPointF& p : points)
                sum += p.y();
        QCOMPARE(sum, double(page.model().totalCount()));
    }

    void historyListsEveryCrossingOfThePass()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        qint64 shown = -1;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* view = dialog->findChild<QTableView*>();
            shown = qobject_cast<gui::CrossingTableModel*>(view->model())->totalCount();
            dialog->reject();
        });
        page.showHistory(u"0000010"_s);
        QCOMPARE(shown, 51); // 50 in the shift (i % 9 == 0) and the one before it
    }

    void exportWritesTheFilteredRowsAndAnAuditRow()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        QComboBox* verdict = child<QComboBox>(page, "verdict");
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Deny)));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"red.csv"_s);
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel and WPS read it as UTF-8
        QCOMPARE(bytes.count("\r\n"), 46);         // header + 45 rows
        bool audited = false;
        for (const AuditEntry& a : AuditTrail(f.t.db(), f.clock).query())
            audited = audited || (a.action == u"log_export"_s && a.target == path && a.actor == u"张伟"_s);
        QVERIFY(audited);
        QVERIFY(!page.exportCsv(dir.filePath(u"missing/folder/x.csv"_s)));
        QVERIFY(child<QLabel>(page, "message")->text().contains(u"missing/folder"_s));
    }

    void theFilteredViewPrintsAsAPdfThatReadsBack()
    {
        Fixture f;
        gui::ReviewPage page(f.services());
        QComboBox* verdict = child<QComboBox>(page, "verdict");
        verdict->setCurrentIndex(verdict->findData(int(Verdict::Deny)));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"red.pdf"_s);
        QVERIFY(page.exportPdf(path));

        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString shown = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(shown.contains(u"Crossing log"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"45 row(s)"_s), qPrintable(shown)); // every red of the shift
        // 45 rows: the first page (under the title and the filter) holds 27, the second the rest.
        QVERIFY2(shown.contains(u"Page 1 of 2"_s) && shown.contains(u"Page 2 of 2"_s), qPrintable(shown));
        QCOMPARE(shown.count(u"Time"_s), 2); // the header row on each page
        // The reds are i = 0, 10, ... 440; pass 0000010 is i % 9 == 0: five of them.
        QCOMPARE(shown.count(u"0000010"_s), 5);
        QCOMPARE(shown.count(u"0000011"_s), 5);                   // i = 10, 100, 190, 280, 370
        QVERIFY2(!shown.contains(u"Green"_s), qPrintable(shown)); // only the reds
        bool audited = false;
        for (const AuditEntry& a : AuditTrail(f.t.db(), f.clock).query())
            audited = audited || (a.action == u"log_export"_s && a.target == path && a.after == u"45"_s);
        QVERIFY(audited);
        QVERIFY(!page.exportPdf(dir.filePath(u"missing/folder/x.pdf"_s)));
        QVERIFY(child<QLabel>(page, "message")->text().contains(u"missing/folder"_s));
    }
};

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
