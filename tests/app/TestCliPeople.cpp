// gatepost-cli's registry commands end to end: the real executable on a real file, as a
// script would use them.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

namespace {

using Run = gatepost::test::CliRun;

QString validId(const QString& first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace

class TestCliPeople : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_id = validId(QStringLiteral("11010819900101123"));

    Run cli(const QStringList& args) { return gatepost::test::runCli(m_db, args); }
    qint64 total(const QString& what, const QStringList& more = {})
    {
        return cli(QStringList{what, QStringLiteral("list"), QStringLiteral("--json")} + more)
            .json()[QStringLiteral("total")]
            .toInteger(-1);
    }
    QJsonArray auditActions()
    {
        const QJsonArray rows =
            QJsonDocument::fromJson(cli({QStringLiteral("audit"), QStringLiteral("--json")}).out).array();
        QJsonArray actions;
        for (const QJsonValue& v : rows)
            actions.append(v[QStringLiteral("action")]);
        return actions;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
    }

    void households()
    {
        const Run added =
            cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("一号院 4号"),
                 QStringLiteral("--note"), QStringLiteral("东屋出租"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json()[QStringLiteral("courtyard")].toInt(), 1); // from the address
        QCOMPARE(
            cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("清河四街 12排 3号")})
                .exitCode,
            0);
        const Run twice =
            cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("清河四街  12排 3号")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("already registered"), twice.err.constData());
        QCOMPARE(cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--courtyard"), QStringLiteral("9")})
                     .exitCode,
                 2);
        QCOMPARE(total(QStringLiteral("household")), 2);
        QCOMPARE(total(QStringLiteral("household"), {QStringLiteral("--search"), QStringLiteral("12排")}), 1);
    }

    void people()
    {
        const QString photo = QStringLiteral(GATEPOST_TEST_DATA "/frames/clean_720p.jpg");
        const Run added = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("王小明"), QStringLiteral("--category"),
                               QStringLiteral("registered_resident"), QStringLiteral("--household"),
                               QStringLiteral("清河四街 12排 3号"), QStringLiteral("--phone"),
                               QStringLiteral("+86 138 1234 5678"), QStringLiteral("--id-number"), m_id,
                               QStringLiteral("--photo"), photo, QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject p = added.json();
        QCOMPARE(p[QStringLiteral("phone")].toString(), QStringLiteral("138****5678"));
        QCOMPARE(p[QStringLiteral("id_number")].toString(), QStringLiteral("110***********") + m_id.right(4));
        QVERIFY(p[QStringLiteral("has_photo")].toBool());
        const QString id = QString::number(p[QStringLiteral("id")].toInteger());

        // Refused with a plain sentence, and nothing written: a bad check digit, a text file as photo.
        const QString badId = m_id.left(17) + (m_id.endsWith(u'1') ? u'2' : u'1');
        const Run bad = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("张三"), QStringLiteral("--category"), QStringLiteral("visitor"),
                             QStringLiteral("--id-number"), badId});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("not a valid resident ID number"), bad.err.constData());
        QVERIFY(!bad.err.contains(badId.toUtf8())); // masked
        const QString text = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,phone\n");
        f.close();
        const Run notAPhoto = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("张三"), QStringLiteral("--category"),
                                   QStringLiteral("visitor"), QStringLiteral("--photo"), text});
        QCOMPARE(notAPhoto.exitCode, 1);
        QVERIFY2(notAPhoto.err.contains("not a JPEG or PNG"), notAPhoto.err.constData());
        QCOMPARE(total(QStringLiteral("person")), 1);

        // Found by pinyin initials, masked; shown in full only when asked, and that is audited.
        const Run found = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--search"),
                               QStringLiteral("wxm"), QStringLiteral("--json")});
        QCOMPARE(found.json()[QStringLiteral("total")].toInt(), 1);
        QVERIFY(!found.out.contains(m_id.toUtf8()));
        QVERIFY(!found.out.contains("13812345678"));
        const Run shown =
            cli({QStringLiteral("person"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains(m_id.toUtf8()));
        QVERIFY(!auditActions().contains(QStringLiteral("reveal_id_number")));
        const Run revealed =
            cli({QStringLiteral("person"), QStringLiteral("show"), id, QStringLiteral("--reveal"),
                 QStringLiteral("id"), QStringLiteral("--json")});
        QCOMPARE(revealed.json()[QStringLiteral("id_number")].toString(), m_id);
        QCOMPARE(revealed.json()[QStringLiteral("phone")].toString(), QStringLiteral("138****5678"));
        QVERIFY(auditActions().contains(QStringLiteral("reveal_id_number")));
        QVERIFY(auditActions().contains(QStringLiteral("person_add")));
        QVERIFY(auditActions().contains(QStringLiteral("photo_set")));
    }

    void vehicles()
    {
        const Run ev =
            cli({QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("京AD12345"),
                 QStringLiteral("--household"), QStringLiteral("一号院 4号"), QStringLiteral("--json")});
        QCOMPARE(ev.exitCode, 0);
        QCOMPARE(ev.json()[QStringLiteral("plate_display")].toString(), QStringLiteral("京A·D12345"));
        QCOMPARE(cli({QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("京a·d12345"),
                      QStringLiteral("--external")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("京B12345")}).exitCode,
                 2);
        const Run bad = cli({QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("京A123"),
                             QStringLiteral("--external")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("not a licence plate"), bad.err.constData());
        QCOMPARE(total(QStringLiteral("vehicle"), {QStringLiteral("--search"), QStringLiteral("ad 123")}), 1);
    }

    void batchIssueAndPassActions()
    {
        const Run batch = cli({QStringLiteral("issue"), QStringLiteral("--household"),
                               QStringLiteral("一号院 4号"), QStringLiteral("--json")});
        QCOMPARE(batch.exitCode, 0);
        QCOMPARE(batch.json()[QStringLiteral("issued")].toInt(), 1); // the car
        const Run courtyard0 = cli({QStringLiteral("issue"), QStringLiteral("--courtyard"),
                                    QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(courtyard0.json()[QStringLiteral("issued")].toInt(), 1); // 王小明
        const Run again = cli({QStringLiteral("issue"), QStringLiteral("--category"),
                               QStringLiteral("registered_resident"), QStringLiteral("--json")});
        QCOMPARE(again.json()[QStringLiteral("issued")].toInt(), 0);
        QCOMPARE(again.json()[QStringLiteral("skipped")].toInt(), 1);
        const QString serial = courtyard0.json()[QStringLiteral("serials")].toArray().first().toString();

        const Run noReason = cli({QStringLiteral("pass"), QStringLiteral("suspend"), serial});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains("--reason"), noReason.err.constData());
        auto status = [&](const QStringList& args) {
            const Run r =
                cli(QStringList{QStringLiteral("pass")} + args + QStringList{QStringLiteral("--json")});
            return r.exitCode == 0
                       ? QJsonDocument::fromJson(r.out).object()[QStringLiteral("status")].toString()
                       : QString::fromUtf8(r.err);
        };
        QCOMPARE(status({QStringLiteral("suspend"), serial, QStringLiteral("--reason"),
                         QStringLiteral("居家隔离")}),
                 QStringLiteral("suspended"));
        QCOMPARE(status({QStringLiteral("resume"), serial}), QStringLiteral("active"));
        QCOMPARE(status({QStringLiteral("lost"), serial, QStringLiteral("--reason"), QStringLiteral("丢了")}),
                 QStringLiteral("lost"));
        QVERIFY(status({QStringLiteral("resume"), serial}).contains(QStringLiteral("does not apply")));
        const Run extended =
            cli({QStringLiteral("pass"), QStringLiteral("extend"), serial, QStringLiteral("--until"),
                 QStringLiteral("2099-12-31"), QStringLiteral("--reason"), QStringLiteral("续期"),
                 QStringLiteral("--json")});
        QCOMPARE(extended.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(extended.out).object()[QStringLiteral("valid_until")].toString(),
                 QStringLiteral("2099-12-31"));
        QCOMPARE(cli({QStringLiteral("pass"), QStringLiteral("extend"), serial, QStringLiteral("--until"),
                      QStringLiteral("2000-01-01"), QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 1);
        QVERIFY(auditActions().contains(QStringLiteral("pass_extend")));
        QCOMPARE(
            cli({QStringLiteral("issue"), QStringLiteral("--household"), QStringLiteral("nowhere")}).exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "TestCliPeople.moc"
