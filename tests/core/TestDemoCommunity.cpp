#include "TempDb.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/PassCode.h"

#include <QCryptographicHash>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace gatepost;
using namespace gatepost::core;

namespace {

const QDate kToday(2026, 3, 1);

qint64 count(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

qint64 countText(Database& db, const char* sql, const QString& arg)
{
    auto q = db.prepare(sql);
    q.bind(1, arg);
    return q.step() ? q.int64(0) : -1;
}

// A hash over every row of every table the generator writes, in a fixed order.
QByteArray contentHash(Database& db)
{
    struct Table
    {
        const char* sql;
        int columns;
    };
    const Table tables[] = {
        {"SELECT id, address, courtyard, note FROM households ORDER BY id", 4},
        {"SELECT id, household_id, name, category, phone, id_number, photo_path FROM people ORDER BY id", 7},
        {"SELECT id, household_id, plate, internal FROM vehicles ORDER BY id", 4},
        {"SELECT id, person_id, kind, start_date, end_date, origin, created_utc FROM quarantines ORDER BY id",
         7},
        {"SELECT id, serial, holder_kind, person_id, vehicle_id, category, valid_from, valid_until, gates,"
         " generation, secret, status, status_reason, issued_utc, updated_utc FROM passes ORDER BY id",
         15},
        {"SELECT pass_id, generation, secret, issued_utc FROM pass_generations ORDER BY pass_id, generation",
         4},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Table& t : tables) {
        auto q = db.prepare(t.sql);
        while (q.step()) {
            for (int c = 0; c < t.columns; ++c) {
                hash.addData(q.isNull(c) ? QByteArrayView("\x01NULL") : QByteArrayView(q.text(c).toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

} // namespace

class TestDemoCommunity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDb>();
        // How fast is bench_demo_community's business (docs/performance.md), not a test's.
        m_summary = generateDemoCommunity(m_db->db(), DemoOptions{1, kToday});
    }

    void hasTheCommunityOfTheArticle()
    {
        Database& db = m_db->db();
        QCOMPARE(count(db, "SELECT count(*) FROM households"), 1212);
        QCOMPARE(countText(db, "SELECT count(*) FROM people WHERE category = ?1",
                           QStringLiteral("registered_resident")),
                 2982);
        QCOMPARE(countText(db, "SELECT count(*) FROM people WHERE category = ?1",
                           QStringLiteral("migrant_resident")),
                 8422);
        const qint64 workers = countText(db, "SELECT count(*) FROM people WHERE category = ?1",
                                         QStringLiteral("external_worker"));
        QVERIFY2(workers >= 100 && workers <= 900, qPrintable(QString::number(workers)));
        QVERIFY(
            count(db,
                  "SELECT count(*) FROM people WHERE category = 'external_worker' AND household_id IS NULL") >
            0);
        // Nobody's house is empty.
        QCOMPARE(count(db, "SELECT count(*) FROM households h"
                           " WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id)"),
                 0);
        // Most households in the main area, the rest in all six outlying courtyards.
        QVERIFY(count(db, "SELECT count(*) FROM households WHERE courtyard = 0") > 1000);
        QCOMPARE(count(db, "SELECT count(DISTINCT courtyard) FROM households WHERE courtyard > 0"), 6);
        QCOMPARE(countText(db, "SELECT count(*) FROM households WHERE address = ?1",
                           QStringLiteral("清河四街 1排 1号")),
                 1);
        QCOMPARE(countText(db, "SELECT count(*) FROM households WHERE address = ?1 AND courtyard = 1",
                           QStringLiteral("一号院 1号")),
                 1);
        // The summary tells the truth.
        QCOMPARE(m_summary.households, 1212);
        QCOMPARE(m_summary.people.value(Category::RegisteredResident), 2982);
        QCOMPARE(m_summary.people.value(Category::MigrantResident), 8422);
        QCOMPARE(m_summary.totalPeople(), count(db, "SELECT count(*) FROM people"));
        QCOMPARE(m_summary.vehicles, count(db, "SELECT count(*) FROM vehicles"));
        QCOMPARE(m_summary.totalPasses(), count(db, "SELECT count(*) FROM passes"));
    }

    void hasNearlySevenThousandPassesOfEveryKind()
    {
        Database& db = m_db->db();
        const qint64 passes = count(db, "SELECT count(*) FROM passes");
        QVERIFY2(passes >= 6800 && passes <= 7200, qPrintable(QString::number(passes)));
        for (Category c : allCategories()) {
            const qint64 n = countText(db, "SELECT count(*) FROM passes WHERE category = ?1", toString(c));
            QVERIFY2(n > 0, qPrintable(toString(c)));
            QCOMPARE(m_summary.passesByCategory.value(c), n);
        }
        for (PassStatus s : allPassStatuses()) {
            const qint64 n = countText(db, "SELECT count(*) FROM passes WHERE status = ?1", toString(s));
            QVERIFY2(n > 0, qPrintable(toString(s)));
            QCOMPARE(m_summary.passesByStatus.value(s), n);
        }
        // Revoked, lost and suspended passes say why.
        QCOMPARE(count(db, "SELECT count(*) FROM passes WHERE status <> 'active' AND status_reason = ''"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM passes WHERE status = 'active' AND status_reason <> ''"), 0);

        const QString today = kToday.toString(Qt::ISODate);
        const qint64 expired = countText(db, "SELECT count(*) FROM passes WHERE valid_until < ?1", today);
        const qint64 early = countText(db, "SELECT count(*) FROM passes WHERE valid_from > ?1", today);
        QVERIFY2(expired > passes / 100 && expired < passes / 10, qPrintable(QString::number(expired)));
        QVERIFY(early > 0);
        QCOMPARE(m_summary.expired, expired);
        QCOMPARE(m_summary.notYetValid, early);
        QVERIFY(count(db, "SELECT count(*) FROM passes WHERE gates = 'south'") > 0);
        QCOMPARE(count(db, "SELECT count(*) FROM passes WHERE gates <> '' AND category NOT IN"
                           " ('external_worker', 'external_vehicle')"),
                 0);
    }

    void reissuedPassesKeepTheirOldCodes()
    {
        Database& db = m_db->db();
        const qint64 superseded = count(db, "SELECT count(*) FROM passes WHERE generation > 1");
        QVERIFY(superseded > 0);
        QCOMPARE(m_summary.superseded, superseded);
        QVERIFY(count(db, "SELECT count(*) FROM passes WHERE generation = 3") > 0);
        // One generation row per generation; the newest is the pass's secret, the older ones differ.
        QCOMPARE(count(db, "SELECT sum(generation) FROM passes"),
                 count(db, "SELECT count(*) FROM pass_generations"));
        QCOMPARE(count(db, "SELECT count(*) FROM passes p JOIN pass_generations g"
                           " ON g.pass_id = p.id AND g.generation = p.generation WHERE g.secret = p.secret"),
                 count(db, "SELECT count(*) FROM passes"));
        QCOMPARE(count(db, "SELECT count(*) FROM passes p JOIN pass_generations g"
                           " ON g.pass_id = p.id AND g.generation < p.generation WHERE g.secret = p.secret"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM pass_generations g1 JOIN pass_generations g2"
                           " ON g1.pass_id = g2.pass_id AND g1.generation < g2.generation"
                           " WHERE g1.issued_utc > g2.issued_utc"),
                 0);
    }

    void serialsSecretsAndTimesAreWellFormed()
    {
        auto q =
            m_db->db().prepare("SELECT id, serial, secret, issued_utc, updated_utc FROM passes ORDER BY id");
        qint64 expected = 1;
        while (q.step()) {
            QCOMPARE(q.int64(0), expected);
            QCOMPARE(q.text(1), QStringLiteral("%1").arg(expected, 7, 10, QChar(u'0')));
            const QString secret = q.text(2);
            QCOMPARE(secret.size(), passcode::kSecretChars);
            for (QChar c : secret)
                QVERIFY2(passcode::kSecretAlphabet.contains(c), qPrintable(secret));
            for (int col : {3, 4}) {
                const QString t = q.text(col);
                QVERIFY2(t.endsWith(u'Z'), qPrintable(t));
                const QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
                QVERIFY2(at.isValid() && at.date() <= kToday, qPrintable(t));
            }
            QVERIFY(q.text(4) >= q.text(3));
            ++expected;
        }
        QVERIFY(expected > 6800);
    }

    void everyPassHolderExistsAndMatchesTheCategory()
    {
        Database& db = m_db->db();
        QCOMPARE(count(db, "SELECT count(*) FROM passes p LEFT JOIN people x ON x.id = p.person_id"
                           " WHERE p.holder_kind = 'person' AND (x.id IS NULL OR x.category <> p.category)"),
                 0);
        QCOMPARE(count(db,
                       "SELECT count(*) FROM passes p LEFT JOIN vehicles v ON v.id = p.vehicle_id"
                       " WHERE p.holder_kind = 'vehicle' AND (v.id IS NULL OR p.category <> CASE v.internal"
                       " WHEN 1 THEN 'internal_vehicle' ELSE 'external_vehicle' END)"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM (SELECT person_id FROM passes WHERE person_id IS NOT NULL"
                           " GROUP BY person_id HAVING count(*) > 1)"),
                 0);
    }

    void childrenHaveNoPass()
    {
        auto q = m_db->db().prepare("SELECT x.id_number FROM passes p JOIN people x ON x.id = p.person_id"
                                    " WHERE x.id_number IS NOT NULL");
        int checked = 0;
        while (q.step()) {
            const auto birth = formats::idBirthDate(q.text(0));
            QVERIFY(birth);
            QVERIFY2(*birth <= kToday.addYears(-14), qPrintable(q.text(0)));
            ++checked;
        }
        QVERIFY(checked > 5000);
        // But children live here.
        auto all = m_db->db().prepare("SELECT id_number FROM people WHERE category = 'registered_resident'");
        int children = 0;
        while (all.step())
            children += formats::idBirthDate(all.text(0)).value_or(QDate()) > kToday.addYears(-14) ? 1 : 0;
        QVERIFY2(children > 100, qPrintable(QString::number(children)));
    }

    void identityNumbersPhonesAndPlatesAreValidAndUnique()
    {
        Database& db = m_db->db();
        auto ids = db.prepare("SELECT id_number, category FROM people WHERE id_number IS NOT NULL");
        int registeredHaidian = 0;
        while (ids.step()) {
            QVERIFY2(formats::isValidIdNumber(ids.text(0)), qPrintable(ids.text(0)));
            if (ids.text(1) == QLatin1String("registered_resident")) {
                QVERIFY(ids.text(0).startsWith(QLatin1String("110108")));
                ++registeredHaidian;
            }
        }
        QCOMPARE(registeredHaidian, 2982);
        const qint64 migrantIds = count(
            db, "SELECT count(*) FROM people WHERE category = 'migrant_resident' AND id_number IS NOT NULL");
        QVERIFY(migrantIds > 8422 / 2);
        QVERIFY(count(db, "SELECT count(*) FROM people WHERE category = 'migrant_resident'"
                          " AND substr(id_number, 1, 2) <> '11'") > 8422 / 2);

        auto phones = db.prepare("SELECT phone FROM people WHERE phone <> ''");
        int withPhone = 0;
        while (phones.step()) {
            QVERIFY2(formats::isValidMobile(phones.text(0)), qPrintable(phones.text(0)));
            ++withPhone;
        }
        QVERIFY(withPhone > 10000);
        QCOMPARE(count(db, "SELECT count(DISTINCT phone) FROM people WHERE phone <> ''"), withPhone);

        auto plates = db.prepare("SELECT plate, internal FROM vehicles");
        int newEnergy = 0;
        int otherProvinces = 0;
        while (plates.step()) {
            const QString plate = plates.text(0);
            QCOMPARE(formats::normalisePlate(plate), plate);
            newEnergy += formats::isNewEnergyPlate(plate) ? 1 : 0;
            if (plates.int32(1) == 1)
                QVERIFY2(plate.startsWith(u'京'), qPrintable(plate));
            else
                otherProvinces += plate.startsWith(u'京') ? 0 : 1;
        }
        QVERIFY(newEnergy > 10);
        QVERIFY(otherProvinces > 10);
        QVERIFY(count(db, "SELECT count(*) FROM vehicles WHERE internal = 1") >= 100);
    }

    void returneesAreInQuarantine()
    {
        Database& db = m_db->db();
        const QString today = kToday.toString(Qt::ISODate);
        const qint64 home = countText(db,
                                      "SELECT count(*) FROM quarantines WHERE kind = 'home'"
                                      " AND start_date <= ?1 AND end_date > ?1",
                                      today);
        QVERIFY2(home >= 100 && home <= 200, qPrintable(QString::number(home)));
        QCOMPARE(m_summary.homeQuarantineActive, home);
        QVERIFY(countText(db, "SELECT count(*) FROM quarantines WHERE kind = 'home' AND end_date <= ?1",
                          today) >= 20);
        QVERIFY(count(db, "SELECT count(*) FROM quarantines WHERE kind = 'central'") > 0);
        // 14 days of observation, a city of origin, and everyone in it lives here.
        QCOMPARE(
            count(db,
                  "SELECT count(*) FROM quarantines WHERE julianday(end_date) - julianday(start_date) <> 14"),
            0);
        QCOMPARE(count(db, "SELECT count(*) FROM quarantines WHERE origin = ''"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM quarantines q JOIN people p ON p.id = q.person_id"
                           " WHERE p.category NOT IN ('registered_resident', 'migrant_resident')"),
                 0);
    }

    void firstActivePassesAreOrdinary()
    {
        auto q =
            m_db->db().prepare("SELECT valid_from, valid_until, gates FROM passes WHERE status = 'active'"
                               " ORDER BY serial LIMIT 40");
        const QString today = kToday.toString(Qt::ISODate);
        int rows = 0;
        int ordinary = 0;
        while (q.step()) {
            ++rows;
            ordinary += q.text(0) <= today && today <= q.text(1) && q.text(2).isEmpty() ? 1 : 0;
        }
        QCOMPARE(rows, 40);
        QVERIFY2(ordinary >= 32, qPrintable(QString::number(ordinary)));
    }

    void refusesASecondRunOnTheSameFile()
    {
        const QByteArray before = contentHash(m_db->db());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 generateDemoCommunity(m_db->db(), DemoOptions{2, kToday}));
        QCOMPARE(contentHash(m_db->db()), before);
    }

    void sameSeedAndDateGiveTheSameFile()
    {
        test::TempDb other;
        generateDemoCommunity(other.db(), DemoOptions{1, kToday});
        QCOMPARE(contentHash(other.db()), contentHash(m_db->db()));
    }

    void anotherSeedOrDateGivesAnotherCommunity()
    {
        test::TempDb seed2;
        const DemoSummary s = generateDemoCommunity(seed2.db(), DemoOptions{2, kToday});
        QVERIFY(contentHash(seed2.db()) != contentHash(m_db->db()));
        // The shape holds for any seed.
        QCOMPARE(s.households, 1212);
        QCOMPARE(s.people.value(Category::MigrantResident), 8422);
        QVERIFY(s.totalPasses() >= 6800 && s.totalPasses() <= 7200);

        test::TempDb later;
        generateDemoCommunity(later.db(), DemoOptions{1, kToday.addDays(1)});
        QVERIFY(contentHash(later.db()) != contentHash(m_db->db()));
    }

    void theSeedsTheChecksUseHaveTheSameShape()
    {
        for (quint32 seed : {4u, 6u, 7u, 12u}) {
            auto db = Database::open(QStringLiteral(":memory:"));
            const DemoSummary s = generateDemoCommunity(*db, DemoOptions{seed, kToday});
            QVERIFY2(s.totalPasses() >= 6800 && s.totalPasses() <= 7200, qPrintable(QString::number(seed)));
            for (PassStatus st : allPassStatuses())
                QVERIFY(s.passesByStatus.value(st) > 0);
            QVERIFY(s.expired > 0 && s.superseded > 0 && s.notYetValid > 0 && s.homeQuarantineActive > 0);
            auto q = db->prepare("SELECT valid_from, valid_until, gates FROM passes WHERE status = 'active'"
                                 " ORDER BY serial LIMIT 40");
            const QString today = kToday.toString(Qt::ISODate);
            int ordinary = 0;
            while (q.step())
                ordinary += q.text(0) <= today && today <= q.text(1) && q.text(2).isEmpty() ? 1 : 0;
            QVERIFY2(ordinary >= 32, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(ordinary)));
        }
    }

    void withoutAReferenceDateTodayIsTheLocalDate()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        const DemoSummary s = generateDemoCommunity(*db, DemoOptions{5, QDate()});
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(s.expired, countText(*db, "SELECT count(*) FROM passes WHERE valid_until < ?1", today));
        QCOMPARE(s.homeQuarantineActive, countText(*db,
                                                   "SELECT count(*) FROM quarantines WHERE kind = 'home'"
                                                   " AND start_date <= ?1 AND end_date > ?1",
                                                   today));
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<test::TempDb> m_db;
    DemoSummary m_summary;
};

QTEST_GUILESS_MAIN(TestDemoCommunity)
#include "TestDemoCommunity.moc"
