#include "Widgets.h"
#include "gui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace gatepost;
using gatepost::test::child;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static core::StationSettings unusual()
    {
        core::StationSettings s;
        s.camera = QStringLiteral("/dev/v4l/by-id/usb-046d_C270-video-index0");
        s.cameraWidth = 640;
        s.cameraHeight = 480;
        s.direction = core::Direction::Out;
        s.muted = true;
        s.speakVerdicts = false;
        s.rapidModeSeconds = 0;
        s.kiosk = false;
        s.language = QStringLiteral("zh_CN");
        return s;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void untouchedSettingsComeBackUnchanged_data()
    {
        QTest::addColumn<bool>("defaults");
        QTest::newRow("defaults") << true;
        QTest::newRow("every field changed") << false;
    }
    void untouchedSettingsComeBackUnchanged()
    {
        QFETCH(bool, defaults);
        const core::StationSettings in = defaults ? core::StationSettings{} : unusual();
        core::Policy policy = core::Policy::defaults();
        policy.temperatureRequired = !defaults;
        policy.homeQuarantineDays = 21; // not on this dialog: must pass through
        gui::SettingsDialog dialog(in, policy);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.settings() == in);
        QVERIFY(dialog.policy() == policy);
    }

    void everyFieldCanBeChanged()
    {
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* camera = child<QLineEdit>(dialog, "cameraEdit");
        camera->clear();
        QTest::keyClicks(camera, QStringLiteral("  frames/  "));
        child<QComboBox>(dialog, "resolutionCombo")->setCurrentIndex(2);
        QTest::mouseClick(child<QRadioButton>(dialog, "directionOutRadio"), Qt::LeftButton);
        for (const char* box : {"muteCheck", "speakCheck", "kioskCheck", "temperatureRequiredCheck"}) {
            auto* c = child<QCheckBox>(dialog, box);
            QTest::mouseClick(c, Qt::LeftButton, {}, QPoint(20, c->height() / 2));
        }
        auto* rapid = child<QSpinBox>(dialog, "rapidModeSpin");
        rapid->selectAll();
        QTest::keyClicks(rapid, QStringLiteral("12"));
        auto* language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(language->currentText(), QStringLiteral("English"));

        const core::StationSettings s = dialog.settings();
        QCOMPARE(s.camera, QStringLiteral("frames/"));
        QCOMPARE(s.cameraWidth, 1920);
        QCOMPARE(s.cameraHeight, 1080);
        QVERIFY(s.direction == core::Direction::Out);
        QCOMPARE(s.muted, !core::StationSettings{}.muted);
        QCOMPARE(s.speakVerdicts, !core::StationSettings{}.speakVerdicts);
        QCOMPARE(s.kiosk, !core::StationSettings{}.kiosk);
        QCOMPARE(s.rapidModeSeconds, 12);
        QCOMPARE(s.language, QStringLiteral("en"));
        QCOMPARE(dialog.policy().temperatureRequired, true);
    }

    void rapidModeStaysWithinZeroToThirtySeconds()
    {
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults());
        auto* rapid = child<QSpinBox>(dialog, "rapidModeSpin");
        QCOMPARE(rapid->minimum(), 0);
        QCOMPARE(rapid->maximum(), 30);
        rapid->setValue(99);
        QCOMPARE(dialog.settings().rapidModeSeconds, 30);
    }

    void anUnlistedResolutionSurvives()
    {
        core::StationSettings in;
        in.cameraWidth = 800;
        in.cameraHeight = 600;
        gui::SettingsDialog dialog(in, core::Policy::defaults());
        QCOMPARE(dialog.settings().cameraWidth, 800);
        QCOMPARE(dialog.settings().cameraHeight, 600);
        QCOMPARE(child<QComboBox>(dialog, "resolutionCombo")->count(), 4);
    }

    void cancelRejects()
    {
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.open();
        QTest::keyClick(child<QLineEdit>(dialog, "cameraEdit"), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void controlsAreGloveSized()
    {
        gui::SettingsDialog dialog(core::StationSettings{}, core::Policy::defaults());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (w->objectName().startsWith(QLatin1String("qt_"))) // a spin box's own line edit
                continue;
            if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QLineEdit*>(w) || qobject_cast<QSpinBox*>(w))
                QVERIFY2(w->height() >= 64, qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
