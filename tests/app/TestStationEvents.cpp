// Opening a station for writing turns rows that changed without becoming events (a file
// upgraded from schema 3, writes made by a tool without the event log) into signed events at
// once, at start-up, not with the first scan; a read-only open writes nothing.

#include "TempDb.h"
#include "app/Station.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/EventLog.h"
#include "core/Registry.h"

#include <QTest>

using namespace gatepost;

namespace {

qint64 scalar(core::Database& db, const char* sql)
{
    core::Statement q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

} // namespace

class TestStationEvents : public QObject
{
    Q_OBJECT

private slots:
    void pendingChangesBecomeEventsOnOpening()
    {
        test::TempDb t;
        const QString path = t.path();
        {
            // The registry without the event log: the rows wait in the outbox.
            core::SystemClock clock;
            core::Registry reg(t.db(), clock);
            reg.initStation(QStringLiteral("north"), QStringLiteral("north"));
            reg.addHousehold(core::Household{0, QStringLiteral("清河四街 1排 1号"), 0, {}});
            QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sync_outbox"),
                     2); // its station row and the household
            QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sync_events"), 0);
        }

        {
            auto reader =
                app::Station::open(path, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
            QCOMPARE(scalar(reader->db(), "SELECT count(*) FROM sync_events"), 0);
        }
        auto station = app::Station::open(path, app::Station::Mode::MustExist);
        QCOMPARE(scalar(station->db(), "SELECT count(*) FROM sync_outbox"), 0);
        QCOMPARE(scalar(station->db(), "SELECT count(*) FROM sync_events WHERE kind = 'row.households'"), 1);
        QCOMPARE(station->events().vector().value(station->stationId()),
                 scalar(station->db(), "SELECT count(*) FROM sync_events"));
    }
};

QTEST_GUILESS_MAIN(TestStationEvents)
#include "TestStationEvents.moc"
