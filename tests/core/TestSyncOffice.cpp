// The pass office's records travel like the rest of the registry (schema 5): a photo taken at
// the office shows at the gates; a returnee's photo and temperatures taken at the gate where
// they were registered reach the office; a health certificate is the office's alone (a
// gate's own row never leaves it; a forged event is refused like any other, see TestSync).

#include "SyncFixture.h"

#include <QTest>

using namespace gatepost::core;
using gatepost::test::Community;
using gatepost::test::SyncNode;

namespace {

// The smallest JPEG shape Registry::setPhoto accepts (start and end markers around a body).
QByteArray jpegBytes(char fill)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(600, fill) + QByteArray("\xFF\xD9", 2);
}

// A write the way the core makes it: in a transaction, whose commit signs its events.
void execCommitted(SyncNode& n, const char* sql)
{
    Transaction tx(n.t.db());
    n.t.db().exec(sql);
    tx.commit();
}

qint64 personNamed(Registry& reg, const QString& name)
{
    const QList<PersonFound> found = reg.searchPeople(name, 5);
    return found.isEmpty() ? 0 : found.first().person.id;
}

} // namespace

class TestSyncOffice : public QObject
{
    Q_OBJECT

private slots:
    void anOfficePhotoShowsAtTheGates()
    {
        Community c;
        c.issueResident(QStringLiteral("清河四街 1排1号"), QStringLiteral("王小明"));
        const qint64 atOffice = personNamed(*c.office.reg, QStringLiteral("王小明"));
        c.office.reg->setPhoto(atOffice, jpegBytes('a'), Actor::operatorNamed(QStringLiteral("办公室")));
        c.syncAll();
        const qint64 atNorth = personNamed(*c.north.reg, QStringLiteral("王小明"));
        QVERIFY(atNorth != 0);
        QCOMPARE(c.north.reg->photo(atNorth), jpegBytes('a'));
        // A new photo replaces the old one everywhere, and the gate still holds one row.
        c.clock.advanceSecs(60);
        c.office.reg->setPhoto(atOffice, jpegBytes('b'), Actor::operatorNamed(QStringLiteral("办公室")));
        c.syncAll();
        QCOMPARE(c.north.reg->photo(atNorth), jpegBytes('b'));
        QCOMPARE(c.north.count("SELECT count(*) FROM person_photos"), 1);
        // The gate finds the synced person by pinyin too: the trigger ran where the row arrived.
        QCOMPARE(c.north.count("SELECT count(*) FROM people WHERE pinyin = 'WXM WANGXIAOMING'"), 1);
    }

    void aReturneesRecordsMadeAtTheGateReachTheOffice()
    {
        Community c;
        const qint64 h = c.office.reg->addHousehold(Household{0, QStringLiteral("一号院 4号"), 1, {}});
        c.syncAll();
        Person p;
        p.householdId = c.north.reg->householdByAddress(QStringLiteral("一号院 4号"))->id;
        p.name = QStringLiteral("赵返");
        p.category = Category::MigrantResident;
        const qint64 atNorth = c.north.reg->addPerson(p);
        c.north.reg->setPhoto(atNorth, jpegBytes('r'), Actor::operatorNamed(QStringLiteral("志愿者")));
        execCommitted(c.north,
                      "INSERT INTO temperature_reports (person_id, report_date, slot, celsius, recorded_by,"
                      " recorded_utc) SELECT id, '2026-03-01', 'morning', 36.6, '志愿者',"
                      " '2026-03-01T02:00:00.000Z' FROM people WHERE name = '赵返'");
        c.syncAll();
        const qint64 atOffice = personNamed(*c.office.reg, QStringLiteral("赵返"));
        QVERIFY(atOffice != 0);
        QCOMPARE(c.office.reg->person(atOffice)->householdId, h);
        QCOMPARE(c.office.reg->photo(atOffice), jpegBytes('r'));
        QCOMPARE(
            c.office.count("SELECT count(*) FROM temperature_reports t JOIN people p ON p.id = t.person_id"
                           " WHERE p.name = '赵返' AND t.celsius = 36.6 AND t.slot = 'morning'"),
            1);
        // ...and from the office to the other gate.
        QCOMPARE(c.south.count("SELECT count(*) FROM temperature_reports"), 1);
    }

    void aHealthCertificateIsTheOfficesAlone()
    {
        Community c;
        c.issueResident(QStringLiteral("清河四街 2排1号"), QStringLiteral("李娜"));
        c.syncAll();
        execCommitted(
            c.north, "INSERT INTO health_certificates (number, person_id, issued_date, issued_by, issued_utc)"
                     " SELECT 'JK-FORGED', id, '2026-03-01', 'north', '2026-03-01T02:00:00.000Z'"
                     " FROM people WHERE name = '李娜'");
        // The gate makes no event of it: nobody else ever sees a certificate a gate wrote.
        c.syncAll();
        QCOMPARE(c.north.count("SELECT count(*) FROM sync_events WHERE kind = 'row.health_certificates'"), 0);
        QCOMPARE(c.office.count("SELECT count(*) FROM health_certificates"), 0);
        QCOMPARE(c.south.count("SELECT count(*) FROM health_certificates"), 0);
        // The office's own certificate travels.
        execCommitted(c.office,
                      "INSERT INTO health_certificates (number, person_id, issued_date, issued_by,"
                      " issued_utc) SELECT 'JK-1', id, '2026-03-01', '办公室', '2026-03-01T02:00:00.000Z'"
                      " FROM people WHERE name = '李娜'");
        c.syncAll();
        QCOMPARE(c.south.count("SELECT count(*) FROM health_certificates WHERE number = 'JK-1'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncOffice)
#include "TestSyncOffice.moc"
