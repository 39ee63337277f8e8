#include "core/Formats.h"

#include <QTest>

using namespace gatepost::core;

namespace {

// Known-good numbers, checked by hand with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
//  11010519491231002X (the example of GB 11643 itself):
//    7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167, 167 mod 11 = 2 -> "10X98765432"[2] = 'X'
//  110108199003071238 (Haidian, born 1990-03-07):
//    7+9+0+5+0+32+2+9+54+0+0+27+0+35+8+8+6 = 202, 202 mod 11 = 4 -> '8'
//  440304198511245019 (Shenzhen, born 1985-11-24):
//    28+36+0+15+0+16+2+9+48+15+7+9+20+20+40+0+2 = 267, 267 mod 11 = 3 -> '9'
//  411522200002290048 (Xinyang, born on 29 February of the leap year 2000):
//    28+9+10+25+16+8+4+0+0+0+0+18+20+45+0+0+8 = 191, 191 mod 11 = 4 -> '8'
const QStringList kGoodIds{
    QStringLiteral("11010519491231002X"),
    QStringLiteral("110108199003071238"),
    QStringLiteral("440304198511245019"),
    QStringLiteral("411522200002290048"),
};

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void knownGoodIdNumbersAreValid()
    {
        for (const QString& id : kGoodIds) {
            QVERIFY2(formats::isValidIdNumber(id), qPrintable(id));
            QCOMPARE(formats::idCheckCharacter(QStringView(id).first(17)), id.at(17));
        }
        QVERIFY(formats::isValidIdNumber(u"11010519491231002x")); // typed in lower case
        QCOMPARE(formats::idBirthDate(u"110108199003071238"), QDate(1990, 3, 7));
        QCOMPARE(formats::idBirthDate(u"110108199003071239"), std::nullopt);
    }

    void everySingleCharacterAlterationIsRejected()
    {
        for (const QString& id : kGoodIds) {
            for (int pos = 0; pos < 18; ++pos) {
                for (QChar c : QStringLiteral("0123456789X")) {
                    if (c == id.at(pos) || (pos < 17 && c == u'X'))
                        continue;
                    QString bad = id;
                    bad[pos] = c;
                    QVERIFY2(!formats::isValidIdNumber(bad), qPrintable(bad));
                }
            }
        }
    }

    void swappedNeighboursAreRejected()
    {
        // The most common typing slip besides a wrong digit.
        const QString id = QStringLiteral("110108199003071238");
        int rejected = 0;
        int tried = 0;
        for (int i = 0; i + 1 < 17; ++i) {
            if (id.at(i) == id.at(i + 1))
                continue;
            QString bad = id;
            std::swap(bad[i], bad[i + 1]);
            ++tried;
            rejected += formats::isValidIdNumber(bad) ? 0 : 1;
        }
        QCOMPARE(rejected, tried);
    }

    void impossibleBirthDatesAreRejectedEvenWithTheRightCheckCharacter()
    {
        for (const char16_t* date : {u"19900230", u"19000229", u"19901301", u"19900001", u"18991231"}) {
            const QString first17 =
                QStringLiteral("110108") + QString::fromUtf16(date) + QStringLiteral("123");
            const QString id = first17 + formats::idCheckCharacter(first17);
            QVERIFY2(!formats::isValidIdNumber(id), qPrintable(id));
        }
        const QString leap = QStringLiteral("11010820000229123");
        QVERIFY(formats::isValidIdNumber(QString(leap + formats::idCheckCharacter(leap))));
    }

    void malformedIdNumbersAreRejected()
    {
        QVERIFY(!formats::isValidIdNumber(u""));
        QVERIFY(!formats::isValidIdNumber(u"11010819900307123"));   // 17 characters
        QVERIFY(!formats::isValidIdNumber(u"1101081990030712380")); // 19 characters
        QVERIFY(!formats::isValidIdNumber(u"110108 99003071238"));  // a space
        QVERIFY(!formats::isValidIdNumber(u"１10108199003071238")); // a full-width digit
        QVERIFY(!formats::isValidIdNumber(u"110108199003071 238")); // inner space
        QCOMPARE(formats::idCheckCharacter(u"1101081990030712"), QChar());
        QCOMPARE(formats::idCheckCharacter(u"1101081990030712a"), QChar());
    }

    void idNumbersAreMaskedToFirstThreeAndLastFour()
    {
        QCOMPARE(formats::maskIdNumber(u"110108199001011234"), QStringLiteral("110***********1234"));
        QCOMPARE(formats::maskIdNumber(u"11010519491231002X"), QStringLiteral("110***********002X"));
        // Not an ID: nothing of it is shown.
        QCOMPARE(formats::maskIdNumber(u"A12345"), QStringLiteral("******"));
        QCOMPARE(formats::maskIdNumber(u"1101081990010112345"), QString(19, u'*'));
        QCOMPARE(formats::maskIdNumber(u""), QString());
    }

    void mobileNumbers()
    {
        for (const char16_t* ok : {u"13812345678", u"15000000000", u"18611112222", u"19912345678"})
            QVERIFY2(formats::isValidMobile(ok), qPrintable(QString::fromUtf16(ok)));
        for (const char16_t* bad : {u"", u"1381234567", u"138123456789", u"23812345678", u"12812345678",
                                    u"1381234567a", u"138 1234 567", u"1381234567８"})
            QVERIFY2(!formats::isValidMobile(bad), qPrintable(QString::fromUtf16(bad)));
        QCOMPARE(formats::normaliseMobile(u"+86 138-1234-5678"), QStringLiteral("13812345678"));
        QCOMPARE(formats::normaliseMobile(u"0086 13812345678"), QStringLiteral("13812345678"));
        QCOMPARE(formats::normaliseMobile(u" 138 1234 5678 "), QStringLiteral("13812345678"));
        QCOMPARE(formats::normaliseMobile(u"010-62345678"), std::nullopt); // a landline
    }

    void phonesAreMaskedInTheMiddle()
    {
        QCOMPARE(formats::maskPhone(u"13812345678"), QStringLiteral("138****5678"));
        QCOMPARE(formats::maskPhone(u"010-62345678"), QStringLiteral("**********78"));
        QCOMPARE(formats::maskPhone(u"12345"), QStringLiteral("***45"));
        QCOMPARE(formats::maskPhone(u"1234"), QStringLiteral("****"));
        QCOMPARE(formats::maskPhone(u""), QString());
    }

    void platesAreNormalisedFromWhatPeopleType()
    {
        const QString want = QStringLiteral("京A12345");
        for (const char16_t* typed : {u"京A12345", u"京A·12345", u"京a12345", u"京A 12345", u"京A-12345",
                                      u"京A•12345", u" 京 A·123 45 ", u"京Ａ１２３４５", u"京A・12345"})
            QCOMPARE(formats::normalisePlate(typed), want);
        QCOMPARE(formats::normalisePlate(u"冀F·5K2M8"), QStringLiteral("冀F5K2M8"));
    }

    void newEnergyPlatesHaveSixCharacters()
    {
        QCOMPARE(formats::normalisePlate(u"京AD12345"), QStringLiteral("京AD12345"));
        QCOMPARE(formats::normalisePlate(u"京A·D12345"), QStringLiteral("京AD12345"));
        QCOMPARE(formats::normalisePlate(u"粤bf·a1234"), QStringLiteral("粤BFA1234"));
        QCOMPARE(formats::normalisePlate(u"沪A12345F"), QStringLiteral("沪A12345F")); // large vehicle
        QVERIFY(formats::isNewEnergyPlate(u"京AD12345"));
        QVERIFY(!formats::isNewEnergyPlate(u"京A12345"));
        QCOMPARE(formats::normalisePlate(u"京A123456"), std::nullopt); // 6 digits: no energy letter
        QCOMPARE(formats::normalisePlate(u"京AD1234X"), std::nullopt);
    }

    void whatIsNotAPlateIsRejected()
    {
        for (const char16_t* bad :
             {u"", u"京", u"京A1234", u"京A1234567", u"港A12345", u"AA12345", u"京112345", u"京I12345",
              u"京O12345", u"京A1O345", u"京AI2345", u"京A12_45", u"京京12345"})
            QVERIFY2(!formats::normalisePlate(bad), qPrintable(QString::fromUtf16(bad)));
    }

    void everyProvinceCharacterStartsAPlate()
    {
        const QStringList provinces = formats::plateProvinces();
        QCOMPARE(provinces.size(), 31);
        QCOMPARE(provinces.first(), QStringLiteral("京"));
        for (const QString& p : provinces)
            QVERIFY2(formats::normalisePlate(QString(p + QStringLiteral("B·88888"))), qPrintable(p));
    }

    void platesAreDisplayedWithTheMiddleDot()
    {
        QCOMPARE(formats::displayPlate(u"京A12345"), QStringLiteral("京A·12345"));
        QCOMPARE(formats::displayPlate(u"京AD12345"), QStringLiteral("京A·D12345"));
        QCOMPARE(formats::displayPlate(u"not a plate"), QStringLiteral("not a plate"));
        // Display then normalise gives the stored form back.
        QCOMPARE(formats::normalisePlate(formats::displayPlate(u"川A8K123")), QStringLiteral("川A8K123"));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "TestFormats.moc"
