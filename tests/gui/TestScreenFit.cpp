// Every gate screen, in every state a volunteer meets, on every screen size a community has
// (1366x768 laptops, 1024x768 booth monitors, 1280x800, 1920x1080), in Chinese and English:
// each visible button, field, list and text lies wholly inside the window and inside every
// widget around it, none is squeezed below the size its text needs, and no scroll bar shows
// (a list of results may scroll its own rows). Real widgets, real translations, offscreen.

#include "StationFixture.h"
#include "gui/CameraPreview.h"
#include "gui/EnrolDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/SyncActions.h"
#include "gui/TemperaturePad.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>

using namespace gatepost;

namespace {

const QList<QSize> kScreens{{1366, 768}, {1024, 768}, {1280, 800}, {1920, 1080}};

QString sizeText(const QSize& s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

QString rectText(const QRect& r)
{
    return QStringLiteral("%1,%2 %3").arg(r.x()).arg(r.y()).arg(sizeText(r.size()));
}

QString nameOf(const QWidget* w)
{
    QString name = w->objectName();
    for (const QWidget* p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("(in %1)").arg(p->objectName());
    return QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), name);
}

// Parts of a control (a spin box's line edit, a line edit's clear button) are the control's business.
bool isPartOfAControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p))
            return true;
    return false;
}

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestScreenFit : public QObject, protected test::StationFixture
{
    Q_OBJECT

private:
    QStringList m_problems;
    QFont m_font;

    // Only this language's translations and font, as gatepost --lang installs them.
    void useLanguage(const QString& lang)
    {
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QApplication::setFont(m_font);
        QLocale::setDefault(QLocale(lang));
        QCOMPARE(gui::installTranslations(QLocale(lang)), lang);
    }

    // Everything a volunteer can read or touch in @p window, at the size it has now.
    void check(QWidget* window, const QSize& expected, const QString& where)
    {
        settle();
        // GATEPOST_FIT_SHOTS=DIR: a picture of every screen checked, to see what a failure means.
        if (const QString dir = qEnvironmentVariable("GATEPOST_FIT_SHOTS"); !dir.isEmpty()) {
            QString name = where;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), QStringLiteral("-"));
            QDir().mkpath(dir);
            window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
        if (window->size() != expected) {
            m_problems << QStringLiteral("%1: the window cannot be %2, it needs %3 at least")
                              .arg(where, sizeText(expected), sizeText(window->size()));
            if (qEnvironmentVariableIsSet("GATEPOST_FIT_DEBUG")) {
                qInfo() << "window min" << window->minimumSize() << "minHint" << window->minimumSizeHint()
                        << "hfw(min)" << window->heightForWidth(window->minimumWidth()) << "hfw(w)"
                        << window->heightForWidth(expected.width()) << "layout min"
                        << window->layout()->minimumSize() << "total hfw"
                        << window->layout()->totalHeightForWidth(expected.width());
                const auto all = window->findChildren<QWidget*>();
                for (QWidget* w : all)
                    if (w->isVisible())
                        qInfo().noquote()
                            << "   " << nameOf(w) << rectText(QRect(w->mapTo(window, QPoint()), w->size()))
                            << "min" << sizeText(w->minimumSizeHint()) << "hint" << sizeText(w->sizeHint());
            }
            return;
        }
        if (qEnvironmentVariableIsSet(
                "GATEPOST_FIT_DEBUG")) // how much room is left, for whoever adds a widget
            qInfo().noquote() << where << "needs" << sizeText(window->minimumSizeHint());
        const QRect inside(QPoint(0, 0), window->size());
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != window)
                continue;
            if (auto* bar = qobject_cast<QScrollBar*>(w)) {
                // A list of results may scroll its rows; a screen must never scroll.
                const bool listRows = bar->orientation() == Qt::Vertical &&
                                      qobject_cast<QAbstractItemView*>(bar->parentWidget()->parentWidget());
                if (!listRows)
                    m_problems << QStringLiteral("%1: a scroll bar shows (%2)").arg(where, nameOf(bar));
                continue;
            }
            auto* label = qobject_cast<QLabel*>(w);
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                                 qobject_cast<QAbstractItemView*>(w);
            if ((!control && !(label && !label->text().isEmpty())) || isPartOfAControl(w))
                continue;
            const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!inside.contains(r)) {
                m_problems << QStringLiteral("%1: %2 at %3 is outside the window")
                                  .arg(where, nameOf(w), rectText(r));
                continue;
            }
            for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
                const QRect pr(p->mapTo(window, QPoint(0, 0)), p->size());
                if (!pr.contains(r)) {
                    m_problems << QStringLiteral("%1: %2 at %3 is cut off by %4 at %5")
                                      .arg(where, nameOf(w), rectText(r), nameOf(p), rectText(pr));
                    break;
                }
            }
            // A field shows what is typed into it: a dozen characters, or all it takes if fewer.
            if (auto* edit = qobject_cast<QLineEdit*>(w)) {
                const int chars = std::min(12, edit->maxLength());
                const int need = edit->fontMetrics().horizontalAdvance(QString(chars, u'8')) + 16;
                if (edit->width() < need)
                    m_problems << QStringLiteral(
                                      "%1: %2 is %3 pixels wide, too narrow for %4 characters (%5)")
                                      .arg(where, nameOf(w))
                                      .arg(edit->width())
                                      .arg(chars)
                                      .arg(need);
            }
            // A list shows two rows at least (or all it has), or it is no use with gloves.
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()->rowCount() > 0) {
                const int rows = std::min(2, view->model()->rowCount());
                const int need = view->sizeHintForRow(0) * rows;
                if (view->viewport()->width() < view->fontMetrics().horizontalAdvance(QString(12, u'8')))
                    m_problems << QStringLiteral("%1: %2 is too narrow to read its rows (%3 pixels)")
                                      .arg(where, nameOf(w))
                                      .arg(view->viewport()->width());
                if (view->viewport()->height() < need)
                    m_problems << QStringLiteral("%1: %2 shows less than %3 rows (%4 of %5 pixels)")
                                      .arg(where, nameOf(w))
                                      .arg(rows)
                                      .arg(view->viewport()->height())
                                      .arg(need);
            }
            // Squeezed below what its text needs: cut-off words.
            QSize need = w->minimumSizeHint();
            if (label && label->wordWrap())
                need = QSize(0, label->heightForWidth(label->width()));
            else if (label)
                need = label->minimumSizeHint();
            if (w->width() < need.width() || w->height() < need.height())
                m_problems << QStringLiteral("%1: %2 is %3 but needs %4")
                                  .arg(where, nameOf(w), sizeText(w->size()), sizeText(need));
        }
    }

    // The station window in its current state, at every screen size.
    void checkAllSizes(gui::StationWindow& w, const QString& lang, const QString& state)
    {
        settle(); // what the last click changed is laid out before the window is sized
        for (const QSize& screen : kScreens) {
            w.resize(screen);
            const QString where = QStringLiteral("%1 %2 %3").arg(lang, sizeText(screen), state);
            check(&w, screen, where);
            if (w.currentPage() == gui::StationWindow::Page::Scanning)
                checkPreview(w, where);
        }
        w.resize(1280, 800);
        settle();
    }

    // Big enough to aim a card by: the picture a third of the window's width or more, the
    // corner marks inside it.
    void checkPreview(gui::StationWindow& w, const QString& where)
    {
        auto* preview = child<gui::CameraPreview>(&w, "cameraPreview");
        const QRect picture = preview->pictureRect();
        if (!preview->isVisible() || picture.width() * 3 < w.width())
            m_problems << QStringLiteral("%1: the camera picture is %2 wide, less than a third of %3")
                              .arg(where)
                              .arg(picture.width())
                              .arg(w.width());
        if (!picture.contains(preview->aimRect()) || preview->aimRect().width() < picture.height() / 2)
            m_problems << QStringLiteral("%1: the aiming marks %2 are not well inside the picture %3")
                              .arg(where, rectText(preview->aimRect()), rectText(picture));
    }

    // A dialog opens at its preferred size, or the screen's when that is smaller.
    void checkDialog(QDialog& dialog, const QString& lang, const QString& name)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QSize& screen : kScreens) {
            settle();
            const QSize opens = dialog.sizeHint().boundedTo(screen);
            dialog.resize(opens);
            check(&dialog, opens, QStringLiteral("%1 %2 %3").arg(lang, sizeText(screen), name));
        }
        dialog.hide();
    }

    QWidget* panel(gui::StationWindow& w, const char* name) { return child<QWidget>(&w, name); }
    void click(QWidget* parent, const char* name)
    {
        QTest::mouseClick(child<QAbstractButton>(parent, name), Qt::LeftButton);
    }
    // Part of an address typed into a household field, with the list of matches open.
    void openHouseholdList(QWidget* form, const QString& address)
    {
        child<QLineEdit>(form, "householdEdit")->setText(address.left(address.size() - 3));
        auto* list = child<QListWidget>(form, "householdList");
        QTRY_VERIFY(list->isVisible() && list->count() > 1);
    }

    // Every problem on its own line (QtTest cuts a long failure message short), then fail.
    void report()
    {
        for (const QString& p : std::as_const(m_problems))
            qInfo().noquote() << p;
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
    }

private slots:
    void initTestCase()
    {
        setUp();
        m_font = QApplication::font();
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")),
                 "the Chinese font (fonts-noto-cjk) is needed to measure the Chinese screens");
        for (const QString& op : {QStringLiteral("demo"), QStringLiteral("lead")})
            m_auth->addOperator(op,
                                op == QLatin1String("demo") ? core::Role::Volunteer : core::Role::ShiftLead,
                                op == QLatin1String("demo") ? QStringLiteral("1234") : QStringLiteral("2468"),
                                gatepost::core::Actor::system());
    }
    void cleanupTestCase()
    {
        QApplication::setFont(m_font);
        tearDown();
    }
    void init()
    {
        m_problems.clear();
        m_clock.advanceSecs(600);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void gateScreensFit_data() { languages_data(); }
    void gateScreensFit()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        auto w = station();

        // Scanning, with a temperature waiting and a message under the hint.
        click(scanPage(*w), "temperatureButton");
        QTest::mouseClick(child<QPushButton>(panel(*w, "temperaturePad"), "key3"), Qt::LeftButton);
        for (const char* key : {"key6", "keyDot", "key6"})
            QTest::mouseClick(child<QPushButton>(panel(*w, "temperaturePad"), key), Qt::LeftButton);
        click(panel(*w, "temperaturePad"), "okButton");
        click(scanPage(*w), "visitorButton");
        w->handleCode(nextAllowed()); // ignored: a form is open, and the scanning page says so
        click(panel(*w, "visitorPanel"), "cancelButton");
        QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Scanning));
        checkAllSizes(*w, lang, QStringLiteral("scanning"));

        // Verdicts.
        const core::Pass resident = greenPass(core::Category::RegisteredResident);
        w->handleCode(core::Registry::qrText(resident));
        QVERIFY(w->verdictPanel()->shownVerdict() == core::Verdict::Allow);
        checkAllSizes(*w, lang, QStringLiteral("allow"));
        w->showScanning();
        m_clock.advanceSecs(120);
        w->handleCode(core::Registry::qrText(resident));
        QVERIFY(w->verdictPanel()->isDecisionPending());
        checkAllSizes(*w, lang, QStringLiteral("check (passback)"));
        click(w->verdictPanel(), "refuseButton");
        checkAllSizes(*w, lang, QStringLiteral("refused"));

        m_clock.advanceSecs(60);
        w->handleCode(m_vehicle);
        QVERIFY(child<QLabel>(w->verdictPanel(), "plateLabel")->isVisible());
        checkAllSizes(*w, lang, QStringLiteral("vehicle"));

        w->showScanning();
        m_clock.advanceSecs(60);
        w->handleCode(m_revoked);
        QVERIFY(w->verdictPanel()->shownVerdict() == core::Verdict::Deny);
        checkAllSizes(*w, lang, QStringLiteral("deny"));
        click(w->verdictPanel(), "overrideButton");
        QVERIFY(child<QPushButton>(w->verdictPanel(), "reasonEmergencyButton")->isVisible());
        checkAllSizes(*w, lang, QStringLiteral("deny, override reasons"));
        click(w->verdictPanel(), "reasonStaffButton");
        checkAllSizes(*w, lang, QStringLiteral("let through anyway"));

        // The tallest red: two reasons (revoked since it went in, passback), the earlier crossing,
        // the override reasons open and "Other" tapped without words (the refusal under them).
        w->showScanning();
        m_clock.advanceSecs(60);
        const core::Pass wentIn = greenPass(core::Category::MigrantResident);
        w->handleCode(core::Registry::qrText(wentIn));
        w->showScanning();
        m_registry->setStatus(wentIn.serial, core::PassStatus::Revoked, QStringLiteral("moved away"),
                              core::Actor::system());
        m_clock.advanceSecs(120);
        w->handleCode(core::Registry::qrText(wentIn));
        QVERIFY(w->verdictPanel()->shownVerdict() == core::Verdict::Deny);
        click(w->verdictPanel(), "overrideButton");
        click(w->verdictPanel(), "reasonOtherButton");
        QVERIFY(child<QLabel>(w->verdictPanel(), "noteLabel")->isVisible());
        checkAllSizes(*w, lang,
                      QStringLiteral("deny with passback and earlier crossing, other without words"));
        click(w->verdictPanel(), "overrideCancelButton");

        w->showScanning();
        m_clock.advanceSecs(60);
        m_db->db().exec("CREATE TEMP TRIGGER fit_fail BEFORE INSERT ON crossings "
                        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        w->handleCode(nextAllowed());
        m_db->db().exec("DROP TRIGGER fit_fail");
        QVERIFY(w->statusStrip()->databaseProblem());
        checkAllSizes(*w, lang, QStringLiteral("not logged"));

        // Search: many results, then none.
        const QString address = m_registry->snapshot(resident.serial)->holder.address;
        w->showScanning();
        click(scanPage(*w), "noPassButton");
        auto* search = panel(*w, "manualSearchPanel");
        child<QLineEdit>(search, "searchEdit")->setText(address.left(2));
        click(search, "searchButton");
        QVERIFY(child<QListWidget>(search, "resultsList")->count() > 5);
        checkAllSizes(*w, lang, QStringLiteral("search, results"));
        child<QLineEdit>(search, "searchEdit")->setText(QStringLiteral("no such pass anywhere 0000"));
        click(search, "searchButton");
        QCOMPARE(child<QListWidget>(search, "resultsList")->count(), 0);
        checkAllSizes(*w, lang, QStringLiteral("search, nothing found"));
        click(search, "cancelButton");

        // The forms, at their tallest: the household list open and an error shown.
        for (const char* form : {"visitorPanel", "returneePanel"}) {
            click(scanPage(*w), qstrcmp(form, "visitorPanel") == 0 ? "visitorButton" : "returneeButton");
            QWidget* p = panel(*w, form);
            click(p, "submitButton"); // nothing filled in: an error
            openHouseholdList(p, address);
            QVERIFY(!child<QLabel>(p, "errorLabel")->text().isEmpty());
            checkAllSizes(*w, lang, QLatin1String(form) + QStringLiteral(", household list and error"));
            click(p, "temperatureButton");
            checkAllSizes(*w, lang, QLatin1String(form) + QStringLiteral(", temperature"));
            auto* formPad = p->findChild<gui::TemperaturePad*>();
            QVERIFY(formPad && formPad->isVisible());
            click(formPad, "cancelButton");
            click(p, "cancelButton");
            QCOMPARE(int(w->currentPage()), int(gui::StationWindow::Page::Scanning));
        }

        // The temperature pad with a fever on it, and the incident form with its error.
        click(scanPage(*w), "temperatureButton");
        auto* pad = panel(*w, "temperaturePad");
        for (const char* key : {"key3", "key8", "key5"})
            QTest::mouseClick(child<QPushButton>(pad, key), Qt::LeftButton);
        QVERIFY(!child<QLabel>(pad, "messageLabel")->text().isEmpty());
        checkAllSizes(*w, lang, QStringLiteral("temperature, fever"));
        click(pad, "cancelButton");
        click(scanPage(*w), "incidentButton");
        QTest::keyClick(panel(*w, "incidentPanel"), Qt::Key_Return); // no kind chosen: an error
        checkAllSizes(*w, lang, QStringLiteral("incident"));

        report();
    }

    // The strip's sync line at its longest (offline since another day, crossings waiting, the
    // pass list stale, conflicts and refused events) on the scanning screen and the tallest red.
    void syncLineFits_data() { languages_data(); }
    void syncLineFits()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        auto w = station();
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Offline;
        h.offlineSinceUtc = m_clock.nowUtc().addDays(-2);
        h.secondsSinceContact = 2 * 86400;
        h.waiting = 123456;
        h.waitingCrossings = 12345;
        h.registryStale = true;
        h.lastRegistryUtc = m_clock.nowUtc().addDays(-3);
        h.conflicts = 123;
        h.refused = 4567;
        w->statusStrip()->setSyncHealth(h);
        QVERIFY(child<QLabel>(w.get(), "registryStaleLabel")->isVisible());
        checkAllSizes(*w, lang, QStringLiteral("scanning, sync offline and stale"));

        m_clock.advanceSecs(60);
        const core::Pass wentIn = greenPass(core::Category::MigrantResident);
        w->handleCode(core::Registry::qrText(wentIn));
        w->showScanning();
        m_registry->setStatus(wentIn.serial, core::PassStatus::Revoked, QStringLiteral("moved away"),
                              core::Actor::system());
        m_clock.advanceSecs(120);
        w->handleCode(core::Registry::qrText(wentIn));
        QVERIFY(w->verdictPanel()->shownVerdict() == core::Verdict::Deny);
        click(w->verdictPanel(), "overrideButton");
        click(w->verdictPanel(), "reasonOtherButton");
        QVERIFY(child<QLabel>(w.get(), "syncWordLabel")->isVisible()); // one word instead of the line
        checkAllSizes(*w, lang, QStringLiteral("sync line, deny with passback, other without words"));
        for (const auto state : {core::SyncHealth::State::Connecting, core::SyncHealth::State::Synced}) {
            h.state = state; // every word the strip may show there
            w->statusStrip()->setSyncHealth(h);
            checkAllSizes(*w, lang, QStringLiteral("sync word %1, deny").arg(int(state)));
        }
        click(w->verdictPanel(), "overrideCancelButton");
        w->showScanning();
        report();
    }

    void cameraBannerFits_data() { languages_data(); }
    void cameraBannerFits()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        scan::ScanPipeline::Options options;
        options.reopenMinMs = 200;
        scan::ScanPipeline pipeline(options);
        auto w = station(&pipeline);
        scan::SourceSpec source;
        source.kind = scan::SourceSpec::Kind::Device;
        source.location = QStringLiteral("/dev/gatepost-no-such-camera");
        pipeline.start(source);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusStrip()->cameraProblem(), 3000);
        // Words where the picture was, in the screen's language.
        auto* preview = child<gui::CameraPreview>(w.get(), "cameraPreview");
        QVERIFY(!preview->hasFrame());
        QCOMPARE(preview->text(), gui::StationWindow::tr("No picture from the camera"));
        if (lang == QLatin1String("zh_CN"))
            QCOMPARE(preview->text(), QStringLiteral("摄像头没有画面"));
        checkAllSizes(*w, lang, QStringLiteral("scanning, camera lost"));
        // The banner and the sync line at once (a gate cut off from its hub, its camera unplugged).
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Offline;
        h.waitingCrossings = 12345;
        h.registryStale = true;
        h.conflicts = 12;
        w->statusStrip()->setSyncHealth(h);
        checkAllSizes(*w, lang, QStringLiteral("scanning, camera lost, sync offline"));
        w->statusStrip()->setSyncHealth({});
        // The banner stays while the volunteer carries on by hand: the tallest screens still fit.
        m_clock.advanceSecs(60);
        w->handleCode(m_revoked);
        click(w->verdictPanel(), "overrideButton");
        checkAllSizes(*w, lang, QStringLiteral("override reasons, camera lost"));
        click(w->verdictPanel(), "overrideCancelButton");
        w->showScanning();
        click(scanPage(*w), "returneeButton");
        QWidget* returnee = panel(*w, "returneePanel");
        click(returnee, "submitButton");
        openHouseholdList(
            returnee,
            m_registry->snapshot(greenPass(core::Category::RegisteredResident).serial)->holder.address);
        checkAllSizes(*w, lang, QStringLiteral("returnee, camera lost"));
        // Off the scanning screen the strip's red camera word says it; the banner waits.
        QVERIFY(w->statusStrip()->cameraProblem());
        QVERIFY(!child<QLabel>(w.get(), "cameraBanner")->isVisible());
        click(returnee, "cancelButton");
        QVERIFY(child<QLabel>(w.get(), "cameraBanner")->isVisible());
        click(scanPage(*w), "temperatureButton");
        checkAllSizes(*w, lang, QStringLiteral("temperature, camera lost"));
        w.reset();
        pipeline.stop();
        report();
    }

    void thePreviewMarksWhereToHoldTheCard()
    {
        gui::CameraPreview preview;
        preview.resize(640, 480);
        QImage frame(320, 180, QImage::Format_RGB32); // a 16:9 camera, as the station's default
        frame.fill(QColor(128, 128, 128));
        preview.setFrame(frame);
        const QRect picture = preview.pictureRect();
        QCOMPARE(picture, QRect(0, 60, 640, 360)); // the whole width, aspect kept
        const QRect aim = preview.aimRect();
        QVERIFY(picture.contains(aim));
        QVERIFY((aim.center() - picture.center()).manhattanLength() <= 2); // in the middle
        const QImage shown = preview.grab().toImage();
        // Bright marks on the corners of the square, the square itself clear, the rest dimmed.
        const QColor corner = shown.pixelColor(aim.left() + aim.width() / 10, aim.top());
        QVERIFY2(corner.green() > 200 && corner.red() < 160, qPrintable(corner.name()));
        QCOMPARE(shown.pixelColor(aim.center()), QColor(128, 128, 128));
        QVERIFY(shown.pixelColor(picture.left() + 5, picture.center().y()).value() < 128);
        // Without a camera: words instead of a picture, and no marks to aim at.
        preview.setText(QStringLiteral("No camera"));
        QVERIFY(!preview.hasFrame());
        const QImage empty = preview.grab().toImage();
        QCOMPARE(empty.pixelColor(aim.left() + aim.width() / 10, aim.top()), QColor(Qt::black));
    }

    void dialogsFit_data() { languages_data(); }
    void dialogsFit()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        {
            gui::SignOnDialog dialog(*m_auth, core::Role::Volunteer);
            dialog.show();
            auto* list = child<QListWidget>(&dialog, "operatorList");
            QVERIFY(list->count() > 0);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(0)).center());
            for (int i = 0; i < 4; ++i)
                click(&dialog, "pinKey9");
            click(&dialog, "signOnButton"); // a wrong PIN: the message shows
            QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
            checkDialog(dialog, lang, QStringLiteral("sign-on, wrong PIN"));
        }
        {
            gui::SignOnDialog dialog(*m_auth, core::Role::ShiftLead);
            checkDialog(dialog, lang, QStringLiteral("shift lead sign-on"));
        }
        {
            gui::SettingsDialog dialog(core::StationSettings::load(m_db->db()), m_registry->policy());
            checkDialog(dialog, lang, QStringLiteral("settings"));
        }
        {
            // The sync tab at its fullest: a station standing alone (the join button), the three
            // buttons and the longest words an action says under them.
            gui::SyncActions actions(m_services->events, *m_registry, core::Actor::system());
            core::SyncSettings sync;
            sync.hubUrl = QStringLiteral("postgresql://gate_north@192.168.100.200:5432/gatepost_community");
            sync.hubPassword = QStringLiteral("x");
            gui::SettingsDialog dialog(core::StationSettings::load(m_db->db()), m_registry->policy(), sync,
                                       m_registry->station(), &actions);
            child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
            gui::Prompts::setNextFileName(QStringLiteral("/nonexistent-dir/sub/gatepost-north-1.gpbundle"));
            click(&dialog, "exportBundleButton");
            QVERIFY(child<QLabel>(&dialog, "syncResultLabel")->isVisibleTo(&dialog));
            QVERIFY(child<QPushButton>(&dialog, "joinCommunityButton")->isVisibleTo(&dialog));
            checkDialog(dialog, lang, QStringLiteral("settings, sync"));
            child<QLabel>(&dialog, "syncResultLabel")
                ->setText(actions.join(m_registry->station()->publicKey.left(10)));
            checkDialog(dialog, lang, QStringLiteral("settings, sync, join refused"));
        }
        {
            gui::EnrolDialog dialog(*m_registry->station());
            child<QLineEdit>(&dialog, "officeKeyEdit")->setText(QString(64, u'a'));
            QVERIFY(child<QLabel>(&dialog, "officeFingerprintLabel")->isVisibleTo(&dialog));
            checkDialog(dialog, lang, QStringLiteral("join the office's community"));
        }
        report();
    }
};

QTEST_MAIN(TestScreenFit)
#include "TestScreenFit.moc"
