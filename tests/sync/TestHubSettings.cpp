#include "sync/HubSettings.h"

#include <QTest>

using namespace gatepost::sync;

class TestHubSettings : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPartOfAUrl()
    {
        QString error;
        const auto s = HubSettings::fromUrl(
            QStringLiteral("postgresql://north_gate@hub.example.org:6543/qinghe?sslmode=verify-full"
                           "&sslrootcert=/etc/gatepost/ca.pem&sslcert=/etc/gatepost/north.crt"
                           "&sslkey=/etc/gatepost/north.key&connect_timeout=3"),
            &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->user, QStringLiteral("north_gate"));
        QCOMPARE(s->host, QStringLiteral("hub.example.org"));
        QCOMPARE(s->port, 6543);
        QCOMPARE(s->database, QStringLiteral("qinghe"));
        QCOMPARE(s->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(s->sslRootCert, QStringLiteral("/etc/gatepost/ca.pem"));
        QCOMPARE(s->sslCert, QStringLiteral("/etc/gatepost/north.crt"));
        QCOMPARE(s->sslKey, QStringLiteral("/etc/gatepost/north.key"));
        QCOMPARE(s->connectTimeoutSeconds, 3);
        QVERIFY(s->password.isEmpty());
    }

    void defaultsPortAndTlsMode()
    {
        const auto s = HubSettings::fromUrl(QStringLiteral("postgres://office@10.0.0.5/hub"), nullptr);
        QVERIFY(s);
        QCOMPARE(s->port, 5432);
        QCOMPARE(s->sslMode, QStringLiteral("prefer"));
        QCOMPARE(s->displayUrl(), QStringLiteral("postgresql://office@10.0.0.5:5432/hub"));
    }

    void refusesAUrlWithAPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user:password@") << QStringLiteral("postgresql://north:Tr0ub4dor@hub:5432/qinghe");
        QTest::newRow("empty password") << QStringLiteral("postgresql://north:@hub/qinghe");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://north@hub/qinghe?password=Tr0ub4dor");
        QTest::newRow("malformed port too")
            << QStringLiteral("postgresql://north:Tr0ub4dor@hub:99999999/qinghe");
    }

    void refusesAUrlWithAPassword()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!HubSettings::fromUrl(url, &error));
        QVERIFY2(error.contains(QLatin1String("visible to other users")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("GATEPOST_HUB_PASSWORD")));
        QVERIFY(!error.contains(QLatin1String("Tr0ub4dor")));
    }

    void refusesWhatIsNotAHubUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << QStringLiteral("http://north@hub/qinghe");
        QTest::newRow("no user") << QStringLiteral("postgresql://hub/qinghe");
        QTest::newRow("no database") << QStringLiteral("postgresql://north@hub:5432/");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://north@hub/qinghe?sslmode=sometimes");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://north@hub/qinghe?sslcompression=1");
        QTest::newRow("bad timeout") << QStringLiteral("postgresql://north@hub/qinghe?connect_timeout=0");
        QTest::newRow("not a url") << QStringLiteral("hub:5432");
    }

    void refusesWhatIsNotAHubUrl()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!HubSettings::fromUrl(url, &error));
        QVERIFY(!error.isEmpty());
    }

    void displayUrlNeverShowsThePassword()
    {
        HubSettings s;
        s.host = QStringLiteral("hub");
        s.database = QStringLiteral("qinghe");
        s.user = QStringLiteral("north");
        s.password = QStringLiteral("Tr0ub4dor");
        s.sslMode = QStringLiteral("require");
        const QString shown = s.displayUrl();
        QCOMPARE(shown, QStringLiteral("postgresql://north@hub:5432/qinghe?sslmode=require"));
        // What is shown reads back to the same place.
        const auto back = HubSettings::fromUrl(shown, nullptr);
        QVERIFY(back);
        QCOMPARE(back->user, s.user);
        QCOMPARE(back->sslMode, s.sslMode);
    }
};

QTEST_GUILESS_MAIN(TestHubSettings)
#include "TestHubSettings.moc"
