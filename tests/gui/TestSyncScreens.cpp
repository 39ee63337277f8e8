// What the volunteer, the shift lead and the office see of sync: the status strip's sync line
// in Chinese and English, the settings' sync tab, joining the office's community, and USB
// bundles carried from one station file to another through the buttons. Real widgets on real
// SQLite files, offscreen; the stations are built like tests/core/SyncFixture.h does.

#include "../core/SyncFixture.h"
#include "Widgets.h"
#include "core/Crypto.h"
#include "gui/EnrolDialog.h"
#include "gui/Language.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"
#include "gui/SettingsDialog.h"
#include "gui/StatusStrip.h"
#include "gui/SyncActions.h"
#include "gui/SyncSettingsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>

using namespace gatepost;
using gatepost::test::child;

namespace {

// Events from other stations (an import also writes this station's own audit event).
constexpr const char* kReceived =
    "SELECT count(*) FROM sync_events WHERE origin <> (SELECT station_id FROM station_identity)";

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

// 2026-03-01 14:05 in Shanghai.
QDateTime utc(int day, int h, int m)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC);
}

} // namespace

class TestSyncScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Only this language's translations, as gatepost --lang installs them.
    static void useLanguage(const QString& lang)
    {
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(lang));
        QCOMPARE(gui::installTranslations(QLocale(lang)), lang);
    }
    static QString text(const QWidget& w, const char* label) { return child<QLabel>(w, label)->text(); }
    static bool shown(const QWidget& w, const char* name) { return child<QWidget>(w, name)->isVisible(); }

    // A station standing alone with nothing in it yet (it may join), with its event log attached.
    struct Fresh
    {
        test::TempDb t;
        core::EventLog events;
        core::Registry reg;
        core::StationIdentity id;
        Fresh(const core::Clock& clock, const QString& name, const QString& gate)
            : events(t.db(), clock)
            , reg(t.db(), clock)
        {
            events.attach();
            id = reg.initStation(name, gate);
        }
    };

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { gui::Prompts::clearScript(); }
    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }

    // --- The status strip -------------------------------------------------------------------

    void stripSaysHowSyncIsGoing_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QDateTime>("offlineSince");
        QTest::addColumn<qint64>("crossings");
        QTest::addColumn<QString>("expected");
        using S = core::SyncHealth::State;
        const QDateTime at1405 = utc(1, 6, 5);
        QTest::newRow("zh synced") << "zh_CN" << int(S::Synced) << qint64(12) << QDateTime() << qint64(0)
                                   << QStringLiteral("已同步 12 秒前");
        QTest::newRow("en synced") << "en" << int(S::Synced) << qint64(12) << QDateTime() << qint64(0)
                                   << QStringLiteral("Synced 12 s ago");
        QTest::newRow("en synced minutes") << "en" << int(S::Synced) << qint64(150) << QDateTime()
                                           << qint64(0) << QStringLiteral("Synced 2 min ago");
        QTest::newRow("zh offline") << "zh_CN" << int(S::Offline) << qint64(600) << at1405 << qint64(37)
                                    << QStringLiteral("离线，自 14:05 起 · 37 条通行记录待上传");
        QTest::newRow("en offline") << "en" << int(S::Offline) << qint64(600) << at1405 << qint64(37)
                                    << QStringLiteral("Offline since 14:05 · 37 crossings waiting");
        QTest::newRow("en offline one") << "en" << int(S::Offline) << qint64(600) << at1405 << qint64(1)
                                        << QStringLiteral("Offline since 14:05 · 1 crossing waiting");
        QTest::newRow("en offline since yesterday")
            << "en" << int(S::Offline) << qint64(26 * 3600) << at1405 << qint64(0)
            << QStringLiteral("Offline since 03-01 14:05 · changes waiting: 5");
        QTest::newRow("zh never reached")
            << "zh_CN" << int(S::Offline) << qint64(-1) << QDateTime() << qint64(3)
            << QStringLiteral("离线，从未连上同步服务器 · 3 条通行记录待上传");
        QTest::newRow("en never reached")
            << "en" << int(S::Offline) << qint64(-1) << QDateTime() << qint64(3)
            << QStringLiteral("Offline, hub never reached · 3 crossings waiting");
        QTest::newRow("zh connecting") << "zh_CN" << int(S::Connecting) << qint64(-1) << QDateTime()
                                       << qint64(0) << QStringLiteral("正在连接同步服务器…");
        QTest::newRow("en connecting") << "en" << int(S::Connecting) << qint64(-1) << QDateTime() << qint64(0)
                                       << QStringLiteral("Connecting to the hub…");
    }
    void stripSaysHowSyncIsGoing()
    {
        QFETCH(QString, lang);
        QFETCH(int, state);
        QFETCH(qint64, seconds);
        QFETCH(QDateTime, offlineSince);
        QFETCH(qint64, crossings);
        QFETCH(QString, expected);
        useLanguage(lang);
        gui::StatusStrip strip;
        strip.setTimeZone(kShanghai);
        strip.resize(1024, 80);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QVERIFY(!shown(strip, "syncBar")); // nothing said before the worker reports
        core::SyncHealth h;
        h.state = core::SyncHealth::State(state);
        h.secondsSinceContact = seconds;
        h.offlineSinceUtc = offlineSince;
        h.waiting = crossings + 5;
        h.waitingCrossings = crossings;
        strip.setSyncHealth(h);
        QVERIFY(strip.syncShown());
        QVERIFY(shown(strip, "syncStatusLabel"));
        QCOMPARE(text(strip, "syncStatusLabel"), expected);
        QVERIFY(!shown(strip, "registryStaleLabel"));
        QVERIFY(!shown(strip, "syncProblemsLabel"));
        // Green when synced, red when offline, grey while connecting (as the camera word).
        const QString style = child<QLabel>(strip, "syncStatusLabel")->styleSheet();
        using S = core::SyncHealth::State;
        QVERIFY2(style.contains(S(state) == S::Synced    ? QStringLiteral("#1B7F3B")
                                : S(state) == S::Offline ? QStringLiteral("#B3261E")
                                                         : QStringLiteral("#5F6368")),
                 qPrintable(style));
    }

    void stripHidesSyncWhenStandingAlone()
    {
        useLanguage(QStringLiteral("en"));
        gui::StatusStrip strip;
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Synced;
        h.secondsSinceContact = 3;
        strip.setSyncHealth(h);
        QVERIFY(shown(strip, "syncBar"));
        const int withSync = strip.sizeHint().height();
        h = core::SyncHealth{}; // the hub address was cleared: standalone
        h.conflicts = 2;
        h.registryStale = true;
        strip.setSyncHealth(h);
        QVERIFY(!strip.syncShown());
        QVERIFY(!shown(strip, "syncBar"));
        QVERIFY(strip.sizeHint().height() < withSync); // no empty line left behind
    }

    void stripWarnsOfAStalePassListAndCountsProblems_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("never");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("counts");
        QTest::newRow("zh") << "zh_CN" << false << QStringLiteral("名单最后更新于 11-29 10:15，可能缺少撤销")
                            << QStringLiteral("冲突：2 · 被拒：4");
        QTest::newRow("en") << "en" << false
                            << QStringLiteral("Pass list from 11-29 10:15 — revocations may be missing")
                            << QStringLiteral("Conflicts: 2 · Refused: 4");
        QTest::newRow("zh never") << "zh_CN" << true
                                  << QStringLiteral("名单从未收到办公室的更新，可能缺少撤销")
                                  << QStringLiteral("冲突：2 · 被拒：4");
        QTest::newRow("en never") << "en" << true
                                  << QStringLiteral("Pass list never received — revocations may be missing")
                                  << QStringLiteral("Conflicts: 2 · Refused: 4");
    }
    void stripWarnsOfAStalePassListAndCountsProblems()
    {
        QFETCH(QString, lang);
        QFETCH(bool, never);
        QFETCH(QString, warning);
        QFETCH(QString, counts);
        useLanguage(lang);
        gui::StatusStrip strip;
        strip.setTimeZone(kShanghai);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Synced;
        h.secondsSinceContact = 4;
        h.registryStale = true;
        if (!never)
            h.lastRegistryUtc = QDateTime(QDate(2026, 11, 29), QTime(2, 15), Qt::UTC);
        h.conflicts = 2;
        h.refused = 4;
        strip.setSyncHealth(h);
        QVERIFY(shown(strip, "registryStaleLabel"));
        QCOMPARE(text(strip, "registryStaleLabel"), warning);
        QVERIFY(child<QLabel>(strip, "registryStaleLabel")->styleSheet().contains(QStringLiteral("#9A5B00")));
        QVERIFY(shown(strip, "syncProblemsLabel"));
        QCOMPARE(text(strip, "syncProblemsLabel"), counts);
        // Only the counts there are.
        h.conflicts = 0;
        strip.setSyncHealth(h);
        QCOMPARE(text(strip, "syncProblemsLabel"), counts.mid(counts.indexOf(QStringLiteral(" · ")) + 3));
        h.refused = 0;
        h.registryStale = false;
        strip.setSyncHealth(h);
        QVERIFY(!shown(strip, "syncProblemsLabel"));
        QVERIFY(!shown(strip, "registryStaleLabel"));
    }

    // --- The settings' sync tab --------------------------------------------------------------

    void syncTabRoundTripsAndKeepsThePassword()
    {
        useLanguage(QStringLiteral("en"));
        test::FakeClock clock;
        Fresh north(clock, QStringLiteral("north-1"), QStringLiteral("north"));
        core::SyncSettings stored;
        stored.hubUrl = QStringLiteral("postgresql://gate_north@10.0.0.2:5432/gatepost");
        stored.hubPassword = QStringLiteral("s3cret-pw");
        stored.intervalSeconds = 9;
        stored.staleRegistryHours = 48;
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), stored, north.id,
                                   nullptr);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Untouched: everything comes back, the password too (an empty field keeps it).
        QVERIFY(dialog.syncSettings() == stored);
        auto* password = child<QLineEdit>(dialog, "hubPasswordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->text().isEmpty()); // never shown, not even masked
        // This station's fingerprint, selectable; no office yet, and no actions without SyncActions.
        auto* fp = child<QLabel>(dialog, "stationFingerprintLabel");
        QCOMPARE(fp->text().simplified(),
                 core::crypto::fingerprint(core::crypto::keyFromHex(north.id.publicKey)));
        QVERIFY(fp->textInteractionFlags() & Qt::TextSelectableByMouse);
        auto* panel = child<QWidget>(dialog, "syncSettingsPanel");
        QVERIFY(!child<QLabel>(dialog, "officeFingerprintLabel")->isVisibleTo(panel));
        QVERIFY(!child<QPushButton>(dialog, "exportBundleButton")->isVisibleTo(panel));

        child<QLineEdit>(dialog, "hubUrlEdit")
            ->setText(QStringLiteral(" postgresql://gate_north@hub:5432/gp "));
        QTest::keyClicks(password, QStringLiteral("new-pw"));
        child<QSpinBox>(dialog, "syncIntervalSpin")->setValue(30);
        child<QSpinBox>(dialog, "staleHoursSpin")->setValue(6);
        core::SyncSettings s = dialog.syncSettings();
        QCOMPARE(s.hubUrl, QStringLiteral("postgresql://gate_north@hub:5432/gp"));
        QCOMPARE(s.hubPassword, QStringLiteral("new-pw"));
        QCOMPARE(s.intervalSeconds, 30);
        QCOMPARE(s.staleRegistryHours, 6);
        // Forgetting the stored password empties it.
        child<QCheckBox>(dialog, "forgetPasswordCheck")->setChecked(true);
        QVERIFY(!password->isEnabled());
        QVERIFY(dialog.syncSettings().hubPassword.isEmpty());
        // The old constructor has no sync tab, and the dialog says nothing about sync.
        gui::SettingsDialog plain(core::StationSettings{}, core::Policy::defaults());
        QVERIFY(!plain.syncPanel());
        QVERIFY(plain.syncSettings() == core::SyncSettings{});
    }

    void officeFingerprintShowsInACommunity()
    {
        useLanguage(QStringLiteral("en"));
        test::Community c;
        gui::SyncActions actions(*c.north.events, *c.north.reg,
                                 core::Actor::operatorNamed(QStringLiteral("lead")));
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), {}, c.north.id,
                                   &actions);
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* office = child<QLabel>(dialog, "officeFingerprintLabel");
        QVERIFY(office->isVisibleTo(&dialog));
        QCOMPARE(office->text().simplified(),
                 core::crypto::fingerprint(core::crypto::keyFromHex(c.office.id.publicKey)));
        QVERIFY(!child<QPushButton>(dialog, "joinCommunityButton")->isVisibleTo(&dialog)); // already in one
        QVERIFY(child<QPushButton>(dialog, "exportBundleButton")->isVisibleTo(&dialog));
        QVERIFY(child<QPushButton>(dialog, "importBundleButton")->isVisibleTo(&dialog));
    }

    // --- Joining the office's community ----------------------------------------------------

    void enrolDialogShowsTheOfficeFingerprintOnlyForAValidKey()
    {
        useLanguage(QStringLiteral("en"));
        test::FakeClock clock;
        Fresh office(clock, QStringLiteral("office"), QStringLiteral("office"));
        Fresh north(clock, QStringLiteral("north-1"), QStringLiteral("north"));
        gui::EnrolDialog dialog(north.id);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(dialog, "stationFingerprintLabel")->text().simplified(),
                 core::crypto::fingerprint(core::crypto::keyFromHex(north.id.publicKey)));
        auto* key = child<QLineEdit>(dialog, "officeKeyEdit");
        auto* office_fp = child<QLabel>(dialog, "officeFingerprintLabel");
        auto* compared = child<QCheckBox>(dialog, "comparedCheck");
        auto* ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!office_fp->isVisible());
        QVERIFY(!ok->isEnabled());
        // 63 characters, then a letter that is not hex: no fingerprint, nothing to tick.
        QTest::keyClicks(key, office.id.publicKey.left(63));
        QVERIFY(!office_fp->isVisible());
        QVERIFY(!compared->isEnabled());
        QTest::keyClicks(key, QStringLiteral("g"));
        QVERIFY(!office_fp->isVisible());
        key->backspace();
        QTest::keyClicks(key, office.id.publicKey.right(1).toUpper()); // pasted in capitals
        QVERIFY(office_fp->isVisible());
        QCOMPARE(office_fp->text().simplified(),
                 core::crypto::fingerprint(core::crypto::keyFromHex(office.id.publicKey)));
        QCOMPARE(office_fp->text().count(QLatin1Char('\n')), 3); // large, four groups a line
        QVERIFY(!ok->isEnabled()); // not before the lead says both were compared
        compared->setChecked(true);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.officeKey(), office.id.publicKey);
        // Changing the key takes the tick away: it was given for the other key.
        key->backspace();
        QVERIFY(!ok->isEnabled());
        QVERIFY(!compared->isChecked());
        QTest::keyClicks(key, office.id.publicKey.right(1));
        compared->setChecked(true);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void joiningThroughTheSyncTab()
    {
        useLanguage(QStringLiteral("zh_CN"));
        test::FakeClock clock;
        Fresh office(clock, QStringLiteral("office"), QStringLiteral("office"));
        Fresh north(clock, QStringLiteral("north-1"), QStringLiteral("north"));
        gui::SyncActions actions(north.events, north.reg, core::Actor::operatorNamed(QStringLiteral("赵敏")));
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), {}, north.id, &actions);
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* join = child<QPushButton>(dialog, "joinCommunityButton");
        QVERIFY(join->isVisibleTo(&dialog));
        QVERIFY(!child<QLabel>(dialog, "officeFingerprintLabel")->isVisibleTo(&dialog));

        // The lead pastes the office's key, compares and ticks, and joins.
        bool drove = false;
        QTimer::singleShot(0, this, [&] {
            auto* enrol = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(enrol && enrol->objectName() == QLatin1String("enrolDialog"));
            child<QLineEdit>(enrol, "officeKeyEdit")->setText(office.id.publicKey);
            child<QCheckBox>(enrol, "comparedCheck")->setChecked(true);
            QTest::mouseClick(child<QPushButton>(enrol, "okButton"), Qt::LeftButton);
            drove = true;
        });
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(drove);
        const auto now = north.reg.station();
        QCOMPARE(now->community, office.id.stationId);
        QVERIFY(!now->standsAlone());
        // The office's fingerprint shows now, and the lead is told to give the office this key.
        QVERIFY(child<QLabel>(dialog, "officeFingerprintLabel")->isVisibleTo(&dialog));
        QVERIFY(!join->isVisibleTo(&dialog));
        const QString told = child<QLabel>(dialog, "syncResultLabel")->text();
        QVERIFY2(told.contains(north.id.publicKey) && told.contains(QStringLiteral("办公室")),
                 qPrintable(told));
        const core::AuditEntry audited = core::AuditTrail(north.t.db(), clock).query().last();
        QCOMPARE(audited.action, QStringLiteral("station_join"));
        QCOMPARE(audited.actor, QStringLiteral("赵敏"));

        // A second join is refused in the lead's words, and changes nothing.
        const QString again = actions.join(office.id.publicKey);
        QCOMPARE(again, gui::SyncActions::tr("Not joined: %1")
                            .arg(gui::RefusalText::text({core::RefusalCode::AlreadyInCommunity, {}, {}})));
        QVERIFY2(again.startsWith(QStringLiteral("未加入")), qPrintable(again));
        QCOMPARE(north.reg.station()->community, office.id.stationId);
    }

    void joinRefusalsAreInWords()
    {
        useLanguage(QStringLiteral("zh_CN"));
        test::Community c;
        test::FakeClock clock;
        Fresh south(clock, QStringLiteral("south-2"), QStringLiteral("south"));
        gui::SyncActions actions(south.events, south.reg, core::Actor::operatorNamed(QStringLiteral("lead")));
        const auto words = [](core::RefusalCode code) {
            return gui::SyncActions::tr("Not joined: %1").arg(gui::RefusalText::text({code, {}, {}}));
        };
        QCOMPARE(actions.join(QStringLiteral("abc")), words(core::RefusalCode::NotAPublicKey));
        QCOMPARE(actions.join(south.id.publicKey), words(core::RefusalCode::OwnPublicKey));
        // A station that issued a pass cannot join another community.
        c.issueResident(QStringLiteral("1号楼101"), QStringLiteral("王芳"));
        gui::SyncActions officeActions(*c.office.events, *c.office.reg, core::Actor::system());
        QCOMPARE(officeActions.join(south.id.publicKey), words(core::RefusalCode::StationNotEmpty));
        for (const QString& t :
             {words(core::RefusalCode::NotAPublicKey), words(core::RefusalCode::OwnPublicKey),
              words(core::RefusalCode::StationNotEmpty)})
            QVERIFY2(!t.contains(QRegularExpression(QStringLiteral("[A-Za-z]{4,}"))), qPrintable(t));
        QVERIFY(south.reg.station()->standsAlone());
    }

    // --- USB bundles ---------------------------------------------------------------------------

    void aBundleCarriesThePassToTheGate()
    {
        useLanguage(QStringLiteral("zh_CN"));
        test::Community c;
        const QString code = c.issueResident(QStringLiteral("3号楼502"), QStringLiteral("李娜"));
        QVERIFY(c.north.check(code).verdict != core::Verdict::Allow); // the gate has not heard of it

        const QString path = m_dir.filePath(QStringLiteral("office.gpbundle"));
        {
            gui::SyncActions actions(*c.office.events, *c.office.reg,
                                     core::Actor::operatorNamed(QStringLiteral("lead")));
            gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), {}, c.office.id,
                                       &actions);
            child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            gui::Prompts::setNextFileName({}); // the lead cancels the first time: nothing written
            QTest::mouseClick(child<QPushButton>(dialog, "exportBundleButton"), Qt::LeftButton);
            QVERIFY(!QFile::exists(path));
            gui::Prompts::setNextFileName(path);
            QTest::mouseClick(child<QPushButton>(dialog, "exportBundleButton"), Qt::LeftButton);
            QCOMPARE(gui::Prompts::pendingAnswers(), 0);
            QVERIFY(QFile::exists(path));
            const QFile::Permissions others =
                QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
            QVERIFY(!(QFile::permissions(path) & others)); // 0600
            QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
            QVERIFY(child<QLabel>(dialog, "syncResultLabel")->text().contains(path));
        }

        gui::SyncActions actions(*c.north.events, *c.north.reg,
                                 core::Actor::operatorNamed(QStringLiteral("lead")));
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), {}, c.north.id,
                                   &actions);
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        gui::Prompts::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, "importBundleButton"), Qt::LeftButton);
        const QString said = child<QLabel>(dialog, "syncResultLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("条新记录")) && said.contains(QStringLiteral("0 条被拒")),
                 qPrintable(said));
        QVERIFY(c.north.check(code).verdict == core::Verdict::Allow); // the gate now knows the pass

        // Again: nothing new, all known.
        const qint64 events = c.north.count(kReceived);
        gui::Prompts::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, "importBundleButton"), Qt::LeftButton);
        QVERIFY2(
            child<QLabel>(dialog, "syncResultLabel")->text().startsWith(QStringLiteral("已导入：0 条新记录")),
            qPrintable(child<QLabel>(dialog, "syncResultLabel")->text()));
        QCOMPARE(c.north.count(kReceived), events);
    }

    void aChangedBundleImportsNothing()
    {
        useLanguage(QStringLiteral("zh_CN"));
        test::Community c;
        const QString code = c.issueResident(QStringLiteral("5号楼201"), QStringLiteral("周杰"));
        const QByteArray data = c.office.events->exportBundle(core::Actor::system());
        QByteArray changed = data;
        const qsizetype at = changed.indexOf("\"created_utc\":\"2026");
        QVERIFY(at > 0);
        changed[at + 18] = '7'; // 2026 -> 2027: one byte
        const QString path = m_dir.filePath(QStringLiteral("changed.gpbundle"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed);
        f.close();
        const QString garbage = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("\xff\xd8\xff\xe0 not a bundle");
        g.close();

        gui::SyncActions actions(*c.south.events, *c.south.reg,
                                 core::Actor::operatorNamed(QStringLiteral("lead")));
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults(), {}, c.south.id,
                                   &actions);
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qint64 before = c.south.count(kReceived);
        gui::Prompts::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, "importBundleButton"), Qt::LeftButton);
        core::EventLog::BundleImport tampered;
        tampered.error = core::BundleError::Tampered;
        const QString said = child<QLabel>(dialog, "syncResultLabel")->text();
        QCOMPARE(said, gui::SyncActions::importText(tampered));
        QVERIFY2(said.contains(QStringLiteral("写入后被改动")), qPrintable(said));
        QCOMPARE(c.south.count(kReceived), before);
        QVERIFY(c.south.check(code).verdict != core::Verdict::Allow);

        gui::Prompts::setNextFileName(garbage);
        QTest::mouseClick(child<QPushButton>(dialog, "importBundleButton"), Qt::LeftButton);
        core::EventLog::BundleImport notABundle;
        notABundle.error = core::BundleError::NotABundle;
        QCOMPARE(child<QLabel>(dialog, "syncResultLabel")->text(), gui::SyncActions::importText(notABundle));
        QCOMPARE(c.south.count(kReceived), before);
    }

    void theProposedFileNameIsOnePlainName()
    {
        QCOMPARE(gui::SyncActions::bundleFileName(QStringLiteral("north-1")),
                 QStringLiteral("gatepost-north-1.gpbundle"));
        QCOMPARE(gui::SyncActions::bundleFileName(QStringLiteral("../北门 2")),
                 QStringLiteral("gatepost----北门-2.gpbundle"));
        QCOMPARE(gui::SyncActions::bundleFileName({}), QStringLiteral("gatepost-station.gpbundle"));
    }

    void everyImportResultIsChinese()
    {
        useLanguage(QStringLiteral("zh_CN"));
        using E = core::BundleError;
        for (E e : {E::NotABundle, E::Truncated, E::Malformed, E::WrongCommunity, E::UnknownStation,
                    E::Tampered, E::None}) {
            core::EventLog::BundleImport r;
            r.error = e;
            r.report.applied = 37;
            r.report.known = 12;
            r.report.held = 2;
            QString t = gui::SyncActions::importText(r);
            t.remove(QStringLiteral("Gatepost")); // the product's name
            QVERIFY2(!t.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))), qPrintable(t));
            QVERIFY2(t.contains(QStringLiteral("没有导入")) == (e != E::None), qPrintable(t));
        }
        core::EventLog::BundleImport ok;
        ok.report.applied = 37;
        ok.report.known = 12;
        QCOMPARE(gui::SyncActions::importText(ok),
                 QStringLiteral("已导入：37 条新记录，12 条已有，0 条被拒。"));
    }
};

QTEST_MAIN(TestSyncScreens)
#include "TestSyncScreens.moc"
