// Every refusal a gate screen can meet, driven through the real widgets in Chinese: each one
// must say what is wrong in Chinese, and no visible widget may show English (an untranslated
// string, or an exception's sentence from the core).

#include "StationFixture.h"
#include "core/Refusal.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QGroupBox>
#include <QRegularExpression>

using namespace gatepost;

class TestStationRefusals : public QObject, protected test::StationFixture
{
    Q_OBJECT

    std::unique_ptr<gui::StationWindow> m_w;

    // Letters a translated screen may still show: data (the operator's name, plates, the pass
    // code prefix) and the unit and abbreviations the glossary keeps.
    static QString withoutData(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich-text tags
        for (const char* keep : {"Li Wei", "PIN", "GP1", "ID", "°C"})
            text.remove(QLatin1String(keep));
        text.remove(
            QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}][A-Z]·?[A-Z0-9]{4,6}"))); // plates
        return text;
    }
    // Every visible text of the window that is English: three Latin letters in a row.
    QStringList englishOnScreen() const
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        QStringList found;
        auto check = [&](QWidget* w, const QString& text) {
            const QString rest = withoutData(text);
            if (word.match(rest).hasMatch())
                found << QStringLiteral("%1: \"%2\"").arg(w->objectName(), text);
        };
        for (QWidget* w : m_w->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (auto* l = qobject_cast<QLabel*>(w))
                check(w, l->text());
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                check(w, b->text());
            else if (auto* e = qobject_cast<QLineEdit*>(w))
                check(w, e->placeholderText());
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                check(w, g->title());
        }
        return found;
    }
    void expectChineseOnly(const char* where)
    {
        const QStringList english = englishOnScreen();
        QVERIFY2(english.isEmpty(), qPrintable(QLatin1String(where) + QStringLiteral(": ") +
                                               english.join(QStringLiteral("; "))));
    }
    QString shownError(const char* panel) const
    {
        auto* p = child<QWidget>(m_w.get(), panel);
        for (QLabel* l : p->findChildren<QLabel*>(QStringLiteral("errorLabel")))
            if (l->isVisible())
                return l->text();
        return {};
    }
    void open(const char* button)
    {
        m_w->showScanning();
        QTest::mouseClick(child<QPushButton>(scanPage(*m_w), button), Qt::LeftButton);
    }
    void tap(QWidget* in, const char* name)
    {
        QTest::mouseClick(child<QPushButton>(in, name), Qt::LeftButton);
    }
    // The words the core's refusal has in Chinese, as the screen must show them.
    static QString words(core::RefusalCode code, QStringList args = {})
    {
        return gui::RefusalText::text(core::Refusal{code, core::RefusalField::None, std::move(args)});
    }

private slots:
    void initTestCase()
    {
        setUp();
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(gui::installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        // The translation is really in use: a refusal reads as Chinese.
        QCOMPARE(words(core::RefusalCode::NameMissing), QStringLiteral("请填写姓名。"));
        m_w = station();
    }
    void cleanupTestCase()
    {
        m_w.reset();
        tearDown();
    }
    void init() { m_clock.advanceSecs(600); }

    void theScanningScreenIsChinese() { expectChineseOnly("scanning"); }

    void visitorFormRefusals()
    {
        open("visitorButton");
        auto* panel = child<QWidget>(m_w.get(), "visitorPanel");
        const qint64 before = m_log->count();
        tap(panel, "submitButton"); // nothing typed
        QCOMPARE(shownError("visitorPanel"), words(core::RefusalCode::NameMissing));
        expectChineseOnly("visitor: no name");
        child<QLineEdit>(panel, "visitorNameEdit")->setText(QStringLiteral("李四"));
        child<QLineEdit>(panel, "visitorPhoneEdit")->setText(QStringLiteral("1381234"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("visitorPanel"), words(core::RefusalCode::PhoneInvalid));
        expectChineseOnly("visitor: bad phone");
        child<QLineEdit>(panel, "visitorPhoneEdit")->setText(QStringLiteral("13812345678"));
        child<QLineEdit>(panel, "plateEdit")->setText(QStringLiteral("ABC"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("visitorPanel"), words(core::RefusalCode::PlateInvalid));
        expectChineseOnly("visitor: bad plate");
        QCOMPARE(m_log->count(), before);
    }

    void returneeFormRefusals()
    {
        open("returneeButton");
        auto* panel = child<QWidget>(m_w.get(), "returneePanel");
        const qint64 before = m_log->count();
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::NameMissing));
        expectChineseOnly("returnee: no name");
        child<QLineEdit>(panel, "returneeNameEdit")->setText(QStringLiteral("赵晓燕"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::PhoneMissing));
        child<QLineEdit>(panel, "returneePhoneEdit")->setText(QStringLiteral("12345678901"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::PhoneInvalid));
        child<QLineEdit>(panel, "returneePhoneEdit")->setText(QStringLiteral("13900001111"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::HouseholdMissing));
        expectChineseOnly("returnee: no home");
        const QString address = m_registry->household(1)->address;
        pickHousehold(panel, address);
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::OriginMissing));
        child<QLineEdit>(panel, "originEdit")->setText(QStringLiteral("武汉"));
        child<QLineEdit>(panel, "idNumberEdit")->setText(QStringLiteral("110108199003071230"));
        tap(panel, "submitButton");
        QCOMPARE(shownError("returneePanel"), words(core::RefusalCode::IdNumberInvalid));
        child<QLineEdit>(panel, "idNumberEdit")->clear();
        auto* date = child<QDateEdit>(panel, "arrivalDateEdit");
        date->setDate(date->minimumDate());
        tap(panel, "submitButton");
        QVERIFY2(shownError("returneePanel").contains(QStringLiteral("居家观察已满")),
                 qPrintable(shownError("returneePanel")));
        expectChineseOnly("returnee: quarantine already over");
        QCOMPARE(m_log->count(), before);
    }

    void verdictRefusalsAndTheEarlierCrossing()
    {
        // A revoked pass, red: "Other" without words is refused, in Chinese, and stays open.
        m_w->showScanning();
        m_w->handleCode(m_revoked);
        expectChineseOnly("red verdict");
        auto* panel = m_w->verdictPanel();
        tap(panel, "overrideButton");
        expectChineseOnly("override reasons");
        const qint64 before = m_log->count();
        tap(panel, "reasonOtherButton");
        QCOMPARE(child<QLabel>(panel, "noteLabel")->text(), words(core::RefusalCode::OverrideTextMissing));
        QCOMPARE(m_log->count(), before);
        expectChineseOnly("other without words");

        // With the lead's PIN required by policy, a volunteer cannot confirm it alone.
        core::Policy p = m_registry->policy();
        p.overrideNeedsLead = true;
        m_registry->setPolicy(p, gatepost::core::Actor::system());
        m_w->showScanning();
        m_clock.advanceSecs(60);
        m_w->handleCode(m_revoked);
        core::Operator notALead;
        notALead.name = QStringLiteral("Li Wei");
        gui::Prompts::setNextOperator(notALead);
        tap(panel, "overrideButton");
        tap(panel, "reasonEmergencyButton");
        QCOMPARE(child<QLabel>(panel, "noteLabel")->text(), words(core::RefusalCode::OverrideNeedsLead));
        expectChineseOnly("override needs the lead");
        p.overrideNeedsLead = false;
        m_registry->setPolicy(p, gatepost::core::Actor::system());

        // A passback says when and at which gate the pass went in: "已于 HH:mm 北门进入".
        m_w->showScanning();
        const QString code = nextAllowed();
        m_w->handleCode(code);
        m_w->showScanning();
        m_clock.advanceSecs(600);
        m_w->handleCode(code);
        const QString earlier = child<QLabel>(panel, "previousLabel")->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^已于 \\d\\d:\\d\\d 北门进入$")).match(earlier).hasMatch(),
            qPrintable(earlier));
        expectChineseOnly("passback");
    }

    void aDatabaseFailureIsNamedInChinese()
    {
        m_w->showScanning();
        m_db->db().exec("CREATE TEMP TRIGGER refusal_test_fail BEFORE INSERT ON crossings "
                        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        m_w->handleCode(nextAllowed());
        m_db->db().exec("DROP TRIGGER refusal_test_fail");
        auto* panel = m_w->verdictPanel();
        QCOMPARE(child<QLabel>(panel, "reasonsLabel")->text(),
                 gui::RefusalText::dbProblem(core::DbProblem::Other));
        QVERIFY(!child<QLabel>(panel, "reasonsLabel")->text().contains(QStringLiteral("disk I/O")));
        expectChineseOnly("not logged");
    }

    void searchWithoutResultsIsChinese()
    {
        open("noPassButton");
        auto* panel = child<QWidget>(m_w.get(), "manualSearchPanel");
        child<QLineEdit>(panel, "searchEdit")->setText(QStringLiteral("火星"));
        tap(panel, "searchButton");
        QVERIFY(!child<QLabel>(panel, "statusLabel")->text().isEmpty());
        expectChineseOnly("search: nothing found");
    }
};

QTEST_MAIN(TestStationRefusals)
#include "TestStationRefusals.moc"
