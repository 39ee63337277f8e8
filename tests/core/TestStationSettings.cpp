#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Database.h"
#include "core/Policy.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "core/SyncSettings.h"

#include <QJsonObject>
#include <QTest>

using namespace gatepost;
using namespace gatepost::core;

namespace {

StationSettings custom()
{
    StationSettings s;
    s.camera = QStringLiteral("/dev/v4l/by-id/usb-046d_C270-video-index0");
    s.cameraWidth = 640;
    s.cameraHeight = 480;
    s.direction = Direction::Out;
    s.muted = true;
    s.speakVerdicts = false;
    s.rapidModeSeconds = 0;
    s.kiosk = false;
    s.language = QStringLiteral("zh_CN");
    return s;
}

QString storedValue(Database& db)
{
    Statement q = db.prepare("SELECT value FROM settings WHERE key = 'station'");
    return q.step() ? q.text(0) : QString();
}

} // namespace

class TestStationSettings : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    const Actor kLead = Actor::operatorNamed(QStringLiteral("李班长"));

private slots:
    void defaults()
    {
        const StationSettings s;
        QCOMPARE(s.camera, QString());
        QCOMPARE(s.cameraWidth, 1280);
        QCOMPARE(s.cameraHeight, 720);
        QVERIFY(s.direction == Direction::In);
        QVERIFY(!s.muted);
        QVERIFY(s.speakVerdicts);
        QCOMPARE(s.rapidModeSeconds, 4);
        QVERIFY(s.kiosk);
        QCOMPARE(s.language, QString());
    }

    void jsonRoundTrip()
    {
        const StationSettings s = custom();
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(json.value(QLatin1String("rapid_mode_seconds")).toInt(), 0);
        QString error = QStringLiteral("not cleared");
        QVERIFY(StationSettings::fromJson(json, &error) == s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(StationSettings::fromJson(StationSettings{}.toJson()) == StationSettings{});
    }

    void missingKeysKeepDefaultsUnknownKeysIgnored()
    {
        QString error;
        const StationSettings s = StationSettings::fromJson(
            QJsonObject{{QStringLiteral("muted"), true}, {QStringLiteral("volume"), 11}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StationSettings expected;
        expected.muted = true;
        QVERIFY(s == expected);
    }

    void badValuesAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("camera not text") << "camera" << QJsonValue(0);
        QTest::newRow("width zero") << "camera_width" << QJsonValue(0);
        QTest::newRow("width fraction") << "camera_width" << QJsonValue(640.5);
        QTest::newRow("width as text") << "camera_width" << QJsonValue(QStringLiteral("640"));
        QTest::newRow("height huge") << "camera_height" << QJsonValue(100000);
        QTest::newRow("direction sideways") << "direction" << QJsonValue(QStringLiteral("sideways"));
        QTest::newRow("direction bool") << "direction" << QJsonValue(true);
        QTest::newRow("muted as number") << "muted" << QJsonValue(1);
        QTest::newRow("speak as text") << "speak_verdicts" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("rapid negative") << "rapid_mode_seconds" << QJsonValue(-1);
        QTest::newRow("rapid too long") << "rapid_mode_seconds" << QJsonValue(61);
        QTest::newRow("kiosk null") << "kiosk" << QJsonValue(QJsonValue::Null);
        QTest::newRow("language unknown") << "language" << QJsonValue(QStringLiteral("fr"));
    }
    void badValuesAreRefusedNamingTheKey()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = custom().toJson();
        json.insert(key, value);
        QString error;
        const StationSettings s = StationSettings::fromJson(json, &error);
        QVERIFY2(error.contains(u'"' + key + u'"'), qPrintable(error));
        QVERIFY(s == StationSettings{}); // never half applied
    }

    void loadGivesDefaultsWhenNothingIsStored()
    {
        test::TempDb t;
        QString error = QStringLiteral("not cleared");
        QVERIFY(StationSettings::load(t.db(), &error) == StationSettings{});
        QVERIFY(error.isEmpty());
    }

    void saveAndLoadSurviveARestart()
    {
        test::TempDb t;
        StationSettings::save(t.db(), custom(), kLead, m_clock);
        t.reopen();
        QVERIFY(StationSettings::load(t.db()) == custom());
        // A second save replaces the first.
        StationSettings s = custom();
        s.direction = Direction::In;
        StationSettings::save(t.db(), s, kLead, m_clock);
        QVERIFY(StationSettings::load(t.db()) == s);
        Statement q = t.db().prepare("SELECT count(*) FROM settings WHERE key = 'station'");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 1);
    }

    void aChangeIsAnAuditRowWithBeforeAndAfter()
    {
        test::TempDb t;
        StationSettings::save(t.db(), custom(), kLead, m_clock);
        StationSettings quieter = custom();
        quieter.muted = false;
        m_clock.advanceSecs(60);
        StationSettings::save(t.db(), quieter, kLead, m_clock);
        StationSettings::save(t.db(), quieter, kLead, m_clock); // unchanged: no row
        const QList<AuditEntry> rows = AuditTrail(t.db(), m_clock).query();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].action, QStringLiteral("settings_change"));
        QCOMPARE(rows[1].actor, QStringLiteral("李班长"));
        QCOMPARE(rows[1].actorKind, QStringLiteral("operator"));
        QCOMPARE(rows[1].atUtc, m_clock.nowUtc());
        QVERIFY2(rows[1].before.contains(QStringLiteral("\"muted\":true")), qPrintable(rows[1].before));
        QVERIFY2(rows[1].after.contains(QStringLiteral("\"muted\":false")), qPrintable(rows[1].after));
        QVERIFY(AuditTrail(t.db(), m_clock).verify().ok);
    }

    void savingAnInvalidValueWritesNothing()
    {
        test::TempDb t;
        StationSettings::save(t.db(), custom(), kLead, m_clock);
        const QString before = storedValue(t.db());
        StationSettings bad = custom();
        bad.cameraWidth = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StationSettings::save(t.db(), bad, kLead, m_clock));
        QCOMPARE(storedValue(t.db()), before);
    }

    // The sync settings' refusals are codes with the field (the GUI translates them), never
    // the address itself when it carries a password.
    void syncSettingsAreRefusedWithCodes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("staleHours");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("field");
        const QString ok = QStringLiteral("postgresql://gate_north@10.0.0.2:5432/gp");
        QTest::newRow("password in the address")
            << QStringLiteral("postgresql://gate_north:hunter2@10.0.0.2/gp") << 5 << 24
            << int(RefusalCode::HubUrlHasPassword) << int(RefusalField::HubUrl);
        QTest::newRow("not postgresql") << QStringLiteral("http://hub/gp") << 5 << 24
                                        << int(RefusalCode::HubUrlInvalid) << int(RefusalField::HubUrl);
        QTest::newRow("no host") << QStringLiteral("postgresql:///gp") << 5 << 24
                                 << int(RefusalCode::HubUrlInvalid) << int(RefusalField::HubUrl);
        QTest::newRow("interval 0") << ok << 0 << 24 << int(RefusalCode::ValueOutOfRange)
                                    << int(RefusalField::SyncInterval);
        QTest::newRow("interval 3601")
            << ok << 3601 << 24 << int(RefusalCode::ValueOutOfRange) << int(RefusalField::SyncInterval);
        QTest::newRow("stale 721 h") << ok << 5 << 721 << int(RefusalCode::ValueOutOfRange)
                                     << int(RefusalField::StaleRegistryHours);
    }
    void syncSettingsAreRefusedWithCodes()
    {
        QFETCH(QString, url);
        QFETCH(int, interval);
        QFETCH(int, staleHours);
        QFETCH(int, code);
        QFETCH(int, field);
        test::TempDb t;
        SyncSettings s;
        s.hubUrl = url;
        s.intervalSeconds = interval;
        s.staleRegistryHours = staleHours;
        try {
            SyncSettings::save(t.db(), s, kLead, m_clock);
            QFAIL("saved");
        } catch (const RefusedError& e) {
            QCOMPARE(toString(e.refusal().code), toString(RefusalCode(code)));
            QCOMPARE(toString(e.refusal().field), toString(RefusalField(field)));
            QVERIFY2(!QString::fromUtf8(e.what()).contains(QStringLiteral("hunter2")), e.what());
        }
        QVERIFY(SyncSettings::load(t.db()) == SyncSettings{});
        QCOMPARE(AuditTrail(t.db(), m_clock).query().size(), 0);
    }

    // The settings screen's Save: station settings, policy and sync commit together or not at all.
    void settingsPolicyAndSyncSaveAsOne()
    {
        test::TempDb t;
        Registry registry(t.db(), m_clock);
        Policy policy = Policy::defaults();
        policy.temperatureRequired = !policy.temperatureRequired;
        SyncSettings sync;
        sync.hubUrl = QStringLiteral("postgresql://gate:pw@hub/gp"); // refused
        QVERIFY_THROWS_EXCEPTION(
            RefusedError, saveSettingsAndPolicy(t.db(), registry, custom(), policy, sync, kLead, m_clock));
        QVERIFY(StationSettings::load(t.db()) == StationSettings{});
        QVERIFY(registry.policy() == Policy::defaults());
        QCOMPARE(AuditTrail(t.db(), m_clock).query().size(), 0);

        sync.hubUrl = QStringLiteral("postgresql://gate@hub:5432/gp");
        sync.hubPassword = QStringLiteral("pw-Secret");
        saveSettingsAndPolicy(t.db(), registry, custom(), policy, sync, kLead, m_clock);
        QVERIFY(StationSettings::load(t.db()) == custom());
        QVERIFY(registry.policy() == policy);
        QVERIFY(SyncSettings::load(t.db()) == sync);
        QStringList actions;
        for (const AuditEntry& e : AuditTrail(t.db(), m_clock).query()) {
            actions << e.action;
            QVERIFY(!e.after.contains(QStringLiteral("pw-Secret")) &&
                    !e.before.contains(QStringLiteral("pw-Secret")));
        }
        QVERIFY2(actions.contains(QStringLiteral("settings_change")) &&
                     actions.contains(QStringLiteral("sync_hub_change")),
                 qPrintable(actions.join(QLatin1Char(','))));
    }

    void damagedStoredSettingsGiveDefaultsAndSaySo_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{muted: yes"
                                  << "damaged";
        QTest::newRow("not an object") << "[1, 2]"
                                       << "damaged";
        QTest::newRow("bad value") << R"({"rapid_mode_seconds": 900})"
                                   << "rapid_mode_seconds";
    }
    void damagedStoredSettingsGiveDefaultsAndSaySo()
    {
        QFETCH(QString, stored);
        QFETCH(QString, mentions);
        test::TempDb t;
        t.db().prepare("INSERT INTO settings (key, value) VALUES ('station', ?1)").bind(1, stored).exec();
        QString error;
        QVERIFY(StationSettings::load(t.db(), &error) == StationSettings{});
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStationSettings)
#include "TestStationSettings.moc"
