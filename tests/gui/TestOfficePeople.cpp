// The registry tabs: search as you type, add and edit with the core's refusal next to the
// field (nothing written), ID and phone masked until "Show" (an audit row), the photo from a
// file or the camera.

#include "OfficeFixture.h"
#include "gui/Language.h"
#include "gui/office/PhotoCaptureDialog.h"
#include "gui/office/RecordDialogs.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>

using namespace gatepost;
using gatepost::gui::office::OfficeDialog;

class TestOfficePeople : public QObject, protected test::OfficeFixture
{
    Q_OBJECT

    std::unique_ptr<gui::OfficeWindow> m_w;

    // Typing, as a person does, then the typing pause.
    static void search(gui::office::RegistryPage* page, const QString& text)
    {
        auto* edit = child<QLineEdit>(page, "searchEdit");
        edit->clear();
        typeInto(edit, text);
        QTRY_COMPARE(page->searchText(), text);
        QTest::qWait(200); // the typing pause (120 ms) runs the search
    }

private slots:
    void initTestCase()
    {
        gui::installTranslations(QLocale(QStringLiteral("en")));
        setUp();
    }
    void cleanupTestCase()
    {
        m_w.reset();
        tearDown();
    }
    void init() { m_w = office(); }
    void cleanup() { m_w.reset(); }

    void searchAsYouTypeFindsByNameAddressPlateAndSerial()
    {
        auto* people = show(*m_w, "peoplePage");
        search(people, QStringLiteral("小明"));
        QCOMPARE(column(people, 0), QStringList{QStringLiteral("王小明")});
        search(people, QStringLiteral("一号院"));
        QCOMPARE(column(people, 0), QStringList{QStringLiteral("李娜")});
        search(people, QStringLiteral("wxm")); // pinyin initials
        QCOMPARE(column(people, 0), QStringList{QStringLiteral("王小明")});

        auto* households = show(*m_w, "householdsPage");
        search(households, QStringLiteral("四街"));
        QCOMPARE(column(households, 0), QStringList{QStringLiteral("清河四街 12排 3号")});

        auto* vehicles = show(*m_w, "vehiclesPage");
        search(vehicles, QStringLiteral("76d65"));
        QCOMPARE(column(vehicles, 0), QStringList{QStringLiteral("京E·76D65")});

        core::IssueRequest r;
        r.holderId = m_li;
        const core::Pass pass = m_registry->issue(r, core::Actor::system());
        auto* passes = show(*m_w, "passesPage");
        search(passes, QString::number(pass.serial.toInt())); // without the leading zeros
        QCOMPARE(column(passes, 0), QStringList{pass.serial});
        QCOMPARE(column(passes, 1), QStringList{QStringLiteral("李娜")});
    }

    void numbersAreMaskedInTheTableAndShownOnlyOnRequestWithAnAuditRow()
    {
        auto* people = show(*m_w, "peoplePage");
        search(people, QStringLiteral("王小明"));
        const QStringList row = people->model()->rows().value(0).cells;
        QCOMPARE(row.value(3), QStringLiteral("138****5678"));
        QCOMPARE(row.value(4), core::formats::maskIdNumber(m_wangId));
        QVERIFY(!row.join(u' ').contains(m_wangId));

        const int before = audit(QStringLiteral("reveal_id_number")).size();
        choose(people, m_wang);
        click(people, "showIdNumberButton");
        QVERIFY2(people->message().contains(m_wangId), qPrintable(people->message()));
        const auto rows = audit(QStringLiteral("reveal_id_number"));
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.last().actor, QStringLiteral("王芳"));
    }

    void aBadIdNumberIsRefusedAtTheIdFieldAndNothingIsWritten()
    {
        auto* people = show(*m_w, "peoplePage");
        const qint64 before = m_registry->counts().people;
        press(child<QTableView>(people, "table"), Qt::Key_N, Qt::ControlModifier);
        auto* d = dialog<OfficeDialog>(people, "personDialog");
        type(d, "nameEdit", QStringLiteral("赵敏"));
        QString bad = validId(QStringLiteral("11010819850203456"));
        bad[17] = bad[17] == u'1' ? u'2' : u'1'; // a wrong check digit
        type(d, "idNumberEdit", bad);
        click(d, "okButton");
        QVERIFY(d->isVisible());
        const QString message = child<QLabel>(d, "idNumberError")->text();
        QVERIFY2(message.contains(QStringLiteral("ID number")), qPrintable(message));
        QVERIFY(child<QLabel>(d, "idNumberError")->isVisible());
        QVERIFY(child<QLabel>(d, "nameError")->isHidden());
        QCOMPARE(m_registry->counts().people, before);

        // Corrected, it is saved and shown.
        type(d, "idNumberEdit", validId(QStringLiteral("11010819850203456")));
        type(d, "phoneEdit", QStringLiteral("139 1234 5678"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(m_registry->counts().people, before + 1);
        QCOMPARE(column(people, 0), QStringList{QStringLiteral("赵敏")});
        QVERIFY(people->message().contains(QStringLiteral("赵敏")));
        QCOMPARE(audit(QStringLiteral("person_add")).last().actor, QStringLiteral("王芳"));
    }

    void aPlateThatIsNoPlateIsRefusedAtThePlateField()
    {
        auto* vehicles = show(*m_w, "vehiclesPage");
        const qint64 before = m_registry->counts().vehicles;
        click(vehicles, "addButton");
        auto* d = dialog<OfficeDialog>(vehicles, "vehicleDialog");
        type(d, "plateEdit", QStringLiteral("ABC"));
        click(d, "okButton");
        QVERIFY(d->isVisible());
        QVERIFY(!child<QLabel>(d, "plateError")->text().isEmpty());
        QCOMPARE(m_registry->counts().vehicles, before);
        type(d, "plateEdit", QStringLiteral("京AD12345")); // new energy
        type(d, "householdEdit", QStringLiteral("一号院 4号"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(m_registry->counts().vehicles, before + 1);
        QVERIFY(m_registry->vehicleByPlate(QStringLiteral("京AD12345")));
    }

    void anEditKeepsTheMaskedNumbersItWasNotGiven()
    {
        auto* people = show(*m_w, "peoplePage");
        choose(people, m_wang);
        press(child<QTableView>(people, "table"), Qt::Key_F2);
        auto* d = dialog<OfficeDialog>(people, "personDialog");
        QVERIFY(child<QLineEdit>(d, "idNumberEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(d, "idNumberEdit")->placeholderText().contains(QStringLiteral("***")));
        type(d, "nameEdit", QStringLiteral("王晓明"));
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        const auto p = m_registry->person(m_wang);
        QCOMPARE(p->name, QStringLiteral("王晓明"));
        QCOMPARE(p->idNumber, m_wangId);
        QCOMPARE(p->phone, QStringLiteral("13812345678"));
        m_registry->updatePerson(
            [&] {
                core::Person back = *p;
                back.name = QStringLiteral("王小明");
                return back;
            }(),
            core::Actor::system());
    }

    void aPhotoFromAFileIsStoredSmall()
    {
        auto* people = show(*m_w, "peoplePage");
        choose(people, m_li);
        click(people, "editButton");
        auto* d = dialog<OfficeDialog>(people, "personDialog");
        QImage big(1600, 1200, QImage::Format_RGB32);
        big.fill(QColor(180, 140, 120));
        const QString file = m_dir.filePath(QStringLiteral("face.png"));
        QVERIFY(big.save(file));
        gui::Prompts::setNextFileName(file);
        click(d, "photoFileButton");
        QVERIFY(!child<QLabel>(d, "photoLabel")->pixmap().isNull());
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        const QByteArray stored = m_registry->photo(m_li);
        QVERIFY(!stored.isEmpty());
        QVERIFY(stored.size() < core::Registry::kMaxPhotoBytes);
        QImage back;
        QVERIFY(back.loadFromData(stored, "JPEG"));
        QVERIFY(back.height() > back.width()); // a portrait, cropped from the landscape picture
        QCOMPARE(people->model()->rows().at(people->model()->rowOf(m_li)).cells.value(5),
                 QStringLiteral("yes"));
    }

    void aFileThatIsNoPictureIsRefusedAtThePhoto()
    {
        auto* people = show(*m_w, "peoplePage");
        choose(people, m_wang);
        click(people, "editButton");
        auto* d = dialog<OfficeDialog>(people, "personDialog");
        const QString file = m_dir.filePath(QStringLiteral("notes.jpg"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture\n");
        f.close();
        gui::Prompts::setNextFileName(file);
        click(d, "photoFileButton");
        QVERIFY(!child<QLabel>(d, "photoError")->text().isEmpty());
        click(d, "cancelButton");
        QVERIFY(m_registry->photo(m_wang).isEmpty());
    }

    void takePhotoFromTheCamera()
    {
        m_w->setCameraSource(QStringLiteral(GATEPOST_TEST_DATA "/frames"));
        auto* people = show(*m_w, "peoplePage");
        choose(people, m_wang);
        click(people, "editButton");
        auto* d = dialog<OfficeDialog>(people, "personDialog");
        click(d, "takePhotoButton");
        auto* capture = dialog<QDialog>(d, "photoCaptureDialog");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(capture, "takeButton")->isEnabled(), 10'000);
        click(capture, "takeButton");
        QTRY_VERIFY(!capture->isVisible());
        QVERIFY(!child<QLabel>(d, "photoLabel")->pixmap().isNull());
        click(d, "okButton");
        QTRY_VERIFY(!d->isVisible());
        QVERIFY(!m_registry->photo(m_wang).isEmpty());
        QVERIFY(!audit(QStringLiteral("photo_set")).isEmpty());
    }
};

QTEST_MAIN(TestOfficePeople)
#include "TestOfficePeople.moc"
