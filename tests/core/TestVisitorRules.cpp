#include "core/Policy.h"
#include "core/Rules.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace gatepost::core;

namespace {

// Local (Asia/Shanghai, UTC+8) wall-clock time as a UTC instant: the rules get UTC only.
QDateTime beijing(int h, int mi, int s = 0)
{
    return QDateTime(QDate(2026, 11, 29), QTime(h, mi, s), Qt::UTC).addSecs(-8 * 3600);
}

VisitorRequest request(bool vehicle = false, QDateTime now = beijing(10, 0), Direction dir = Direction::In)
{
    VisitorRequest r;
    r.vehicle = vehicle;
    r.nowUtc = now;
    r.direction = dir;
    r.policy = Policy::defaults();
    return r;
}

QString str(Verdict v)
{
    return toString(v);
}
QString str(const QList<Reason>& reasons)
{
    QStringList names;
    for (Reason r : reasons)
        names.append(toString(r));
    return u'[' + names.join(u',') + u']';
}

} // namespace

class TestVisitorRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAllowOnFootAndCheckVehicles()
    {
        Decision d = verifyVisitor(request());
        QCOMPARE(str(d.verdict), str(Verdict::Allow));
        QCOMPARE(str(d.reasons), QStringLiteral("[]"));
        d = verifyVisitor(request(true));
        QCOMPARE(str(d.verdict), str(Verdict::Check));
        QCOMPARE(str(d.reasons), QStringLiteral("[]"));
    }

    void stationPolicyDecidesEntries_data()
    {
        QTest::addColumn<bool>("vehicle");
        QTest::addColumn<QString>("onFoot");
        QTest::addColumn<QString>("byVehicle");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foot deny") << false << "deny"
                                   << "allow"
                                   << "deny";
        QTest::newRow("foot check") << false << "check"
                                    << "deny"
                                    << "check";
        QTest::newRow("foot allow ignores vehicle deny") << false << "allow"
                                                         << "deny"
                                                         << "allow";
        QTest::newRow("vehicle allow") << true << "deny"
                                       << "allow"
                                       << "allow";
        QTest::newRow("vehicle deny") << true << "allow"
                                      << "deny"
                                      << "deny";
    }
    void stationPolicyDecidesEntries()
    {
        QFETCH(bool, vehicle);
        QFETCH(QString, onFoot);
        QFETCH(QString, byVehicle);
        QFETCH(QString, expected);
        VisitorRequest r = request(vehicle);
        r.policy.visitorVerdict = *verdictFromString(onFoot);
        r.policy.externalVehicleVisitorVerdict = *verdictFromString(byVehicle);
        QCOMPARE(str(verifyVisitor(r).verdict), expected);
    }

    void theHoursOfTheGateTheVisitorComesTo()
    {
        VisitorRequest r = request(true, beijing(21, 0));
        r.gate = QStringLiteral("north");
        r.policy.gateHours[QStringLiteral("north")].insert(Category::ExternalVehicle,
                                                           HoursWindow{QTime(7, 0), QTime(20, 0)});
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[outside_hours]"));
        r.gate = QStringLiteral("south");
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[]"));
    }

    void policyNeverKeepsAVisitorIn()
    {
        VisitorRequest r = request(false, beijing(10, 0), Direction::Out);
        r.policy.visitorVerdict = Verdict::Deny;
        QCOMPARE(str(verifyVisitor(r).verdict), str(Verdict::Allow));
        r.vehicle = true;
        r.policy.externalVehicleVisitorVerdict = Verdict::Deny;
        QCOMPARE(str(verifyVisitor(r).verdict), str(Verdict::Allow));
    }

    void hoursOfTheVisitorCategories_data()
    {
        QTest::addColumn<bool>("vehicle");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("reasons");
        QTest::addColumn<QString>("verdict");
        const int in = int(Direction::In);
        const int out = int(Direction::Out);
        QTest::newRow("23:00 in") << false << beijing(23, 0) << in << "[outside_hours]"
                                  << "deny";
        QTest::newRow("22:00:00 in") << false << beijing(22, 0) << in << "[outside_hours]"
                                     << "deny";
        QTest::newRow("21:59:59 in") << false << beijing(21, 59, 59) << in << "[]"
                                     << "allow";
        QTest::newRow("06:00 in") << false << beijing(6, 0) << in << "[]"
                                  << "allow";
        QTest::newRow("05:59 in") << false << beijing(5, 59) << in << "[outside_hours]"
                                  << "deny";
        QTest::newRow("23:00 out") << false << beijing(23, 0) << out << "[]"
                                   << "allow";
        QTest::newRow("vehicle 23:00 in") << true << beijing(23, 0) << in << "[outside_hours]"
                                          << "deny";
        QTest::newRow("vehicle 23:00 out") << true << beijing(23, 0) << out << "[]"
                                           << "allow";
    }
    void hoursOfTheVisitorCategories()
    {
        QFETCH(bool, vehicle);
        QFETCH(QDateTime, now);
        QFETCH(int, direction);
        QFETCH(QString, reasons);
        QFETCH(QString, verdict);
        const Decision d = verifyVisitor(request(vehicle, now, static_cast<Direction>(direction)));
        QCOMPARE(str(d.reasons), reasons);
        QCOMPARE(str(d.verdict), verdict);
    }

    void eachCategoryHasItsOwnHours()
    {
        VisitorRequest r = request(false, beijing(23, 0));
        r.policy.hours.remove(Category::Visitor); // on foot: any hour
        QCOMPARE(str(verifyVisitor(r).verdict), str(Verdict::Allow));
        r.vehicle = true; // external_vehicle keeps 06:00-22:00
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[outside_hours]"));
    }

    void temperature_data()
    {
        QTest::addColumn<double>("celsius");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("reasons");
        QTest::addColumn<QString>("verdict");
        const int in = int(Direction::In);
        const int out = int(Direction::Out);
        QTest::newRow("37.2 in") << 37.2 << in << "[]"
                                 << "allow";
        QTest::newRow("37.3 in: fever at the threshold") << 37.3 << in << "[fever]"
                                                         << "deny";
        QTest::newRow("38.5 out") << 38.5 << out << "[fever]"
                                  << "check";
        QTest::newRow("3.73 typo") << 3.73 << in << "[missing_temperature]"
                                   << "check";
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << in << "[missing_temperature]"
                             << "check";
    }
    void temperature()
    {
        QFETCH(double, celsius);
        QFETCH(int, direction);
        QFETCH(QString, reasons);
        QFETCH(QString, verdict);
        VisitorRequest r = request(false, beijing(10, 0), static_cast<Direction>(direction));
        r.temperature = celsius;
        const Decision d = verifyVisitor(r);
        QCOMPARE(str(d.reasons), reasons);
        QCOMPARE(str(d.verdict), verdict);
        // The same reading means the same on the pass path.
        QCOMPARE(str(temperatureReasons(celsius, static_cast<Direction>(direction), r.policy)), reasons);
    }

    void requiredTemperatureHoldsEntriesOnly()
    {
        VisitorRequest r = request();
        r.policy.temperatureRequired = true;
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[missing_temperature]"));
        QCOMPARE(str(verifyVisitor(r).verdict), str(Verdict::Check));
        r.direction = Direction::Out;
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[]"));
    }

    void strictestOfPolicyAndReasonsWins()
    {
        VisitorRequest r = request(false, beijing(23, 30));
        r.policy.visitorVerdict = Verdict::Check;
        r.temperature = 38.0;
        const Decision d = verifyVisitor(r);
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(d.reasons), QStringLiteral("[outside_hours,fever]"));
        // A policy deny with nothing else wrong: deny without a reason code.
        r = request();
        r.policy.visitorVerdict = Verdict::Deny;
        r.temperature = 36.5;
        QCOMPARE(str(verifyVisitor(r).verdict), str(Verdict::Deny));
        QCOMPARE(str(verifyVisitor(r).reasons), QStringLiteral("[]"));
    }

    void decisionFromSortsDenyFirst()
    {
        const Decision d =
            decisionFrom({Reason::HomeQuarantine, Reason::MissingTemperature, Reason::Fever}, Direction::In);
        QCOMPARE(str(d.reasons), QStringLiteral("[fever,missing_temperature,home_quarantine]"));
        QCOMPARE(str(d.verdict), str(Verdict::Deny));
        QCOMPARE(str(decisionFrom({Reason::HomeQuarantine}, Direction::In).verdict), str(Verdict::Allow));
        QCOMPARE(str(decisionFrom({}, Direction::Out).verdict), str(Verdict::Allow));
    }

    void policyJsonKeys()
    {
        const Policy defaults = Policy::defaults();
        QCOMPARE(str(defaults.visitorVerdict), str(Verdict::Allow));
        QCOMPARE(str(defaults.externalVehicleVisitorVerdict), str(Verdict::Check));
        const QJsonObject json = defaults.toJson();
        QCOMPARE(json.value(QLatin1String("visitor_verdict")).toString(), QStringLiteral("allow"));
        QCOMPARE(json.value(QLatin1String("vehicle_visitor_verdict")).toString(), QStringLiteral("check"));

        QString error;
        const Policy p = Policy::fromJson(
            QJsonObject{{QStringLiteral("visitor_verdict"), QStringLiteral("deny")},
                        {QStringLiteral("vehicle_visitor_verdict"), QStringLiteral("allow")}},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(str(p.visitorVerdict), str(Verdict::Deny));
        QCOMPARE(str(p.externalVehicleVisitorVerdict), str(Verdict::Allow));
        QVERIFY(Policy::fromJson(p.toJson()) == p);
    }

    void policyJsonRefusesBadVerdicts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown word") << "visitor_verdict" << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("upper case") << "visitor_verdict" << QJsonValue(QStringLiteral("DENY"));
        QTest::newRow("number") << "vehicle_visitor_verdict" << QJsonValue(1);
        QTest::newRow("bool") << "vehicle_visitor_verdict" << QJsonValue(true);
    }
    void policyJsonRefusesBadVerdicts()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QString error;
        const Policy p =
            Policy::fromJson(QJsonObject{{key, value}, {QStringLiteral("fever_threshold"), 37.0}}, &error);
        QVERIFY2(error.contains(u'"' + key + u'"'), qPrintable(error));
        QVERIFY(p == Policy::defaults()); // never half applied
    }
};

QTEST_GUILESS_MAIN(TestVisitorRules)
#include "TestVisitorRules.moc"
