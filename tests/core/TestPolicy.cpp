#include "core/Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatepost::core;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDocumentedOnes()
    {
        const Policy p = Policy::defaults();
        QCOMPARE(p.duplicateWindowSeconds, 5);
        QCOMPARE(p.passbackWindowMinutes, 240);
        QCOMPARE(p.feverThreshold, 37.3);
        QCOMPARE(p.temperatureRequired, false);
        QCOMPARE(p.homeQuarantineDays, 14);
        QCOMPARE(p.timeZone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(p.hours.size(), 3);
        QCOMPARE(p.hours.value(Category::Visitor), (HoursWindow{QTime(6, 0), QTime(22, 0)}));
        QCOMPARE(p.hours.value(Category::ExternalWorker), (HoursWindow{QTime(5, 0), QTime(23, 0)}));
        QCOMPARE(p.hours.value(Category::ExternalVehicle), (HoursWindow{QTime(6, 0), QTime(22, 0)}));
        QVERIFY(!p.hours.contains(Category::RegisteredResident));
        QVERIFY(p.gatesByCategory.isEmpty());
        QCOMPARE(p.rosterPatterns.size(), 1);
        const QList<ShiftDef>& shifts = p.rosterPatterns.first().shifts;
        QVERIFY(!p.rosterPatterns.first().from.isValid());
        QCOMPARE(shifts.size(), 4);
        QCOMPARE(shifts.at(0), (ShiftDef{QStringLiteral("A"), QTime(0, 0)}));
        QCOMPARE(shifts.at(1), (ShiftDef{QStringLiteral("B"), QTime(6, 0)}));
        QCOMPARE(shifts.at(2), (ShiftDef{QStringLiteral("C"), QTime(12, 0)}));
        QCOMPARE(shifts.at(3), (ShiftDef{QStringLiteral("D"), QTime(18, 0)}));
        QCOMPARE(p.overrideNeedsLead, false);            // any signed-on volunteer may override
        QVERIFY(p.manualEntryVerdict == Verdict::Check); // no card: check the face
    }

    void hoursWindowBoundaries()
    {
        const HoursWindow day{QTime(6, 0), QTime(22, 0)};
        QVERIFY(!day.contains(QTime(5, 59, 59)));
        QVERIFY(day.contains(QTime(6, 0)));
        QVERIFY(day.contains(QTime(21, 59, 59)));
        QVERIFY(!day.contains(QTime(22, 0)));

        const HoursWindow night{QTime(22, 0), QTime(6, 0)};
        QVERIFY(night.contains(QTime(22, 0)));
        QVERIFY(night.contains(QTime(0, 0)));
        QVERIFY(night.contains(QTime(5, 59, 59)));
        QVERIFY(!night.contains(QTime(6, 0)));
        QVERIFY(!night.contains(QTime(12, 0)));

        const HoursWindow all{QTime(0, 0), QTime(0, 0)};
        QVERIFY(all.allDay());
        QVERIFY(all.contains(QTime(0, 0)) && all.contains(QTime(23, 59, 59)));
    }

    void jsonRoundTripKeepsEveryField()
    {
        Policy p = Policy::defaults();
        p.duplicateWindowSeconds = 8;
        p.passbackWindowMinutes = 0;
        p.feverThreshold = 37.5;
        p.temperatureRequired = true;
        p.homeQuarantineDays = 7;
        p.timeZone = QStringLiteral("Asia/Urumqi");
        p.hours.insert(Category::MigrantResident, HoursWindow{QTime(22, 0), QTime(6, 0)});
        p.hours.remove(Category::Visitor);
        p.gatesByCategory.insert(Category::Visitor, {QStringLiteral("south"), QStringLiteral("office")});
        p.rosterPatterns.first().shifts = {ShiftDef{QStringLiteral("day"), QTime(8, 0)},
                                           ShiftDef{QStringLiteral("night"), QTime(20, 0)}};
        p.rosterPatterns.first().cycle = defaultCycle(2, p.rosterPatterns.first().teams);
        p.rosterPatterns.append(RosterPattern{QDate(2027, 1, 1),
                                              {ShiftDef{QStringLiteral("all"), QTime(7, 0)}},
                                              {QStringLiteral("X")},
                                              {{QStringLiteral("X")}}});
        p.overrideNeedsLead = true;
        p.manualEntryVerdict = Verdict::Allow;
        p.gateHours[QStringLiteral("south")].insert(Category::ExternalVehicle,
                                                    HoursWindow{QTime(7, 0), QTime(19, 30)});
        p.gateHours[QStringLiteral("north")].insert(Category::Visitor, HoursWindow{QTime(0, 0), QTime(0, 0)});

        // Through text, as stored in the settings table.
        const QByteArray text = QJsonDocument(p.toJson()).toJson();
        QString error = QStringLiteral("not touched");
        const Policy back = Policy::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(back == p);
        QVERIFY(!back.hours.contains(Category::Visitor));

        QVERIFY(Policy::fromJson(Policy::defaults().toJson()) == Policy::defaults());
    }

    void jsonUsesSnakeCaseNames()
    {
        const QJsonObject j = Policy::defaults().toJson();
        QCOMPARE(j.value(QStringLiteral("duplicate_window_seconds")).toInt(), 5);
        QCOMPARE(j.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(j.value(QStringLiteral("override_needs_lead")).toBool(true), false);
        QCOMPARE(j.value(QStringLiteral("manual_entry_verdict")).toString(), QStringLiteral("check"));
        const QJsonObject visitor =
            j.value(QStringLiteral("hours")).toObject().value(QStringLiteral("visitor")).toObject();
        QCOMPARE(visitor.value(QStringLiteral("from")).toString(), QStringLiteral("06:00"));
        QCOMPARE(visitor.value(QStringLiteral("to")).toString(), QStringLiteral("22:00"));
        QCOMPARE(j.value(QStringLiteral("roster_patterns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("shifts"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QStringLiteral("start"))
                     .toString(),
                 QStringLiteral("18:00"));
    }

    void missingKeysKeepDefaultsAndUnknownKeysAreIgnored()
    {
        QString error;
        const Policy p = Policy::fromJson(parse(R"({"fever_threshold": 37.5, "colour": "red"})"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(p.feverThreshold, 37.5);
        Policy expected = Policy::defaults();
        expected.feverThreshold = 37.5;
        QVERIFY(p == expected);
    }

    void hoursObjectReplacesTheDefaultTable()
    {
        QString error;
        const Policy p =
            Policy::fromJson(parse(R"({"hours": {"visitor": {"from": "07:00", "to": "21:00"}}})"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(p.hours.size(), 1);
        QCOMPARE(p.hours.value(Category::Visitor), (HoursWindow{QTime(7, 0), QTime(21, 0)}));
    }

    void aGateHoursWindowReplacesTheCommunityOneAtThatGateOnly()
    {
        QString error;
        const Policy p = Policy::fromJson(parse(R"({"gate_hours": {
            "south": {"external_vehicle": {"from": "07:00", "to": "19:00"},
                      "visitor": {"from": "00:00", "to": "00:00"}}}})"),
                                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // South keeps lorries out after 19:00 and lets visitors in at any hour ...
        QCOMPARE(*p.hoursAt(QStringLiteral("south"), Category::ExternalVehicle),
                 (HoursWindow{QTime(7, 0), QTime(19, 0)}));
        QVERIFY(p.hoursAt(QStringLiteral("south"), Category::Visitor)->allDay());
        // ... the north gate and the other categories follow the community's table.
        QCOMPARE(*p.hoursAt(QStringLiteral("north"), Category::ExternalVehicle),
                 (HoursWindow{QTime(6, 0), QTime(22, 0)}));
        QCOMPARE(*p.hoursAt(QStringLiteral("south"), Category::ExternalWorker),
                 (HoursWindow{QTime(5, 0), QTime(23, 0)}));
        QVERIFY(!p.hoursAt(QStringLiteral("south"), Category::RegisteredResident));
    }

    void badValueIsAnErrorNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        const auto row = [](const char* name, const char* json, const char* key) {
            QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(key);
        };
        row("duplicate as text", R"({"duplicate_window_seconds": "5"})", "duplicate_window_seconds");
        row("duplicate fraction", R"({"duplicate_window_seconds": 5.5})", "duplicate_window_seconds");
        row("duplicate zero", R"({"duplicate_window_seconds": 0})", "duplicate_window_seconds");
        row("duplicate huge", R"({"duplicate_window_seconds": 601})", "duplicate_window_seconds");
        row("passback negative", R"({"passback_window_minutes": -1})", "passback_window_minutes");
        row("passback over a day", R"({"passback_window_minutes": 1441})", "passback_window_minutes");
        row("passback null", R"({"passback_window_minutes": null})", "passback_window_minutes");
        row("fever as text", R"({"fever_threshold": "37.3"})", "fever_threshold");
        row("fever in fahrenheit", R"({"fever_threshold": 99.1})", "fever_threshold");
        row("fever too low", R"({"fever_threshold": 34.9})", "fever_threshold");
        row("required as number", R"({"temperature_required": 1})", "temperature_required");
        row("required as text", R"({"temperature_required": "true"})", "temperature_required");
        row("quarantine zero", R"({"home_quarantine_days": 0})", "home_quarantine_days");
        row("quarantine fraction", R"({"home_quarantine_days": 14.5})", "home_quarantine_days");
        row("zone unknown", R"({"time_zone": "Beijing"})", "time_zone");
        row("zone as number", R"({"time_zone": 8})", "time_zone");
        row("hours as list", R"({"hours": []})", "hours");
        row("hours unknown category", R"({"hours": {"vistor": {"from": "06:00", "to": "22:00"}}})",
            "hours.vistor");
        row("hours bad time", R"({"hours": {"visitor": {"from": "6:00", "to": "22:00"}}})", "hours.visitor");
        row("hours 24:00", R"({"hours": {"visitor": {"from": "06:00", "to": "24:00"}}})", "hours.visitor");
        row("hours missing to", R"({"hours": {"visitor": {"from": "06:00"}}})", "hours.visitor");
        row("gate hours as list", R"({"gate_hours": []})", "gate_hours");
        row("gate hours bad gate code", R"({"gate_hours": {"South Gate": {}}})", "gate_hours.South Gate");
        row("gate hours unknown category",
            R"({"gate_hours": {"south": {"lorry": {"from": "06:00", "to": "22:00"}}}})",
            "gate_hours.south.lorry");
        row("gate hours bad time",
            R"({"gate_hours": {"south": {"visitor": {"from": "06:00", "to": "25:00"}}}})",
            "gate_hours.south.visitor");
        row("gates as text", R"({"gates_by_category": "south"})", "gates_by_category");
        row("gates empty list", R"({"gates_by_category": {"visitor": []}})", "gates_by_category.visitor");
        row("gates number", R"({"gates_by_category": {"visitor": ["south", 2]}})",
            "gates_by_category.visitor");
        row("gates unknown category", R"({"gates_by_category": {"truck": ["south"]}})",
            "gates_by_category.truck");
        row("override lead as text", R"({"override_needs_lead": "yes"})", "override_needs_lead");
        row("manual entry unknown", R"({"manual_entry_verdict": "green"})", "manual_entry_verdict");
        row("manual entry deny", R"({"manual_entry_verdict": "deny"})", "manual_entry_verdict");
        row("shifts empty", R"({"shifts": []})", "shifts");
        row("shifts object", R"({"shifts": {"A": "00:00"}})", "shifts");
        row("shift without name", R"({"shifts": [{"start": "00:00"}]})", "shifts[0]");
        row("shift bad start",
            R"({"shifts": [{"name": "A", "start": "00:00"}, {"name": "B", "start": "6am"}]})", "shifts[1]");
        row("shift same start",
            R"({"shifts": [{"name": "A", "start": "00:00"}, {"name": "B", "start": "00:00"}]})", "shifts[1]");
        row("shift same name",
            R"({"shifts": [{"name": "A", "start": "00:00"}, {"name": "A", "start": "12:00"}]})", "shifts[1]");
    }

    void badValueIsAnErrorNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const QJsonObject obj = QJsonDocument::fromJson(json).object();
        QVERIFY(!obj.isEmpty());
        QString error;
        const Policy p = Policy::fromJson(obj, &error);
        QVERIFY2(error.contains(u'"' + key + u'"'), qPrintable(error));
        // A half-read policy is never used: the caller gets the defaults back.
        QVERIFY(p == Policy::defaults());
    }

    void firstErrorWinsAndGoodKeysAreNotApplied()
    {
        QString error;
        const Policy p = Policy::fromJson(
            parse(R"({"fever_threshold": 38.0, "home_quarantine_days": "fourteen"})"), &error);
        QVERIFY(error.contains(QStringLiteral("\"home_quarantine_days\"")));
        QCOMPARE(p.feverThreshold, 37.3);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "TestPolicy.moc"
