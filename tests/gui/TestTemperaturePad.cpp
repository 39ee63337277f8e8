#include "gui/TemperaturePad.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gatepost;

class TestTemperaturePad : public QObject
{
    Q_OBJECT

private:
    static QPushButton* button(QWidget& w, const QString& name)
    {
        auto* b = w.findChild<QPushButton*>(name);
        if (!b)
            qFatal("no button %s", qPrintable(name));
        return b;
    }
    static void tapKeys(gui::TemperaturePad& pad, const QString& keys)
    {
        for (QChar c : keys)
            QTest::mouseClick(button(pad, c == u'.' ? QStringLiteral("keyDot") : QStringLiteral("key") + c),
                              Qt::LeftButton);
    }
    static QLabel* label(QWidget& w, const char* name) { return w.findChild<QLabel*>(QLatin1String(name)); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parsesWhatAVolunteerTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("celsius"); // 0 = refused
        QTest::newRow("with dot") << "36.6" << 36.6;
        QTest::newRow("tenths implied") << "366" << 36.6;
        QTest::newRow("whole degrees") << "37" << 37.0;
        QTest::newRow("trailing dot") << "38." << 38.0;
        QTest::newRow("fever line") << "373" << 37.3;
        QTest::newRow("lowest") << "30.0" << 30.0;
        QTest::newRow("highest") << "450" << 45.0;
        QTest::newRow("misplaced dot") << "3.66" << 0.0;
        QTest::newRow("too hot") << "45.1" << 0.0;
        QTest::newRow("too cold") << "29.9" << 0.0;
        QTest::newRow("hundredths") << "36.65" << 0.0;
        QTest::newRow("four digits") << "3666" << 0.0;
        QTest::newRow("one digit") << "4" << 0.0;
        QTest::newRow("empty") << "" << 0.0;
        QTest::newRow("letters") << "3a.6" << 0.0;
        QTest::newRow("two dots") << "36..6" << 0.0;
    }
    void parsesWhatAVolunteerTypes()
    {
        QFETCH(QString, typed);
        QFETCH(double, celsius);
        const std::optional<double> v = gui::TemperaturePad::parse(typed);
        if (celsius == 0.0) {
            QVERIFY2(!v, qPrintable(QString::number(v.value_or(0))));
        } else {
            QVERIFY(v);
            QCOMPARE(*v, celsius);
        }
    }

    void tappedKeysEnterATemperature()
    {
        gui::TemperaturePad pad;
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QSignalSpy entered(&pad, &gui::TemperaturePad::entered);
        tapKeys(pad, QStringLiteral("366"));
        QCOMPARE(pad.text(), QStringLiteral("366"));
        QCOMPARE(label(pad, "displayLabel")->text(), QStringLiteral("36.6 °C"));
        QVERIFY(label(pad, "messageLabel")->text().isEmpty()); // no fever
        QTest::mouseClick(button(pad, QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.at(0).at(0).toDouble(), 36.6);
    }

    void keysThatCannotMakeAReadingAreIgnored()
    {
        gui::TemperaturePad pad;
        tapKeys(pad, QStringLiteral("36.66")); // a second decimal
        QCOMPARE(pad.text(), QStringLiteral("36.6"));
        pad.reset();
        tapKeys(pad, QStringLiteral("366.")); // a dot after three digits
        QCOMPARE(pad.text(), QStringLiteral("366"));
        QTest::mouseClick(button(pad, QStringLiteral("backspaceButton")), Qt::LeftButton);
        QCOMPARE(pad.text(), QStringLiteral("36"));
    }

    void outOfRangeIsRefusedInPlainWords()
    {
        gui::TemperaturePad pad;
        pad.show();
        QSignalSpy entered(&pad, &gui::TemperaturePad::entered);
        tapKeys(pad, QStringLiteral("45.1"));
        QTest::mouseClick(button(pad, QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(entered.size(), 0);
        QVERIFY2(label(pad, "messageLabel")->text().contains(QStringLiteral("between 30.0 and 45.0")),
                 qPrintable(label(pad, "messageLabel")->text()));
        pad.reset();
        tapKeys(pad, QStringLiteral("3.6"));
        QTest::mouseClick(button(pad, QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(entered.size(), 0);
    }

    void feverShowsRedWhileTyping()
    {
        gui::TemperaturePad pad;
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QSignalSpy entered(&pad, &gui::TemperaturePad::entered);
        QTest::keyClicks(&pad, QStringLiteral("37"));          // the physical keyboard works too
        QVERIFY(label(pad, "messageLabel")->text().isEmpty()); // 37.0: not yet
        QTest::keyClicks(&pad, QStringLiteral("3"));
        QCOMPARE(label(pad, "displayLabel")->text(), QStringLiteral("37.3 °C"));
        QCOMPARE(label(pad, "messageLabel")->text(), QStringLiteral("Fever"));
        QVERIFY(label(pad, "displayLabel")->styleSheet().contains(QStringLiteral("#c00000")));
        QTest::keyClick(&pad, Qt::Key_Return);
        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.at(0).at(0).toDouble(), 37.3);

        pad.reset();
        pad.setFeverThreshold(38.0);
        QTest::keyClicks(&pad, QStringLiteral("37.5"));
        QVERIFY(label(pad, "messageLabel")->text().isEmpty());
        QTest::keyClick(&pad, Qt::Key_Backspace);
        QCOMPARE(pad.text(), QStringLiteral("37."));
    }

    void escapeAndCancelGiveUp()
    {
        gui::TemperaturePad pad;
        QSignalSpy cancelled(&pad, &gui::TemperaturePad::cancelled);
        QTest::keyClick(&pad, Qt::Key_Escape);
        QTest::mouseClick(button(pad, QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 2);
    }

    void everyKeyIsAGloveTarget()
    {
        gui::TemperaturePad pad;
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        const auto buttons = pad.findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 14); // 0-9, dot, backspace, cancel, OK
        for (QPushButton* b : buttons) {
            QVERIFY2(b->height() >= 64 && b->width() >= 64, qPrintable(b->objectName()));
            QVERIFY2(b->font().pointSize() >= 20, qPrintable(b->objectName()));
        }
        QVERIFY(button(pad, QStringLiteral("okButton"))->height() >= 96);
    }
};

QTEST_MAIN(TestTemperaturePad)
#include "TestTemperaturePad.moc"
