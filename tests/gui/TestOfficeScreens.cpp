// The office in Chinese at 1366x768 on the whole demo community: every tab and form fits
// (nothing outside the window or cut off, no scroll bar but a table's own), and with
// GATEPOST_SCREENSHOT_DIR=DIR a picture of each goes to DIR/zh_CN/office-*.png for docs/office.md.

#include "OfficeFixture.h"
#include "core/DemoCommunity.h"
#include "gui/Language.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QScrollBar>
#include <QTranslator>

using namespace gatepost;
using gatepost::gui::office::OfficeDialog;

namespace {

QString nameOf(const QWidget* w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestOfficeScreens : public QObject, protected test::OfficeFixture
{
    Q_OBJECT

    QStringList m_problems;

    // Every control and every label with words lies inside @p window and inside its parents.
    void checkFits(QWidget* window, const QString& where)
    {
        settle();
        if (const QString dir = qEnvironmentVariable("GATEPOST_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QString folder = QDir(dir).filePath(QStringLiteral("zh_CN"));
            QDir().mkpath(folder);
            QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("office-%1.png").arg(where))));
        }
        const QRect inside(QPoint(0, 0), window->size());
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != window)
                continue;
            if (auto* bar = qobject_cast<QScrollBar*>(w)) {
                if (!qobject_cast<QAbstractItemView*>(bar->parentWidget()->parentWidget()))
                    m_problems << QStringLiteral("%1: a scroll bar shows (%2)").arg(where, nameOf(bar));
                continue;
            }
            auto* label = qobject_cast<QLabel*>(w);
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w);
            if (!control && !(label && !label->text().isEmpty()))
                continue;
            if (qobject_cast<QLineEdit*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()))
                continue; // a clear button, a popup: part of that control
            const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!inside.contains(r)) {
                m_problems << QStringLiteral("%1: %2 is outside the window").arg(where, nameOf(w));
                continue;
            }
            if (auto* button = qobject_cast<QAbstractButton*>(w);
                button && w->width() < w->minimumSizeHint().width())
                m_problems << QStringLiteral("%1: %2 is %3 wide, its words need %4")
                                  .arg(where, nameOf(w))
                                  .arg(w->width())
                                  .arg(w->minimumSizeHint().width());
        }
    }

private slots:
    void initTestCase()
    {
        setUp(false);
        core::DemoOptions opts;
        opts.seed = 6;
        opts.today = QDate(2026, 3, 2);
        core::generateDemoCommunity(m_station->db(), opts);
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(gui::installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    }
    void cleanupTestCase() { tearDown(); }

    void everyTabAndFormFitsIn1366x768InChinese()
    {
        auto w = office(false);
        w->resize(1366, 768);
        checkFits(w.get(), QStringLiteral("signon"));
        QVERIFY(w->signOn(staff()));
        QCOMPARE(w->tabs()->tabText(1), QStringLiteral("人员"));
        QVERIFY(w->minimumSizeHint().width() <= 1366 && w->minimumSizeHint().height() <= 768);
        QCOMPARE(w->size(), QSize(1366, 768));

        for (const char* name : {"householdsPage", "peoplePage", "vehiclesPage", "passesPage"}) {
            auto* page = show(*w, name);
            page->refresh();
            QVERIFY2(page->model()->rowCount() > 20, name); // the whole community, its first rows
            page->table()->selectRow(0);
            checkFits(w.get(), QString::fromLatin1(name).chopped(4));
        }

        auto* people = show(*w, "peoplePage");
        click(people, "editButton");
        auto* person = dialog<OfficeDialog>(people, "personDialog");
        person->adjustSize();
        QVERIFY(person->width() <= 1366 && person->height() <= 768);
        checkFits(person, QStringLiteral("person"));
        person->reject();

        auto* passes = show(*w, "passesPage");
        click(passes, "issueButton");
        auto* issue = dialog<OfficeDialog>(passes, "issueDialog");
        type(issue, "holderEdit", QStringLiteral("王"));
        issue->adjustSize();
        checkFits(issue, QStringLiteral("issue"));
        issue->reject();

        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestOfficeScreens)
#include "TestOfficeScreens.moc"
