// Who was on duty, as the gate station records it (app::StationApp, the composition root the
// `gatepost` binary runs): a session left open by a killed run is closed when the station
// starts; the volunteer chosen in the real sign-on dialog is on duty; the gate screen's
// "Sign off" closes that session and the next sign-on opens another; closing the station ends
// the last one.

#include "app/Station.h"
#include "app/gui/StationApp.h"
#include "core/Auth.h"
#include "core/Duty.h"
#include "core/Registry.h"
#include "gui/Prompts.h"
#include "gui/StationWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatepost;

namespace {

QList<core::DutySession> sessionsIn(const QString& db)
{
    auto reader = app::Station::open(db, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
    return core::DutyLog(reader->db(), reader->clock()).sessions();
}

// Starts the real `gatepost --demo` on @p db and waits until it is ready to scan.
bool startDemoStation(QProcess& station, const QString& db, QByteArray* err)
{
    station.setProcessChannelMode(QProcess::SeparateChannels);
    station.start(QStringLiteral(GATEPOST_APP),
                  {QStringLiteral("--demo"), QStringLiteral("--db"), db, QStringLiteral("--gate"),
                   QStringLiteral("north"), QStringLiteral("--windowed")});
    if (!station.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    // A first start makes the demo community: minutes under ASan.
    while (waited.elapsed() < 280000 && station.state() == QProcess::Running) {
        station.waitForReadyRead(500);
        *err += station.readAllStandardError();
        if (err->contains("ready to scan"))
            return true;
    }
    return false;
}

// Answers the next sign-on dialog with @p name and @p pin, as a volunteer taps them in (it
// waits for the dialog to be open: the app opens it inside start() or after "Sign off").
void signOnInNextDialog(QObject* context, const QString& name, const QString& pin, bool* seen)
{
    auto* poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, name, pin, seen] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != QLatin1String("SignOnDialog"))
            return;
        poll->stop();
        poll->deleteLater();
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("operatorList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(name))
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(list->item(i)).center());
        for (QChar digit : pin)
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("pinKey%1").arg(digit)),
                              Qt::LeftButton);
        *seen = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text() == name;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signOnButton")), Qt::LeftButton);
    });
    poll->start(50);
}

} // namespace

class TestStationDuty : public QObject
{
    Q_OBJECT

private slots:
    void signOnAndOffAtTheGateAreRecorded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("north.db"));
        core::Operator lead;
        {
            auto station = app::Station::open(db, app::Station::Mode::CreateIfMissing);
            station->registry().initStation(QStringLiteral("north-1"), QStringLiteral("north"));
            const core::Actor admin = core::Actor::system(QStringLiteral("test"));
            station->auth().addOperator(QStringLiteral("王芳"), core::Role::Volunteer, QStringLiteral("1357"),
                                        admin);
            station->auth().addOperator(QStringLiteral("李强"), core::Role::ShiftLead, QStringLiteral("2468"),
                                        admin);
            lead = station->auth().signOn(QStringLiteral("李强"), QStringLiteral("2468")).op.value();
            // The run before this one was killed with 老张 on duty.
            core::Operator old;
            old.name = QStringLiteral("老张");
            core::DutyLog(station->db(), station->clock()).signOn(old, QStringLiteral("north"));
        }

        {
            bool firstDialog = false;
            signOnInNextDialog(this, QStringLiteral("王芳"), QStringLiteral("1357"), &firstDialog);
            app::StationApp stationApp;
            QCOMPARE(stationApp.start({QStringLiteral("gatepost"), QStringLiteral("--db"), db,
                                       QStringLiteral("--windowed")}),
                     0);
            QVERIFY(firstDialog);
            gui::StationWindow* window = stationApp.gateWindow();
            QVERIFY(window);
            QCOMPARE(window->signedOn().name, QStringLiteral("王芳"));

            QList<core::DutySession> s = sessionsIn(db);
            QCOMPARE(s.size(), 2);
            QCOMPARE(s[0].operatorName, QStringLiteral("老张"));
            QCOMPARE(core::toString(s[0].closedHow), QStringLiteral("restart"));
            QCOMPARE(s[1].operatorName, QStringLiteral("王芳"));
            QCOMPARE(s[1].gate, QStringLiteral("north"));
            QVERIFY(s[1].isOpen());

            // "Sign off" (the shift lead confirms), then 李强 signs on in the dialog that follows.
            bool secondDialog = false;
            gui::Prompts::setNextOperator(lead);
            signOnInNextDialog(this, QStringLiteral("李强"), QStringLiteral("2468"), &secondDialog);
            QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("signOffButton")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(secondDialog && stationApp.gateWindow(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(stationApp.gateWindow()->signedOn().name, QStringLiteral("李强"),
                                      10000);

            s = sessionsIn(db);
            QCOMPARE(s.size(), 3);
            QCOMPARE(s[1].operatorName, QStringLiteral("王芳"));
            QCOMPARE(core::toString(s[1].closedHow), QStringLiteral("sign_off"));
            QCOMPARE(s[2].operatorName, QStringLiteral("李强"));
            QCOMPARE(core::toString(s[2].role), QStringLiteral("shift_lead"));
            QVERIFY(s[2].isOpen());
        }
        // The station closed normally: 李强's duty ended with it.
        const QList<core::DutySession> s = sessionsIn(db);
        QCOMPARE(s.size(), 3);
        QCOMPARE(core::toString(s[2].closedHow), QStringLiteral("sign_off"));
        QVERIFY(s[2].offUtc >= s[2].onUtc);
    }

    // The real program killed mid-shift (the task manager, a power cut): its session stays open
    // in the file, and the next start closes it as `restart` before the new one opens.
    void aKilledStationsSessionIsClosedByTheNextStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        QByteArray err;
        {
            QProcess station;
            QVERIFY2(startDemoStation(station, db, &err), err.constData());
            station.kill();
            QVERIFY(station.waitForFinished(10000));
        }
        QList<core::DutySession> s = sessionsIn(db);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].operatorName, QStringLiteral("demo"));
        QVERIFY(s[0].isOpen());

        QProcess station;
        err.clear();
        QVERIFY2(startDemoStation(station, db, &err), err.constData());
        QVERIFY2(err.contains("1 duty session(s) left open by an earlier run closed"), err.constData());
        s = sessionsIn(db);
        QCOMPARE(s.size(), 2);
        QCOMPARE(core::toString(s[0].closedHow), QStringLiteral("restart"));
        // Its end is the last crossing the demo camera made it log (or the sign-on): never later
        // than the new start.
        QVERIFY(s[0].offUtc >= s[0].onUtc);
        QVERIFY(s[0].offUtc <= s[1].onUtc);
        QVERIFY(s[1].isOpen());
        station.kill();
        QVERIFY(station.waitForFinished(10000));
    }
};

QTEST_MAIN(TestStationDuty)
#include "TestStationDuty.moc"
