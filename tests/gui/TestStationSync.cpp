// The settings' sync tab from the gate screen, as the shift lead meets it: behind the lead's
// PIN, saved in one transaction with the station's settings and the policy, audited without
// the password, and a refused hub address said in Chinese with nothing saved.

#include "StationFixture.h"
#include "core/AuditTrail.h"
#include "core/SyncSettings.h"
#include "gui/RefusalText.h"
#include "gui/SettingsDialog.h"

#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>

using namespace gatepost;

class TestStationSync : public QObject, protected test::StationFixture
{
    Q_OBJECT

    core::Operator m_lead;

    // Opens the settings as the lead and lets @p edit change the dialog before Save.
    template<class Edit> void saveSettings(gui::StationWindow& w, Edit edit)
    {
        bool drove = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            edit(dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
            drove = true;
        });
        gui::Prompts::setNextOperator(m_lead);
        QTest::mouseClick(child<QPushButton>(scanPage(w), "settingsButton"), Qt::LeftButton);
        QVERIFY(drove);
    }
    QList<core::AuditEntry> audit() { return core::AuditTrail(m_db->db(), m_clock).query(); }

    // Visible words of @p root that are English (three Latin letters in a row), leaving out
    // data: key fingerprints (hex), the hub's address, file paths, the operator's name and CLI
    // commands.
    static QStringList englishIn(QWidget* root)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        QStringList found;
        auto check = [&](QWidget* w, QString text) {
            text.remove(QRegularExpression(QStringLiteral("\\b[0-9a-f]{4}\\b")));
            text.remove(QRegularExpression(QStringLiteral("postgresql://\\S*")));
            text.remove(QRegularExpression(QStringLiteral("gatepost-cli( [a-z-]+)*")));
            text.remove(QRegularExpression(QStringLiteral("/[^\\s。，]*"))); // a file's path
            text.remove(QStringLiteral("Li Wei"));
            if (word.match(text).hasMatch())
                found << QStringLiteral("%1: \"%2\"").arg(w->objectName(), text);
        };
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (auto* l = qobject_cast<QLabel*>(w))
                check(w, l->text());
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                check(w, b->text());
            else if (auto* e = qobject_cast<QLineEdit*>(w))
                check(w, e->placeholderText());
            else if (auto* spin = qobject_cast<QSpinBox*>(w))
                check(w, spin->suffix());
            else if (auto* tabs = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    check(w, tabs->tabText(i));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        setUp();
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(gui::installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        m_lead.name = QStringLiteral("Zhao Min");
        m_lead.role = core::Role::ShiftLead;
    }
    void cleanupTestCase() { tearDown(); }
    void cleanup() { gui::Prompts::clearScript(); }

    void theLeadSetsTheHubAndThePasswordStaysOutOfTheAudit()
    {
        auto w = station();
        QSignalSpy changed(w.get(), &gui::StationWindow::syncSettingsChanged);
        saveSettings(*w, [](QDialog* d) {
            child<QLineEdit>(d, "hubUrlEdit")
                ->setText(QStringLiteral("postgresql://gate_north@10.0.0.2:5432/gp"));
            child<QLineEdit>(d, "hubPasswordEdit")->setText(QStringLiteral("pw-Very-Secret"));
            child<QSpinBox>(d, "syncIntervalSpin")->setValue(15);
            child<QSpinBox>(d, "staleHoursSpin")->setValue(12);
            child<QCheckBox>(d, "muteCheck")->setChecked(!child<QCheckBox>(d, "muteCheck")->isChecked());
        });
        const core::SyncSettings saved = core::SyncSettings::load(m_db->db());
        QCOMPARE(saved.hubUrl, QStringLiteral("postgresql://gate_north@10.0.0.2:5432/gp"));
        QCOMPARE(saved.hubPassword, QStringLiteral("pw-Very-Secret"));
        QCOMPARE(saved.intervalSeconds, 15);
        QCOMPARE(saved.staleRegistryHours, 12);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<core::SyncSettings>() == saved);
        // One act of the lead: the station settings and the hub, each audited; the hub's row
        // says the password changed but never what it is.
        const auto rows = audit();
        const auto hub = std::find_if(rows.rbegin(), rows.rend(), [](const core::AuditEntry& e) {
            return e.action == QLatin1String("sync_hub_change");
        });
        QVERIFY(hub != rows.rend());
        QCOMPARE(hub->actor, QStringLiteral("Zhao Min"));
        QVERIFY(hub->after.contains(QStringLiteral("10.0.0.2")));
        for (const core::AuditEntry& e : rows)
            QVERIFY2(!e.before.contains(QStringLiteral("Very-Secret")) &&
                         !e.after.contains(QStringLiteral("Very-Secret")),
                     qPrintable(e.action));
        QCOMPARE(rows.last().action, QStringLiteral("sync_hub_change"));
        QCOMPARE(rows.at(rows.size() - 2).action, QStringLiteral("settings_change"));

        // Opened again: the password field is empty and Save keeps the stored password.
        const qint64 audited = rows.size();
        saveSettings(*w,
                     [](QDialog* d) { QVERIFY(child<QLineEdit>(d, "hubPasswordEdit")->text().isEmpty()); });
        QCOMPARE(core::SyncSettings::load(m_db->db()).hubPassword, QStringLiteral("pw-Very-Secret"));
        QCOMPARE(audit().size(), audited); // nothing changed, nothing audited
    }

    // The strip's sync line and word, the sync tab and the join dialog say nothing in English.
    void theSyncScreensAreChinese()
    {
        auto w = station();
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Offline;
        h.offlineSinceUtc = m_clock.nowUtc().addSecs(-3600);
        h.secondsSinceContact = 3600;
        h.waitingCrossings = 37;
        h.registryStale = true;
        h.conflicts = 1;
        h.refused = 2;
        w->statusStrip()->setSyncHealth(h);
        QVERIFY(child<QLabel>(w.get(), "syncStatusLabel")->isVisible());
        QVERIFY2(englishIn(w->statusStrip()).isEmpty(),
                 qPrintable(englishIn(w->statusStrip()).join(QStringLiteral("; "))));
        h.lastRegistryUtc = m_clock.nowUtc().addDays(-2);
        h.state = core::SyncHealth::State::Connecting;
        w->statusStrip()->setSyncHealth(h);
        QVERIFY2(englishIn(w->statusStrip()).isEmpty(),
                 qPrintable(englishIn(w->statusStrip()).join(QStringLiteral("; "))));
        w->statusStrip()->setBannerAllowed(false); // a verdict or a form: the word
        QVERIFY(child<QLabel>(w.get(), "syncWordLabel")->isVisible());
        QVERIFY(!child<QLabel>(w.get(), "syncStatusLabel")->isVisible());
        QCOMPARE(child<QLabel>(w.get(), "syncWordLabel")->text(), QStringLiteral("同步：…"));
        QVERIFY2(englishIn(w->statusStrip()).isEmpty(),
                 qPrintable(englishIn(w->statusStrip()).join(QStringLiteral("; "))));
        w->statusStrip()->setBannerAllowed(true);

        saveSettings(*w, [this](QDialog* d) {
            child<QTabWidget>(d, "tabs")->setCurrentIndex(1);
            QVERIFY(child<QPushButton>(d, "joinCommunityButton")->isVisible());
            QVERIFY2(englishIn(d).isEmpty(), qPrintable(englishIn(d).join(QStringLiteral("; "))));
            // A file the station cannot write: the words under the buttons.
            gui::Prompts::setNextFileName(m_dir.filePath(QStringLiteral("no-such-folder/x.gpbundle")));
            QTest::mouseClick(child<QPushButton>(d, "exportBundleButton"), Qt::LeftButton);
            QVERIFY(child<QLabel>(d, "syncResultLabel")->isVisible());
            QVERIFY2(englishIn(d).isEmpty(), qPrintable(englishIn(d).join(QStringLiteral("; "))));
            // The join dialog, with a key pasted: the demo station holds passes, so it is refused.
            QTimer::singleShot(0, d, [this] {
                auto* enrol = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(enrol && enrol->objectName() == QLatin1String("enrolDialog"));
                child<QLineEdit>(enrol, "officeKeyEdit")->setText(QString(64, u'7'));
                child<QCheckBox>(enrol, "comparedCheck")->setChecked(true);
                QVERIFY2(englishIn(enrol).isEmpty(), qPrintable(englishIn(enrol).join(QStringLiteral("; "))));
                QTest::mouseClick(child<QPushButton>(enrol, "okButton"), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(d, "joinCommunityButton"), Qt::LeftButton);
            const QString said = child<QLabel>(d, "syncResultLabel")->text();
            QVERIFY2(said.contains(gui::RefusalText::text({core::RefusalCode::StationNotEmpty, {}, {}})),
                     qPrintable(said));
            QVERIFY2(englishIn(d).isEmpty(), qPrintable(englishIn(d).join(QStringLiteral("; "))));
        });
        QVERIFY(m_registry->station()->standsAlone());
    }

    void aPasswordInTheAddressIsRefusedAndNothingSaved()
    {
        auto w = station();
        const core::SyncSettings before = core::SyncSettings::load(m_db->db());
        const core::StationSettings settingsBefore = core::StationSettings::load(m_db->db());
        const qint64 audited = audit().size();
        saveSettings(*w, [](QDialog* d) {
            child<QLineEdit>(d, "hubUrlEdit")->setText(QStringLiteral("postgresql://gate:hunter2@hub/gp"));
            child<QCheckBox>(d, "kioskCheck")->setChecked(!child<QCheckBox>(d, "kioskCheck")->isChecked());
        });
        const QString shown = child<QLabel>(scanPage(*w), "messageLabel")->text();
        const QString words =
            gui::RefusalText::text({core::RefusalCode::HubUrlHasPassword, core::RefusalField::HubUrl, {}});
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("密码")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("hunter2")), qPrintable(shown));
        // Nothing saved: not the hub, not the kiosk box ticked in the same dialog.
        QVERIFY(core::SyncSettings::load(m_db->db()) == before);
        QVERIFY(core::StationSettings::load(m_db->db()) == settingsBefore);
        QCOMPARE(audit().size(), audited);

        saveSettings(*w, [](QDialog* d) {
            child<QLineEdit>(d, "hubUrlEdit")->setText(QStringLiteral("http://hub.example/gp"));
        });
        QVERIFY(child<QLabel>(scanPage(*w), "messageLabel")
                    ->text()
                    .contains(gui::RefusalText::text({core::RefusalCode::HubUrlInvalid, {}, {}})));
        QVERIFY(core::SyncSettings::load(m_db->db()) == before);
    }
};

QTEST_MAIN(TestStationSync)
#include "TestStationSync.moc"
