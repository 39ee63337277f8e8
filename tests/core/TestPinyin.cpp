#include "core/Pinyin.h"

#include <QTest>

#include <thread>

using namespace gatepost::core;

// The office types Latin letters for Chinese names: initials or whole syllables.
class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void namesGetInitialsAndFullPinyin()
    {
        QCOMPARE(pinyin::searchKey(u"王小明"), QStringLiteral("WXM WANGXIAOMING"));
        QCOMPARE(pinyin::searchKey(u"欧阳娜娜"), QStringLiteral("OYNN OUYANGNANA"));
        // The ü of 吕 has no ASCII form: it reads as U, the way people type it.
        QCOMPARE(pinyin::searchKey(u"吕红"), QStringLiteral("LH LUHONG"));
        // Latin names keep their letters; digits and punctuation split words.
        QCOMPARE(pinyin::searchKey(u"Anna Li"), QStringLiteral("AL ANNALI"));
        QCOMPARE(pinyin::searchKey(u"  "), QString());
        QCOMPARE(pinyin::searchKey(u"12345"), QString());
    }

    void typedQueriesAreNormalised()
    {
        QCOMPARE(pinyin::normaliseQuery(u"wxm"), QStringLiteral("WXM"));
        QCOMPARE(pinyin::normaliseQuery(u"wang xiao"), QStringLiteral("WANGXIAO"));
        // Chinese characters, digits or a plate are not pinyin queries.
        QCOMPARE(pinyin::normaliseQuery(u"王"), QString());
        QCOMPARE(pinyin::normaliseQuery(u"1234"), QString());
        QCOMPARE(pinyin::normaliseQuery(u"京A"), QString());
    }

    void worksOnSeveralThreadsAtOnce()
    {
        QString a;
        QString b;
        std::thread t1([&] {
            for (int i = 0; i < 200; ++i)
                a = pinyin::searchKey(u"张伟");
        });
        std::thread t2([&] {
            for (int i = 0; i < 200; ++i)
                b = pinyin::searchKey(u"刘洋");
        });
        t1.join();
        t2.join();
        QCOMPARE(a, QStringLiteral("ZW ZHANGWEI"));
        QCOMPARE(b, QStringLiteral("LY LIUYANG"));
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "TestPinyin.moc"
