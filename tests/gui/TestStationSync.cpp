// The settings' sync tab from the gate screen, as the shift lead meets it: behind the lead's
// PIN, saved in one transaction with the station's settings and the policy, audited without
// the password, and a refused hub address said in Chinese with nothing saved.

#include "StationFixture.h"
#include "core/AuditTrail.h"
#include "core/SyncSettings.h"
#include "gui/RefusalText.h"
#include "gui/SettingsDialog.h"

#include <QSpinBox>

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
