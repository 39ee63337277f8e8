#include "core/Database.h"
#include "gui/Language.h"
#include "gui/StartupErrors.h"

#include <QRegularExpression>
#include <QTest>

using namespace gatepost;
using Kind = core::DbError::Kind;

class TestStartupErrors : public QObject
{
    Q_OBJECT

private slots:
    void eachKindHasItsOwnWords()
    {
        gui::installTranslations(QLocale(QStringLiteral("en")));
        core::LockHolder h;
        h.pid = 4242;
        h.program = QStringLiteral("gatepost");
        h.station = QStringLiteral("北门一号");
        h.gate = QStringLiteral("north");
        const QString locked = gui::startupErrorText(core::DbError::locked(QStringLiteral("x.db"), h));
        QVERIFY2(locked.contains(QStringLiteral("gatepost (process 4242), station 北门一号 at gate north")),
                 qPrintable(locked));
        QStringList seen{locked};
        for (Kind k : {Kind::NotDemo, Kind::NoWal, Kind::NotPrivate, Kind::NewerSchema, Kind::Missing}) {
            const QString text = gui::startupErrorText(core::DbError(k, QStringLiteral("english detail")));
            QVERIFY2(!text.contains(QStringLiteral("english detail")), qPrintable(text)); // no core English
            QVERIFY(!seen.contains(text));
            seen << text;
        }
        QVERIFY(gui::startupErrorText(core::DbError(13, QStringLiteral("disk")))
                    .contains(QStringLiteral("full")));
    }

    void theyAreTranslated()
    {
        QCOMPARE(gui::installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        core::LockHolder h;
        h.pid = 7;
        h.program = QStringLiteral("gatepost");
        QVERIFY(gui::startupErrorText(core::DbError::locked(QStringLiteral("x.db"), h)).contains(han));
        for (Kind k : {Kind::NotDemo, Kind::NoWal, Kind::NotPrivate, Kind::NewerSchema, Kind::Missing}) {
            const QString text = gui::startupErrorText(core::DbError(k, QString()));
            QVERIFY2(text.contains(han), qPrintable(text));
        }
        gui::installTranslations(QLocale(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestStartupErrors)
#include "TestStartupErrors.moc"
